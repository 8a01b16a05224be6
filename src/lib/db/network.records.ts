/**
 * A stored tie of the support network (the `network` table) as the app reads it: the check that
 * turns a stored value into a `NetworkTie`, or leaves a damaged one out, and the ties read straight
 * from IndexedDB (raw-tables.ts, decrypted while the lock is on) for the page that shows them.
 * Without Dexie: network.repo.ts, which writes the ties, checks records with the same functions.
 */
import type { StoredNetworkTie } from './database';
import { readAllRecords } from './raw-tables';
import { cleanHelps, isCloseness, isSector, type NetworkTie } from '$lib/network/network';

export const TIE_KINDS = ['person', 'service', 'own'] as const;

export function toTie(stored: unknown): NetworkTie | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const r = stored as Partial<StoredNetworkTie>;
	if (typeof r.id !== 'string' || typeof r.ref !== 'string' || !(TIE_KINDS as readonly unknown[]).includes(r.kind)) return undefined;
	if (!isSector(r.sector) || !isCloseness(r.closeness) || typeof r.createdAt !== 'number' || typeof r.updatedAt !== 'number') return undefined;
	const kind = r.kind as NetworkTie['kind'];
	if (kind !== 'own' && r.ref === '') return undefined;
	return {
		id: r.id,
		ref: r.ref,
		kind,
		name: typeof r.name === 'string' ? r.name : '',
		sector: r.sector,
		closeness: r.closeness,
		helps: cleanHelps(r.helps),
		strained: r.strained === true,
		note: typeof r.note === 'string' ? r.note : '',
		createdAt: r.createdAt,
		updatedAt: r.updatedAt
	};
}

/** The readable ties among stored records, in the order they were added. */
export function readableTies(stored: readonly unknown[]): NetworkTie[] {
	return stored
		.map(toTie)
		.filter((tie): tie is NetworkTie => tie !== undefined)
		.sort((a, b) => a.createdAt - b.createdAt);
}

/** Every readable tie, as `listTies` in network.repo.ts gives them, read without Dexie. */
export async function readTies(name?: string): Promise<NetworkTie[]> {
	return readableTies(await readAllRecords('network', {}, name));
}
