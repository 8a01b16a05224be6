/**
 * Exercises from outside (a flow shared by a social worker, in later issues), in the `flows` table:
 * one record a flow id, holding the flow file exactly as it came. Nothing here trusts the file: it
 * is checked whenever it is loaded (see runs/stored-flows.ts). The exercises Langkah ships are not
 * stored here. Records are checked on read in stored-flows.records.ts (which also reads one without Dexie).
 */
import { database, type LangkahDatabase, type StoredFlow } from './database';
import { toStoredFlowRecord, type StoredFlowRecord } from './stored-flows.records';

/** A record this repo wrote, or one that does not read as a stored flow (left out of lists). */
const toRecord = (stored: StoredFlow | undefined) => toStoredFlowRecord(stored);

export type { StoredFlowRecord };

/** Stores a flow file under its id (a newer file of the same id replaces the older, keeping when it was first added). */
export async function putStoredFlow(
	flow: { id: string; version: number; file: unknown; origin: string },
	now = Date.now(),
	db: LangkahDatabase = database()
): Promise<StoredFlowRecord> {
	return db.transaction('rw', db.flows, async () => {
		const earlier = await db.flows.get(flow.id);
		const stored: StoredFlow = {
			id: flow.id,
			version: flow.version,
			file: flow.file,
			origin: flow.origin,
			addedAt: earlier?.addedAt ?? now,
			updatedAt: now
		};
		await db.flows.put(stored);
		return toRecord(stored)!;
	});
}

export async function getStoredFlow(id: string, db: LangkahDatabase = database()): Promise<StoredFlowRecord | undefined> {
	return toRecord(await db.flows.get(id));
}

/** Every stored flow, the most recently added first. */
export async function listStoredFlows(db: LangkahDatabase = database()): Promise<StoredFlowRecord[]> {
	return (await db.flows.orderBy('addedAt').reverse().toArray()).map(toRecord).filter((record): record is StoredFlowRecord => record !== undefined);
}

export async function deleteStoredFlow(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.flows.delete(id);
}
