/**
 * Reading the imported directory: every stored record, checked against its schema, and the packs.
 * Runs in the read worker (directory-read.worker.ts), so that reading and checking hundreds of
 * thousands of records never holds up the page; where there is no Worker (unit tests), here.
 */
import type { RecordSet } from '$lib/resources/directory';
import { listPacks, loadImportedRecordSets, type PackInfo } from './resources.repo';

export interface ImportedDirectory {
	sets: RecordSet[];
	packs: PackInfo[];
}

/** What the worker sends: records a slice at a time (each a short task to receive), then the packs. */
export type ReadMessage = { kind: 'records'; set: RecordSet } | { kind: 'done'; packs: PackInfo[] } | { kind: 'failed' };

/** How many records one message carries. */
export const RECORDS_PER_MESSAGE = 4000;

export async function readImported(): Promise<ImportedDirectory> {
	const [sets, packs] = await Promise.all([loadImportedRecordSets(), listPacks()]);
	return { sets, packs };
}

/** The messages that hand the imported directory over, a slice at a time. */
export async function readMessages(send: (message: ReadMessage) => void): Promise<void> {
	try {
		const { sets, packs } = await readImported();
		for (const set of sets) {
			for (let start = 0; start < set.records.length; start += RECORDS_PER_MESSAGE) {
				send({ kind: 'records', set: { packId: set.packId, records: set.records.slice(start, start + RECORDS_PER_MESSAGE) } });
			}
		}
		send({ kind: 'done', packs });
	} catch {
		send({ kind: 'failed' });
	}
}
