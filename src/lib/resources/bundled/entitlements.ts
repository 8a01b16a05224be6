/**
 * The national programmes "What might I be entitled to?" checks a household against, as data
 * beside the bundled directory: for each, the documents usually asked for, where to ask, and the
 * sources of its rule (whose conditions, the answers that make it worth asking about, are in
 * entitlement-rules.ts under the same key). A rule never decides: the office that runs the
 * programme decides. Rules kept here:
 * - every condition comes from a source listed with its programme (regulations by their number,
 *   pages by the site they were read on and their date); nothing is guessed from elsewhere;
 * - where to ask is a bundled service (`service`, its key in indonesia.ts) where the directory has
 *   one, else a kind of place the person knows (`place`: their village or kelurahan office, the
 *   child's school), so that this file does not touch the directory's entries;
 * - texts people read are keys of the `services` namespace: `entitlements.programs.<key>.*`,
 *   `entitlements.reasons.<reason>`, `entitlements.documents.<document>`.
 */
import type { SourceRef } from '$lib/i18n/sources';
import type { ProgramKey } from './entitlement-rules';
import type { ServiceKey } from './indonesia';

export type { ProgramKey };

/** The day the rules below were last checked against their sources. */
export const ENTITLEMENTS_CHECKED_ON = '2026-11-30';

export type DocumentKey = 'ktp' | 'kk' | 'sktm' | 'birthCertificate' | 'kksOrSktm' | 'reportCard' | 'caseDocuments';

/** A programme's details: what the person needs to ask for it, and where its rule comes from. */
export interface Program {
	key: ProgramKey;
	documents: readonly DocumentKey[];
	/** Where to ask: a bundled service, or a place the person knows. */
	whereToAsk: { service?: ServiceKey; place?: 'village' | 'school' };
	sources: readonly SourceRef[];
	checkedOn: string;
}

export const PROGRAMS: readonly Program[] = [
	{
		// PKH: a conditional cash transfer for poor families with a pregnant woman, a young child, a
		// child at school, an older person or a person with a severe disability (its components).
		key: 'pkh',
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'pkh' },
		sources: [{ name: 'Permensos 1/2018' }, { name: 'Dinsos Kendal', via: 'lingkarkendal.com', date: '2024-03-19' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// Sembako (BPNT): food aid, paid without cash, for poor families in the welfare data.
		key: 'sembako',
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'dinasSosial', place: 'village' },
		sources: [{ name: 'Perpres 63/2017' }, { name: 'Permensos 20/2019' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// PBI JKN (KIS): health insurance whose contribution the government pays, for the poor and
		// people who cannot afford it; proposed through the village office and the welfare data.
		key: 'pbiJkn',
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'dinasSosial', place: 'village' },
		sources: [{ name: 'UU 40/2004' }, { name: 'Perpres 101/2011' }, { name: 'Perpres 82/2018' }, { name: 'ayobogor.com', date: '2023' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// PIP (KIP): cash for school costs for children aged 6 to 21 from poor or vulnerable families,
		// proposed by the school.
		key: 'pip',
		documents: ['kk', 'birthCertificate', 'kksOrSktm', 'reportCard'],
		whereToAsk: { place: 'school' },
		sources: [
			{ name: 'Puslapdik Kemdikbudristek', via: 'detik.com', date: '2023' },
			{ name: 'pip.kemdikbud.go.id', via: 'kompas.tv', date: '2023' }
		],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// ATENSI: the social rehabilitation help of the Ministry of Social Affairs, through the district
		// social office, for older people and people with disabilities who lack care or support.
		key: 'atensi',
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'dinasSosial' },
		sources: [
			{ name: 'kemensos.go.id', date: '2021-06-22' },
			{ name: 'dinsos.magelangkota.go.id', date: '2024' }
		],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// Legal aid paid by the state (UU 16/2011): for people who cannot meet their basic needs, with a
		// letter from the village office, through an accredited legal aid organisation.
		key: 'legalAid',
		documents: ['ktp', 'sktm', 'caseDocuments'],
		whereToAsk: { service: 'legalAid' },
		sources: [{ name: 'UU 16/2011' }, { name: 'bphn.go.id', date: '2019' }, { name: 'Kemenkumham', via: 'fokusmedan.com', date: '2022-02-08' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	}
];

/** Being in the welfare data: asked for at the village or kelurahan office (the reference's Dinas Sosial row). */
export const WELFARE_DATA_SOURCES: readonly SourceRef[] = [{ name: 'dinsos.garutkab.go.id' }, { name: 'rembangkab.go.id', date: '2025' }];

/** The details of one programme. */
export function programOf(key: ProgramKey): Program {
	const program = PROGRAMS.find((candidate) => candidate.key === key);
	if (!program) throw new Error(`No programme "${key}".`);
	return program;
}
