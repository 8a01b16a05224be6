/**
 * Summaries kept in `received`, as pages read them: the one check that turns a stored record into a
 * summary to show (used by received.repo.ts on what Dexie reads, and here on what is read straight
 * from IndexedDB), and the list read without Dexie, so that the worker's pages draw their first look
 * without the database code. Writes stay in received.repo.ts.
 */
import * as v from 'valibot';
import { SummarySchema, type SummaryPayload } from '$lib/handover/summary-schema';
import { readAllRecords } from './raw-tables';

export interface ReceivedSummary {
	id: string;
	summary: SummaryPayload;
	receivedAt: number;
}

const StoredReceivedSchema = v.object({ id: v.string(), receivedAt: v.number(), summary: v.unknown() });

/** A stored record as a summary to show, or undefined when it is damaged (it is then left out). */
export function toReceived(stored: unknown): ReceivedSummary | undefined {
	const record = v.safeParse(StoredReceivedSchema, stored);
	if (!record.success) return undefined;
	const read = v.safeParse(SummarySchema, record.output.summary);
	return read.success ? { id: record.output.id, summary: read.output, receivedAt: record.output.receivedAt } : undefined;
}

/** Records read in the order of the `receivedAt` index, as summaries newest first; damaged ones left out. */
export function newestFirst(inReceivedOrder: readonly unknown[]): ReceivedSummary[] {
	return inReceivedOrder
		.map(toReceived)
		.filter((row): row is ReceivedSummary => row !== undefined)
		.reverse();
}

/**
 * Every summary kept, newest first, read without Dexie (nothing is created on a first visit).
 * Throws `DatabaseLockedError` while the app is locked, as a read through Dexie does.
 */
export async function readReceived(): Promise<ReceivedSummary[]> {
	return newestFirst(await readAllRecords('received', { index: 'receivedAt' }));
}
