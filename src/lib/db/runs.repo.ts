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
import { toRunRecord as toRecord, type ActivityDone, type FollowUp, type RunRecord, type StoredRunWithExtras } from './runs.records';

export type { ActivityDone, FollowUp, FollowUpOutcome, RunOrigin, RunRecord, RunStatus } from './runs.records';
export { FOLLOW_UP_OUTCOMES } from './runs.records';

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
