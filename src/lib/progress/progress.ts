/**
 * The person's own trends, computed from the runs saved on this device (nothing else is read, and
 * nothing leaves it): how upset they were before and after "Feel calmer", how upset over time, the
 * activities of "Get going, keep doing" done against planned, week by week, and the problems worked
 * on in "My problems" and how many went well. Pure: the runs come in with their answers already
 * read (see progress-page.svelte.ts), and "now" is a parameter.
 */
import type { PlanItem } from '$lib/flows/flow-types';
import type { ActivityDone, FollowUp } from '$lib/db/runs.repo';
import { cleanDays, dateOfDay, dayKey, weekStart, weekdayOf } from '$lib/activities/week';
import type { PlannedActivity } from '$lib/steps/week/answer';

/** A saved run as progress reads it. */
export interface ProgressRun {
	id: string;
	flowId: string;
	status: 'active' | 'finished';
	createdAt: number;
	finishedAt?: number;
	/** The run's answers as saved (read with care: a kind outside the shipped ones, like "week", has its own shape). */
	answers: Readonly<Record<string, unknown>>;
	followUps?: FollowUp[];
	activitiesDone?: ActivityDone[];
}

/** One "Feel calmer" run: how upset before and after (0 very calm .. 10 very upset). */
export interface CalmPoint {
	runId: string;
	at: number;
	before?: number;
	after?: number;
}

/** One rating of how upset the person was, at a time. */
export interface DistressPoint {
	at: number;
	value: number;
}

/** One week (from Monday): activity days planned, and activities done. */
export interface ActivityWeek {
	/** The Monday, "YYYY-MM-DD". */
	week: string;
	planned: number;
	done: number;
}

/** One month of "My problems": problems worked on (finished runs) and how many went well since. */
export interface ProblemMonth {
	/** "YYYY-MM". */
	month: string;
	workedOn: number;
	wentWell: number;
	/** Small steps planned in those runs. */
	steps: number;
	/** Of those, the ones the person marked done (on home's list of what is due). */
	stepsDone: number;
}

export interface Progress {
	calm: CalmPoint[];
	distress: DistressPoint[];
	activities: ActivityWeek[];
	problems: ProblemMonth[];
	/** Mood (0 very low .. 10 very good) before and after activities, on average, where noted. */
	activityMood: { count: number; before: number; after: number } | undefined;
}

const score = (value: unknown, min = 0, max = 10): number | undefined =>
	typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;

/** The calm runs with at least one rating, oldest first. */
export function calmSeries(runs: readonly ProgressRun[]): CalmPoint[] {
	return runs
		.filter((run) => run.flowId === 'calm')
		.map((run): CalmPoint => ({ runId: run.id, at: run.createdAt, before: score(run.answers.before), after: score(run.answers.after) }))
		.filter((point) => point.before !== undefined || point.after !== undefined)
		.sort((a, b) => a.at - b.at);
}

/**
 * Every rating of how upset the person was, oldest first: the "before" of each calm run (how they
 * came to it; the "after" is the exercise's effect, shown in the calm series).
 */
export function distressSeries(calm: readonly CalmPoint[]): DistressPoint[] {
	return calm.flatMap((point) => (point.before === undefined ? [] : [{ at: point.at, value: point.before }]));
}

/** The plan of a finished "Get going" run: its activities with their days. */
export function planOf(run: ProgressRun): PlannedActivity[] {
	const week = run.answers.week;
	if (!Array.isArray(week)) return [];
	return (week as unknown[]).flatMap((item) => {
		if (typeof item !== 'object' || item === null) return [];
		const a = item as Partial<PlannedActivity>;
		if (typeof a.id !== 'string' || typeof a.label !== 'string') return [];
		const days = cleanDays(a.days);
		return days.length > 0 ? [{ id: a.id, label: a.label, own: a.own === true, days }] : [];
	});
}

/** The finished "Get going" runs with a plan, latest first: the first is the plan in use. */
export function activityPlans(runs: readonly ProgressRun[]): ProgressRun[] {
	return runs
		.filter((run) => run.flowId === 'activities' && run.status === 'finished' && planOf(run).length > 0)
		.sort((a, b) => (b.finishedAt ?? b.createdAt) - (a.finishedAt ?? a.createdAt));
}

