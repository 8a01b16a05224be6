/**
 * Guided-flow runs in the `runs` table. Every record is validated on read: a damaged record is
 * skipped in lists (never thrown at the person), and its raw data is left in place.
 *
 * Besides what a run session writes, a record may hold where the run came from (`origin`: a
 * problem carried into a decision, or an earlier decision opened again) and notes made later
 * about how it went (`followUps`). These are extra fields on the same record (no schema change);
 * follow-ups are only ever added by `addFollowUp`, and a session's save keeps them.
 */
import { database, type LangkahDatabase, type StoredRun } from './database';

export type RunStatus = StoredRun['status'];

/** Where a run started from: another run whose answers were carried in. */
export interface RunOrigin {
	runId: string;
	flowId: string;
	/**
	 * `problem`: a problem chosen in "My problems"; `reopen`: an earlier run of the same flow opened
	 * again; `story`: the problems named in a story ("Tell it"), to confirm in "My problems".
	 */
	kind: 'problem' | 'reopen' | 'story';
}

export const FOLLOW_UP_OUTCOMES = ['well', 'mixed', 'hard', 'notYet'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** A note made later about how a finished run (a decision) went. */
export interface FollowUp {
	id: string;
	at: number;
	outcome: FollowUpOutcome;
	note: string;
}

export interface RunRecord {
	id: string;
	flowId: string;
	flowVersion: number;
	status: RunStatus;
	snapshot: unknown;
	createdAt: number;
	updatedAt: number;
	finishedAt?: number;
	origin?: RunOrigin;
	followUps?: FollowUp[];
}

/** A stored run with the extra fields this repo adds to the table's records. */
type StoredRunWithExtras = StoredRun & { origin?: unknown; followUps?: unknown };

function toOrigin(value: unknown): RunOrigin | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const o = value as Record<string, unknown>;
	if (typeof o.runId !== 'string' || typeof o.flowId !== 'string' || (o.kind !== 'problem' && o.kind !== 'reopen' && o.kind !== 'story')) return undefined;
	return { runId: o.runId, flowId: o.flowId, kind: o.kind };
}

function toFollowUps(value: unknown): FollowUp[] | undefined {
	if (!Array.isArray(value)) return undefined;
	return value.flatMap((item: unknown) => {
		if (typeof item !== 'object' || item === null) return [];
		const f = item as Record<string, unknown>;
		if (typeof f.id !== 'string' || typeof f.at !== 'number') return [];
		if (!(FOLLOW_UP_OUTCOMES as readonly unknown[]).includes(f.outcome)) return [];
		return [{ id: f.id, at: f.at, outcome: f.outcome as FollowUpOutcome, note: typeof f.note === 'string' ? f.note : '' }];
	});
}

function toRecord(stored: unknown): RunRecord | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const r = stored as Partial<StoredRunWithExtras>;
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
		finishedAt: typeof r.finishedAt === 'number' ? r.finishedAt : undefined,
		origin: toOrigin(r.origin),
		followUps: toFollowUps(r.followUps)
	};
}

function toStored(record: RunRecord): StoredRun {
	// A JSON round trip: the snapshot must be plain data, and must not share objects with the live actor.
	return JSON.parse(JSON.stringify(record)) as StoredRun;
}

/** Saves a run. Follow-ups already stored are kept when the record brings none (a session's save). */
export async function saveRun(record: RunRecord, db: LangkahDatabase = database()): Promise<void> {
	const stored: StoredRunWithExtras = toStored(record);
	await db.transaction('rw', db.runs, async () => {
		if (stored.followUps === undefined) {
			const earlier = (await db.runs.get(record.id)) as StoredRunWithExtras | undefined;
			if (earlier?.followUps !== undefined) stored.followUps = earlier.followUps;
		}
		await db.runs.put(stored);
	});
}

/** Adds a note on how a run went; returns the run as stored now (undefined when it is gone). */
export async function addFollowUp(id: string, followUp: FollowUp, db: LangkahDatabase = database()): Promise<RunRecord | undefined> {
	return db.transaction('rw', db.runs, async () => {
		const record = toRecord(await db.runs.get(id));
		if (!record) return undefined;
		const updated: RunRecord = { ...record, followUps: [...(record.followUps ?? []), followUp], updatedAt: Math.max(record.updatedAt, followUp.at) };
		await db.runs.put(toStored(updated));
		return updated;
	});
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
