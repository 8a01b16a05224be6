/**
 * Guided-flow runs in the `runs` table. Every record is validated on read: a damaged record is
 * skipped in lists (never thrown at the person), and its raw data is left in place.
 */
import { database, type LangkahDatabase, type StoredRun } from './database';

export type RunStatus = StoredRun['status'];

export interface RunRecord {
	id: string;
	flowId: string;
	flowVersion: number;
	status: RunStatus;
	snapshot: unknown;
	createdAt: number;
	updatedAt: number;
	finishedAt?: number;
}

function toRecord(stored: unknown): RunRecord | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const r = stored as Partial<StoredRun>;
	if (typeof r.id !== 'string' || typeof r.flowId !== 'string') return undefined;
	if (typeof r.flowVersion !== 'number' || (r.status !== 'active' && r.status !== 'finished')) return undefined;
	if (typeof r.createdAt !== 'number' || typeof r.updatedAt !== 'number') return undefined;
	return {
		id: r.id,
		flowId: r.flowId,
		flowVersion: r.flowVersion,
		status: r.status,
		snapshot: r.snapshot,
		createdAt: r.createdAt,
		updatedAt: r.updatedAt,
		finishedAt: typeof r.finishedAt === 'number' ? r.finishedAt : undefined
	};
}

function toStored(record: RunRecord): StoredRun {
	// A JSON round trip: the snapshot must be plain data, and must not share objects with the live actor.
	return JSON.parse(JSON.stringify(record)) as StoredRun;
}

export async function saveRun(record: RunRecord, db: LangkahDatabase = database()): Promise<void> {
	await db.runs.put(toStored(record));
}

export async function getRun(id: string, db: LangkahDatabase = database()): Promise<RunRecord | undefined> {
	return toRecord(await db.runs.get(id));
}

/** Every readable run, most recently changed first. */
export async function listRuns(db: LangkahDatabase = database()): Promise<RunRecord[]> {
	const stored = await db.runs.orderBy('updatedAt').reverse().toArray();
	return stored.map(toRecord).filter((r): r is RunRecord => r !== undefined);
}

/** The run of this flow that the person most recently worked on and has not finished. */
export async function latestActiveRun(flowId: string, db: LangkahDatabase = database()): Promise<RunRecord | undefined> {
	const runs = await db.runs.where('flowId').equals(flowId).toArray();
	return runs
		.map(toRecord)
		.filter((r): r is RunRecord => r?.status === 'active')
		.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export async function deleteRun(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.runs.delete(id);
}
