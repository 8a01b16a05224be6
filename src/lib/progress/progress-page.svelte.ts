/**
 * The progress page's state: reads the saved runs once, turns them into the person's trends
 * (progress.ts), and ticks activities of the plan in use off (or on again) with the mood before
 * and after. Everything is read from and written to this device only.
 *
 * The runs and marks are read without the database code (runs.read.ts, due-marks.records.ts);
 * Dexie (runs.repo.ts) loads when an activity is ticked off.
 */
import { readStoredDueMarks } from '$lib/db/due-marks.records';
import { readRuns } from '$lib/db/runs.read';
import type { ActivityDone, RunRecord } from '$lib/db/runs.records';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { savedAnswers } from '$lib/runs/saved-answers';
import { activityPlans, computeProgress, type Progress, type ProgressRun } from './progress';

/** The exercises whose answers the trends read. */
export const PROGRESS_FLOWS = ['calm', 'problems', 'activities'] as const;

function toProgressRun(record: RunRecord): ProgressRun {
	return {
		id: record.id,
		flowId: record.flowId,
		status: record.status,
		createdAt: record.createdAt,
		finishedAt: record.finishedAt,
		answers: savedAnswers(record.snapshot),
		followUps: record.followUps,
		activitiesDone: record.activitiesDone
	};
}

export class ProgressPage {
	runs = $state.raw<ProgressRun[] | null>(null);
	unreadable = $state(false);
	/** "Now", fixed when the page loads (a test's clock, or the day the person opened it); never changed in place. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	now = $state.raw(new Date());
	/** The keys of the due items marked done (plan steps of "My problems", from home's list). */
	doneKeys = $state.raw<string[]>([]);
	progress = $derived<Progress | null>(this.runs ? computeProgress(this.runs, this.now, this.doneKeys) : null);
	/**
	 * What the page lays out: the progress once read, and until then the page as it is with nothing
	 * saved (drawn hidden, in the prerendered page too), so that nothing below moves when an empty
	 * database answers.
	 */
	shown = $derived<Progress>(this.progress ?? computeProgress([], this.now));
	/** The plan of activities in use: the latest finished "Get going" run with a plan. */
	plan = $derived<ProgressRun | undefined>(this.runs ? activityPlans(this.runs)[0] : undefined);

	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	async load(now = new Date()): Promise<void> {
		this.now = now;
		try {
			const [marks, runs] = await Promise.all([readStoredDueMarks(), readRuns()]);
			this.doneKeys = [...marks.values()].filter((mark) => mark.doneAt !== undefined).map((mark) => mark.key);
			this.runs = runs.filter((record) => (PROGRESS_FLOWS as readonly string[]).includes(record.flowId)).map(toProgressRun);
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			this.unreadable = true;
			this.runs = [];
		}
	}

	/** Ticks an activity of the plan in use off for a day, or takes the tick away (`done` undefined). */
	async tick(activityId: string, day: string, done: Omit<ActivityDone, 'activityId' | 'day'> | undefined): Promise<boolean> {
		const plan = this.plan;
		if (!plan) return false;
		const { setActivityDone } = await import('$lib/db/runs.repo');
		const result = await writeSafely(() => setActivityDone(plan.id, activityId, day, done ? { ...done, activityId, day } : undefined));
		if (!result.ok || !result.value) return false;
		const activitiesDone = result.value.activitiesDone;
		this.runs = (this.runs ?? []).map((run) => (run.id === plan.id ? { ...run, activitiesDone } : run));
		return true;
	}
}
