/**
 * Summaries clients sent back to a social worker, kept on the worker's phone in `received`: one
 * record each, holding the summary as it came (checked again with its schema whenever it is read,
 * so a damaged record is left out rather than shown wrong). While the lock is on, the summary is
 * encrypted at rest (privacy/at-rest.ts). Records are (de)serialized only in this file.
 */
import * as v from 'valibot';
import { SummarySchema, type SummaryPayload } from '$lib/handover/summary';
import { newId } from '$lib/ids';
import { database, type LangkahDatabase, type StoredReceived } from './database';

export interface ReceivedSummary {
	id: string;
	summary: SummaryPayload;
	receivedAt: number;
}

function toReceived(stored: StoredReceived): ReceivedSummary | undefined {
	const read = v.safeParse(SummarySchema, stored.summary);
	return read.success ? { id: stored.id, summary: read.output, receivedAt: stored.receivedAt } : undefined;
}

/** Keeps a summary that came back. */
export async function keepReceived(summary: SummaryPayload, now = Date.now(), db: LangkahDatabase = database()): Promise<ReceivedSummary> {
	const record: StoredReceived = { id: newId(), type: summary.type, summary, receivedAt: now };
	await db.received.put(record);
	return { id: record.id, summary, receivedAt: now };
}

/** Every summary kept, newest first. */
export async function listReceived(db: LangkahDatabase = database()): Promise<ReceivedSummary[]> {
	const rows = await db.received.orderBy('receivedAt').reverse().toArray();
	return rows.map(toReceived).filter((row): row is ReceivedSummary => row !== undefined);
}

export async function deleteReceived(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.received.delete(id);
}
