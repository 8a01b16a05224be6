/**
 * Flow files kept in the `flows` table, as they are read: the one place a stored record becomes a
 * `StoredFlowRecord` (used by stored-flows.repo.ts on what Dexie reads, and here on what is read
 * straight from IndexedDB), and the list read without Dexie, so that a page listing them draws its
 * first look without the database code. The file inside is trusted by nothing: whoever uses it
 * checks it. Writes stay in stored-flows.repo.ts.
 */
import type { StoredFlow } from './database';
import { readAllRecords } from './raw-tables';

export interface StoredFlowRecord {
	id: string;
	version: number;
	file: unknown;
	origin: string;
	addedAt: number;
	updatedAt: number;
}

export function toRecord(stored: StoredFlow): StoredFlowRecord {
	return {
		id: stored.id,
		version: stored.version,
		file: stored.file,
		origin: stored.origin,
		addedAt: stored.addedAt,
		updatedAt: stored.updatedAt
	};
}

/** Every stored flow, the most recently added first, read without Dexie (nothing is created on a first visit). */
export async function readStoredFlows(): Promise<StoredFlowRecord[]> {
	const stored = (await readAllRecords('flows', { index: 'addedAt' })) as StoredFlow[];
	return stored.map(toRecord).reverse();
}
