/**
 * Saved runs read whole without Dexie (raw-tables.ts), for pages that only show what a run holds
 * (the answers offered for a note on My services, the strengths in the safety plan). Records are
 * checked as runs.repo.ts checks them (runs.records.ts); while the app is locked, reading a run
 * with encrypted words throws `DatabaseLockedError`, as a read through Dexie does.
 */
import { readAllRecords, readRecord } from './raw-tables';
import { toRunRecord, type RunRecord } from './runs.records';

/** Every readable run (of `flowId` only, when given), most recently changed first, as `listRuns` orders them. */
export async function readRuns(flowId?: string): Promise<RunRecord[]> {
	const stored = await readAllRecords('runs', flowId === undefined ? {} : { index: 'flowId', only: flowId });
	// Reversed first: runs saved at the same time come in reverse key order, as Dexie's reverse() gives them.
	return stored
		.map(toRunRecord)
		.filter((run): run is RunRecord => run !== undefined)
		.reverse()
		.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One run by its id, checked as `getRun` checks it, or undefined (none, or damaged). */
export async function readRun(id: string): Promise<RunRecord | undefined> {
	return toRunRecord(await readRecord('runs', id));
}
