/**
 * A stored exercise from outside (the `flows` table) as the app reads it: the check that turns a
 * stored value into a `StoredFlowRecord` (the flow file itself is checked whenever it is loaded, in
 * runs/stored-flows.ts), and one record read straight from IndexedDB (raw-tables.ts), so that an
 * exercise can be opened without the database code. Without Dexie: stored-flows.repo.ts, which
 * writes the records, checks them with the same function.
 */
import { readRecord } from './raw-tables';

export interface StoredFlowRecord {
	id: string;
	version: number;
	file: unknown;
	origin: string;
	addedAt: number;
	updatedAt: number;
}

/** The origin of the editor's drafts in the `flows` table (not received from a worker). */
export const EDITOR_ORIGIN = 'editor';

export function toStoredFlowRecord(stored: unknown): StoredFlowRecord | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const r = stored as Record<string, unknown>;
	if (typeof r.id !== 'string' || typeof r.version !== 'number' || typeof r.origin !== 'string') return undefined;
	if (typeof r.addedAt !== 'number' || typeof r.updatedAt !== 'number') return undefined;
	return { id: r.id, version: r.version, file: r.file, origin: r.origin, addedAt: r.addedAt, updatedAt: r.updatedAt };
}

/** The stored flow of this id, as `getStoredFlow` in stored-flows.repo.ts reads it, without Dexie. */
export async function readStoredFlow(id: string, name?: string): Promise<StoredFlowRecord | undefined> {
	return toStoredFlowRecord(await readRecord('flows', id, name));
}
