/**
 * "When it does not work out": the steps in order when a service refuses, sends the person
 * elsewhere, treats them badly or keeps them waiting, as data. Each step names who to go to; a
 * contact is given only where an official source gives it (sources as data, with the date read):
 * - the complaint channel of each kind of service is a bundled service (its key in indonesia.ts)
 *   where the directory has one; for schools and other offices it is the head of the office and the
 *   local government office above it, which need no number;
 * - the Ombudsman Republik Indonesia (UU 37/2008) takes complaints about public services once the
 *   service itself was told and did not put it right, within two years; its channels below are the
 *   ones its own site and the national press give.
 * Texts are keys of the `services` namespace: `complaints.*`.
 */
import type { SourceRef } from '$lib/i18n/sources';
import type { ServiceKind } from './complaint-kinds';
import type { ServiceKey } from './indonesia';

export const COMPLAINTS_CHECKED_ON = '2026-11-30';

export { SERVICE_KINDS, SITUATIONS, type ServiceKind, type Situation } from './complaint-kinds';

/** Where to complain about each kind of service, before going further. */
export const COMPLAINT_CHANNELS: Readonly<Record<ServiceKind, { service?: ServiceKey }>> = {
	// Kemensos Command Center 171: "propose or contest who receives social aid" (the reference).
	social: { service: 'kemensosCommandCenter' },
	// BPJS Kesehatan Care Center 165 (the reference).
	health: { service: 'bpjsKesehatan' },
	// The head of the school, then the education office (Dinas Pendidikan) of the district.
	school: {},
	// The head of the office, then the local government office above it.
	other: {}
};

export interface OmbudsmanChannel {
	kind: 'phone' | 'whatsapp' | 'email' | 'web';
	value: string;
}

export const OMBUDSMAN = {
	channels: [
		{ kind: 'phone', value: '137' },
		{ kind: 'whatsapp', value: '0821-3737-3737' },
		{ kind: 'email', value: 'pengaduan@ombudsman.go.id' },
		{ kind: 'web', value: 'https://ombudsman.go.id/pengaduan' }
	] as readonly OmbudsmanChannel[],
	sources: [
		{ name: 'UU 37/2008' },
		{ name: 'ombudsman.go.id', date: '2021-10-25' },
		{ name: 'kompas.com', date: '2021-12-30' }
	] as readonly SourceRef[],
	checkedOn: COMPLAINTS_CHECKED_ON
} as const;
