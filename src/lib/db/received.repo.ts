/**
 * Summaries clients sent back to a social worker, kept on the worker's phone in `received`: one
 * record each, holding the summary as it came (checked again with its schema whenever it is read,
 * so a damaged record is left out rather than shown wrong). While the lock is on, the summary is
 * encrypted at rest (privacy/at-rest.ts). Records are written here and read back only through
 * received.records.ts (which also reads the list without Dexie, for the pages' first look).
 */
import type { SummaryPayload } from '$lib/handover/summary-schema';
import { newId } from '$lib/ids';
import { database, type LangkahDatabase, type StoredReceived } from './database';
import { newestFirst, type ReceivedSummary } from './received.records';

export type { ReceivedSummary };

/** Keeps a summary that came back. */
export async function keepReceived(summary: SummaryPayload, now = Date.now(), db: LangkahDatabase = database()): Promise<ReceivedSummary> {
	const record: StoredReceived = { id: newId(), type: summary.type, summary, receivedAt: now };
	await db.received.put(record);
	return { id: record.id, summary, receivedAt: now };
}

/** Every summary kept, newest first. */
export async function listReceived(db: LangkahDatabase = database()): Promise<ReceivedSummary[]> {
	return newestFirst(await db.received.orderBy('receivedAt').toArray());
}

export async function deleteReceived(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.received.delete(id);
}