function addDays(date: Date, days: number): Date {
	return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/**
 * Activity days planned and activities done, week by week, from the week of the first plan to the
 * week of `now` (at most `maxWeeks`, the latest). A day counts as planned from the day its plan
 * was made until a newer plan replaces it, and only up to today.
 */
export function activityWeeks(runs: readonly ProgressRun[], now: Date, maxWeeks = 8): ActivityWeek[] {
	const plans = activityPlans(runs)
		.map((run) => ({ from: dayKey(new Date(run.finishedAt ?? run.createdAt)), plan: planOf(run), done: run.activitiesDone ?? [] }))
		.sort((a, b) => a.from.localeCompare(b.from));
	if (plans.length === 0) return [];
	const today = dayKey(now);
	const first = weekStart(dateOfDay(plans[0]!.from)!);
	const last = weekStart(now);
	const weeks: ActivityWeek[] = [];
	for (let monday = first; monday <= last; monday = addDays(monday, 7)) {
		let planned = 0;
		let done = 0;
		for (let offset = 0; offset < 7; offset++) {
			const date = addDays(monday, offset);
			const day = dayKey(date);
			if (day > today) break;
			const inUse = plans.filter((p) => p.from <= day).at(-1);
			if (inUse) planned += inUse.plan.filter((activity) => activity.days.includes(weekdayOf(date))).length;
			done += plans.reduce((sum, p) => sum + p.done.filter((item) => item.day === day).length, 0);
		}
		weeks.push({ week: dayKey(monday), planned, done });
	}
	return weeks.slice(-maxWeeks);
}

/** The average mood before and after the activities done where both were noted. */
export function activityMood(runs: readonly ProgressRun[]): Progress['activityMood'] {
	const noted = runs.flatMap((run) => (run.flowId === 'activities' ? (run.activitiesDone ?? []) : [])).filter((d) => d.moodBefore !== undefined && d.moodAfter !== undefined);
	if (noted.length === 0) return undefined;
	const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
	return { count: noted.length, before: mean(noted.map((d) => d.moodBefore!)), after: mean(noted.map((d) => d.moodAfter!)) };
}

/** The month of a time, "YYYY-MM", in local time. */
function monthOf(at: number): string {
	return dayKey(new Date(at)).slice(0, 7);
}

/**
 * Finished "My problems" runs by month: how many, how many small steps they planned and how many of
 * those the person marked done (`doneKeys`: the keys of the due items marked done), and how many
 * runs the person later said went well (the latest "how did it go?" of the run).
 */
export function problemMonths(runs: readonly ProgressRun[], doneKeys: readonly string[] = []): ProblemMonth[] {
	const months = new Map<string, ProblemMonth>();
	for (const run of runs) {
		if (run.flowId !== 'problems' || run.status !== 'finished') continue;
		const month = monthOf(run.finishedAt ?? run.createdAt);
		const entry = months.get(month) ?? { month, workedOn: 0, wentWell: 0, steps: 0, stepsDone: 0 };
		entry.workedOn += 1;
		const plan = (Array.isArray(run.answers.plan) ? (run.answers.plan as PlanItem[]) : []).filter((item) => typeof item?.what === 'string' && item.what.trim());
		entry.steps += plan.length;
		// A step marked done on any of its days counts once (the key is run, step, item and day: see due/due-items.ts).
		entry.stepsDone += plan.filter((item) => doneKeys.some((key) => key.startsWith(`run:${run.id}:plan:${item.id}:`))).length;
		const latest = [...(run.followUps ?? [])].sort((a, b) => a.at - b.at).at(-1);
		if (latest?.outcome === 'well') entry.wentWell += 1;
		months.set(month, entry);
	}
	return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Everything the progress page shows. */
export function computeProgress(runs: readonly ProgressRun[], now: Date, doneKeys: readonly string[] = []): Progress {
	const calm = calmSeries(runs);
	return {
		calm,
		distress: distressSeries(calm),
		activities: activityWeeks(runs, now),
		problems: problemMonths(runs, doneKeys),
		activityMood: activityMood(runs)
	};
}

/** One activity planned for a day of this week, with its tick if done. */
export interface WeekEntry {
	activity: PlannedActivity;
	day: string;
	weekday: number;
	/** After today: cannot be ticked yet. */
	later: boolean;
	done?: ActivityDone;
}

/** The days of the week of `now` with what the plan in use has on each (the tick-off list). */
export function thisWeek(plan: ProgressRun | undefined, now: Date): { day: string; weekday: number; entries: WeekEntry[] }[] {
	if (!plan) return [];
	const activities = planOf(plan);
	const today = dayKey(now);
	const monday = weekStart(now);
	return [0, 1, 2, 3, 4, 5, 6].map((offset) => {
		const date = addDays(monday, offset);
		const day = dayKey(date);
		const weekday = weekdayOf(date);
		const entries = activities
			.filter((activity) => activity.days.includes(weekday))
			.map((activity) => ({
				activity,
				day,
				weekday,
				later: day > today,
				done: plan.activitiesDone?.find((d) => d.activityId === activity.id && d.day === day)
			}));
		return { day, weekday, entries };
	});
}
