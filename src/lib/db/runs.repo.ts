/**
 * Guided-flow runs in the `runs` table. Every record is validated on read: a damaged record is
 * skipped in lists (never thrown at the person), and its raw data is left in place.
 *
 * Besides what a run session writes, a record may hold where the run came from (`origin`: a
 * problem carried into a decision, or an earlier decision opened again) and notes made later
 * about how it went (`followUps`). These are extra fields on the same record (no schema change);
 * follow-ups are only ever added by `addFollowUp`, and a session's save keeps them. A run of "Get
 * going, keep doing" also holds the activities ticked off after it (`activitiesDone`), changed only
 * by `setActivityDone`, and kept by a session's save in the same way.
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

/** An activity of a plan ticked off on a day, with the mood (0 very low .. 10 very good) before and after, if noted. */
export interface ActivityDone {
	/** The activity's id in the plan (an option's id or a list item's id). */
	activityId: string;
	/** The local calendar day it was done, "YYYY-MM-DD". */
	day: string;
	at: number;
	moodBefore?: number;
	moodAfter?: number;
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
	activitiesDone?: ActivityDone[];
}

/** A stored run with the extra fields this repo adds to the table's records. */
type StoredRunWithExtras = StoredRun & { origin?: unknown; followUps?: unknown; activitiesDone?: unknown };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const mood = (value: unknown): number | undefined =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10 ? value : undefined;

function toActivitiesDone(value: unknown): ActivityDone[] | undefined {
	if (!Array.isArray(value)) return undefined;
	return value.flatMap((item: unknown) => {
		if (typeof item !== 'object' || item === null) return [];
		const a = item as Record<string, unknown>;
		if (typeof a.activityId !== 'string' || typeof a.day !== 'string' || !DAY.test(a.day) || typeof a.at !== 'number') return [];
		const done: ActivityDone = { activityId: a.activityId, day: a.day, at: a.at };
		const before = mood(a.moodBefore);
		const after = mood(a.moodAfter);
		if (before !== undefined) done.moodBefore = before;
		if (after !== undefined) done.moodAfter = after;
		return [done];
	});
}

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
		followUps: toFollowUps(r.followUps),
		activitiesDone: toActivitiesDone(r.activitiesDone)
	};
}

function toStored(record: RunRecord): StoredRun {
	// A JSON round trip: the snapshot must be plain data, and must not share objects with the live actor.
	return JSON.parse(JSON.stringify(record)) as StoredRun;
}

/** Saves a run. Follow-ups and activities done already stored are kept when the record brings none (a session's save). */
export async function saveRun(record: RunRecord, db: LangkahDatabase = database()): Promise<void> {
	const stored: StoredRunWithExtras = toStored(record);
	await db.transaction('rw', db.runs, async () => {
		if (stored.followUps === undefined || stored.activitiesDone === undefined) {
			const earlier = (await db.runs.get(record.id)) as StoredRunWithExtras | undefined;
			if (stored.followUps === undefined && earlier?.followUps !== undefined) stored.followUps = earlier.followUps;
			if (stored.activitiesDone === undefined && earlier?.activitiesDone !== undefined) stored.activitiesDone = earlier.activitiesDone;
		}
		await db.runs.put(stored);
	});
}

/**
 * Ticks an activity of a run's plan off for a day (`done`), replacing an earlier tick of the same
 * activity and day, or takes the tick away (`undefined`). Returns the run as stored now.
 */
export async function setActivityDone(
	id: string,
	activityId: string,
	day: string,
	done: ActivityDone | undefined,
	db: LangkahDatabase = database()
): Promise<RunRecord | undefined> {
	return db.transaction('rw', db.runs, async () => {
		const record = toRecord(await db.runs.get(id));
		if (!record) return undefined;
		const others = (record.activitiesDone ?? []).filter((item) => item.activityId !== activityId || item.day !== day);
		const activitiesDone = done ? [...others, { ...done, activityId, day }] : others;
		const updated: RunRecord = { ...record, activitiesDone };
		await db.runs.put(toStored(updated));
		return updated;
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
