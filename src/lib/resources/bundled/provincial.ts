/**
 * The provincial layer: for each of Indonesia's 38 provinces, its women's and children's protection
 * unit (UPTD PPA, which every province sets up under Permen PPPA 4/2018) and its social office
 * (Dinas Sosial, social affairs being a duty of provincial government under UU 23/2014). No
 * official page read in November 2026 gave a contact that could be confirmed for them, so none is
 * listed: each entry says how to reach the office instead (SAPA 129 refers to the UPTD PPA of the
 * caller's area; the regency's Dinas Sosial refers on to the province's). An entry serves its
 * province only, so the directory shows it to people who choose that province (or name it).
 * Texts are shared templates under `bundled.provincial.<kind>` with the province's name filled in.
 */
import { PROVINCES } from '../regions';
import type { BundledService } from './indonesia';

export const PROVINCIAL_KINDS = ['uptdPpa', 'dinasSosial'] as const;
export type ProvincialKind = (typeof PROVINCIAL_KINDS)[number];

/** "provinsi-uptdPpa-32": stable, and named so that it cannot be mistaken for a national key. */
export type ProvincialKey = `provinsi-${ProvincialKind}-${string}`;

export function provincialKey(kind: ProvincialKind, provinceCode: string): ProvincialKey {
	return `provinsi-${kind}-${provinceCode}`;
}

const SHAPES: Readonly<Record<ProvincialKind, Omit<BundledService, 'key' | 'area' | 'textKey' | 'textValues'>>> = {
	uptdPpa: {
		organization: 'localGovernment',
		needs: ['violence-abuse', 'family-children', 'legal-documents'],
		systems: ['societal-government'],
		documents: ['ktp', 'evidence'],
		sources: [{ name: 'Permen PPPA 4/2018' }, { name: 'Perpres 55/2024' }],
		tryInstead: ['sapa129', 'uptdPpa']
	},
	dinasSosial: {
		organization: 'localGovernment',
		needs: ['money-aid', 'food', 'housing', 'disability', 'older-people', 'family-children'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		sources: [{ name: 'UU 23/2014' }, { name: 'UU 11/2009' }],
		tryInstead: ['dinasSosial', 'kemensosCommandCenter']
	}
};

/** Both offices of every province, province by province in Kemendagri order. */
export const PROVINCIAL_SERVICES: readonly BundledService[] = PROVINCES.flatMap((province) =>
	PROVINCIAL_KINDS.map((kind) => ({
		...SHAPES[kind],
		key: provincialKey(kind, province.code),
		area: province.code,
		textKey: `provincial.${kind}`,
		textValues: { province: province.name }
	}))
);
