/**
 * A stored run as the app reads it (the `runs` table): the record types and the check that turns
 * a stored value into a `RunRecord`, or undefined when it is damaged. Without Dexie, so that pages
 * that only show runs (read through raw-tables.ts) and runs.repo.ts check records the same way.
 */
import type { StoredRun } from './database';

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

/** A stored run with the extra fields runs.repo.ts adds to the table's records. */
export type StoredRunWithExtras = StoredRun & { origin?: unknown; followUps?: unknown; activitiesDone?: unknown };

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

export function toRunRecord(stored: unknown): RunRecord | undefined {
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
