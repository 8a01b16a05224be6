import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { markDueDone } from '$lib/db/due-marks.repo';
import { readStoredDueMarks } from '$lib/db/due-marks.records';
import { getRun, saveRun, type RunRecord } from '$lib/db/runs.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { atRestKeyring } from '$lib/privacy/at-rest';
import { ProgressPage } from '$lib/progress/progress-page.svelte';
import { computeProgress } from '$lib/progress/progress';
import { settings } from '$lib/settings/settings.svelte';

// Local dates, as the person's calendar has them: Tuesday 1 December 2026.
const NOW = new Date(2026, 11, 1, 9);
const at = (d: number, h = 10) => new Date(2026, 10, d, h).getTime();

function run(id: string, flowId: string, answers: Record<string, unknown>, extra: Partial<RunRecord> = {}): RunRecord {
	return { id, flowId, flowVersion: 1, status: 'finished', snapshot: { context: { answers } }, createdAt: at(20), updatedAt: at(20), finishedAt: at(20), ...extra };
}

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
});

afterEach(() => atRestKeyring.set(undefined, false));

const walk = { id: 'walk', label: 'flow-activities:steps.pleasant.options.walk', own: false, days: [0, 1] };

describe('the progress page, read without the database code', () => {
	it('lays out the page with nothing saved until the runs are read, then the trends and the plan in use', async () => {
		await saveRun(run('c1', 'calm', { before: 8, after: 4 }, { createdAt: at(21), updatedAt: at(21) }));
		await saveRun(run('c2', 'calm', { before: 6, after: 3 }, { createdAt: at(25), updatedAt: at(25) }));
		await saveRun(run('a1', 'activities', { week: [walk] }, { finishedAt: at(30) }));
		await saveRun(run('t1', 'tell', { story: 'tidak dihitung' }));
		await markDueDone('problems:x:s1', at(29));
		expect([...(await readStoredDueMarks()).keys()]).toEqual(['problems:x:s1']);

		const page = new ProgressPage();
		expect(page.progress).toBeNull();
		expect(page.shown).toEqual(computeProgress([], page.now));
		await page.load(NOW);
		expect(page.unreadable).toBe(false);
		expect(page.runs!.map((r) => r.id).sort()).toEqual(['a1', 'c1', 'c2']);
		expect(page.progress!.calm.map((point) => [point.before, point.after])).toEqual([
			[8, 4],
			[6, 3]
		]);
		expect(page.shown).toEqual(page.progress);
		expect(page.doneKeys).toEqual(['problems:x:s1']);
		expect(page.plan?.id).toBe('a1');
	});

	it('ticks an activity off and takes the tick away, stored in the run', async () => {
		await saveRun(run('a1', 'activities', { week: [walk] }, { finishedAt: at(30) }));
		const page = new ProgressPage();
		await page.load(NOW);
		expect(await page.tick('walk', '2026-12-01', { at: NOW.getTime(), moodBefore: 3, moodAfter: 7 })).toBe(true);
		expect((await getRun('a1'))!.activitiesDone).toEqual([{ activityId: 'walk', day: '2026-12-01', at: NOW.getTime(), moodBefore: 3, moodAfter: 7 }]);
		expect(page.plan!.activitiesDone).toHaveLength(1);

		const again = new ProgressPage();
		await again.load(NOW);
		expect(again.plan!.activitiesDone).toHaveLength(1);
		expect(await again.tick('walk', '2026-12-01', undefined)).toBe(true);
		expect((await getRun('a1'))!.activitiesDone).toEqual([]);
	});

	it('reads runs saved while the lock is open, and says the page cannot be read once locked', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await saveRun(run('c1', 'calm', { before: 9, after: 5 }));
		const open = new ProgressPage();
		await open.load(NOW);
		expect(open.progress!.calm.map((point) => [point.before, point.after])).toEqual([[9, 5]]);
		atRestKeyring.forgetKey();
		const locked = new ProgressPage();
		await locked.load(NOW);
		expect(locked.unreadable).toBe(true);
		expect(locked.progress!.calm).toEqual([]);
	});
});
