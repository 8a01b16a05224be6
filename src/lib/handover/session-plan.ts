/**
 * The tailored link a client opened, kept for the tab's session (sessionStorage) so that each
 * exercise of the sequence can start with its starting words and, once finished, offer the next
 * one, through reloads. It holds only what the worker's link held; it is read back through the
 * same schema as the link, and a damaged value reads as no plan at all.
 */
import * as v from 'valibot';
import { PLAN_KEY as KEY } from './plan-key';
import { TailoredSchema, type Tailored, type TailoredExercise } from './tailored';

const StoredPlanSchema = v.object({ tailored: TailoredSchema, position: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export interface SessionPlan {
	tailored: Tailored;
	/** The exercise of the sequence opened last. */
	position: number;
}

type PlanStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): PlanStorage | undefined {
	try {
		return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
	} catch {
		return undefined;
	}
}

export function keepPlan(tailored: Tailored, position = 0, store: PlanStorage | undefined = storage()): void {
	try {
		store?.setItem(KEY, JSON.stringify({ tailored, position }));
	} catch {
		// Storage full or refused: the sequence then ends after this exercise, nothing else is lost.
	}
}

export function readPlan(store: PlanStorage | undefined = storage()): SessionPlan | null {
	try {
		const text = store?.getItem(KEY);
		if (!text) return null;
		const read = v.safeParse(StoredPlanSchema, JSON.parse(text));
		if (!read.success || read.output.position >= read.output.tailored.exercises.length) return null;
		return read.output;
	} catch {
		return null;
	}
}

export function forgetPlan(store: PlanStorage | undefined = storage()): void {
	try {
		store?.removeItem(KEY);
	} catch {
		// Nothing to forget.
	}
}

/**
 * The exercise at `position` when it is `flowId`, remembering it as the one opened; undefined when
 * the plan does not have it there.
 */
export function openPlanExercise(flowId: string, position: number, store: PlanStorage | undefined = storage()): TailoredExercise | undefined {
	const plan = readPlan(store);
	const exercise = plan?.tailored.exercises[position];
	if (!plan || !exercise || exercise.flow !== flowId) return undefined;
	keepPlan(plan.tailored, position, store);
	return exercise;
}

/** The next exercise of the sequence after `flowId`, when `flowId` is the one opened last. */
export function nextInPlan(flowId: string, store: PlanStorage | undefined = storage()): { position: number; flow: string } | undefined {
	const plan = readPlan(store);
	if (!plan || plan.tailored.exercises[plan.position]?.flow !== flowId) return undefined;
	const next = plan.tailored.exercises[plan.position + 1];
	return next ? { position: plan.position + 1, flow: next.flow } : undefined;
}

/** The address that opens the exercise at `position` of the plan. */
export function planExerciseHref(flow: string, position: number): string {
	return `/flow/${encodeURIComponent(flow)}?handover=${position}`;
}
