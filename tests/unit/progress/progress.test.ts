import { savedAnswers } from '$lib/runs/saved-answers';
import { describe, expect, it } from 'vitest';
import { barColumns, labelShown, linePoints, CHART_HEIGHT } from '$lib/progress/chart';
import { activityMood, activityWeeks, calmSeries, computeProgress, problemMonths, thisWeek, type ProgressRun } from '$lib/progress/progress';
import { dayKey, weekStart, weekdayOf } from '$lib/activities/week';

/** Local dates, as the person's calendar has them. */
const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).getTime();

function run(partial: Partial<ProgressRun> & Pick<ProgressRun, 'flowId'>): ProgressRun {
	return { id: Math.random().toString(36).slice(2), status: 'finished', createdAt: at(2026, 11, 2), answers: {}, ...partial };
}

const walk = { id: 'walk', label: 'flow-activities:steps.pleasant.options.walk', own: false, days: [0, 2] };
const sew = { id: 'x1', label: 'Menjahit', own: true, days: [5] };

describe('the week', () => {
	it('starts on Monday and names days 0 (Monday) to 6 (Sunday)', () => {
		// 2026-11-29 is a Sunday, 2026-11-30 a Monday.
		expect(weekdayOf(new Date(2026, 10, 29))).toBe(6);
		expect(weekdayOf(new Date(2026, 10, 30))).toBe(0);
		expect(dayKey(weekStart(new Date(2026, 10, 29, 23)))).toBe('2026-11-23');
		expect(dayKey(weekStart(new Date(2026, 11, 2)))).toBe('2026-11-30');
	});
});

describe('progress from saved runs', () => {
	it('pairs the calm ratings before and after, oldest first, and skips runs with none', () => {
		const runs = [
			run({ flowId: 'calm', createdAt: at(2026, 11, 5), answers: { before: 8, after: 4 } }),
			run({ flowId: 'calm', createdAt: at(2026, 11, 1), answers: { before: 6 } }),
			run({ flowId: 'calm', createdAt: at(2026, 11, 3), answers: {} }),
			run({ flowId: 'calm', createdAt: at(2026, 11, 4), answers: { before: 'a lot', after: 11 } }),
			run({ flowId: 'tell', answers: { before: 3 } })
		];
		expect(calmSeries(runs).map(({ before, after }) => [before, after])).toEqual([
			[6, undefined],
			[8, 4]
		]);
		const progress = computeProgress(runs, new Date(2026, 11, 6));
		expect(progress.distress.map((p) => p.value)).toEqual([6, 8]);
	});

	it('counts activity days planned against done, week by week, from the plan in use on each day', () => {
		// A plan made on Wednesday 2 December 2026 (walk Mon+Wed, sewing Sat); a newer one from Monday 14 December (walk only on Mon+Wed).
		const first = run({
			flowId: 'activities',
			finishedAt: at(2026, 12, 2),
			answers: { week: [walk, sew] },
			activitiesDone: [
				{ activityId: 'walk', day: '2026-12-02', at: at(2026, 12, 2, 18), moodBefore: 3, moodAfter: 6 },
				{ activityId: 'x1', day: '2026-12-05', at: at(2026, 12, 5, 18) },
				{ activityId: 'walk', day: '2026-12-07', at: at(2026, 12, 7, 18), moodBefore: 4, moodAfter: 5 }
			]
		});
		const second = run({ flowId: 'activities', finishedAt: at(2026, 12, 14, 8), answers: { week: [walk] }, activitiesDone: [{ activityId: 'walk', day: '2026-12-14', at: at(2026, 12, 14, 18) }] });
		const unplanned = run({ flowId: 'activities', status: 'active', answers: { week: [sew] } });
		const weeks = activityWeeks([second, first, unplanned], new Date(2026, 11, 16, 12));
		expect(weeks).toEqual([
			// Wed 2 (walk), Sat 5 (sewing): 2 planned, 2 done.
			{ week: '2026-11-30', planned: 2, done: 2 },
			// Mon 7, Wed 9 (walk), Sat 12 (sewing): 3 planned, 1 done.
			{ week: '2026-12-07', planned: 3, done: 1 },
			// Mon 14 and Wed 16 (walk, the newer plan); today is Wednesday: 2 planned, 1 done.
			{ week: '2026-12-14', planned: 2, done: 1 }
		]);
		expect(activityMood([first, second])).toEqual({ count: 2, before: 3.5, after: 5.5 });
		expect(activityWeeks([unplanned], new Date(2026, 11, 16))).toEqual([]);
	});

	it('lists this week’s planned activities day by day, with their ticks, later days not yet tickable', () => {
		const plan = run({ flowId: 'activities', answers: { week: [walk, sew] }, activitiesDone: [{ activityId: 'walk', day: '2026-11-30', at: 1 }] });
		const week = thisWeek(plan, new Date(2026, 11, 2, 9));
		expect(week.map((d) => d.day)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
		expect(week.map((d) => d.entries.map((e) => `${e.activity.id}${e.done ? '✓' : ''}${e.later ? '…' : ''}`))).toEqual([
			['walk✓'],
			[],
			['walk'],
			[],
			[],
			['x1…'],
			[]
		]);
		expect(thisWeek(undefined, new Date())).toEqual([]);
	});

	it('counts problems worked on by month, with the steps planned and those that went well', () => {
		const plan = [
			{ id: 'p1', what: 'Tanya RT', when: '', who: '', needs: '' },
			{ id: 'p2', what: ' ', when: '', who: '', needs: '' }
		];
		const runs = [
			run({ flowId: 'problems', finishedAt: at(2026, 10, 20), answers: { plan }, followUps: [{ id: 'f', at: 5, outcome: 'well', note: '' }] }),
			run({
				flowId: 'problems',
				finishedAt: at(2026, 11, 3),
				answers: { plan: [plan[0]!] },
				followUps: [
					{ id: 'f1', at: 1, outcome: 'well', note: '' },
					{ id: 'f2', at: 2, outcome: 'hard', note: '' }
				]
			}),
			run({ flowId: 'problems', finishedAt: at(2026, 11, 9), answers: {} }),
			run({ flowId: 'problems', status: 'active', answers: { plan } })
		];
		expect(problemMonths(runs)).toEqual([
			{ month: '2026-10', workedOn: 1, wentWell: 1, steps: 1, stepsDone: 0 },
			{ month: '2026-11', workedOn: 2, wentWell: 0, steps: 1, stepsDone: 0 }
		]);
		// A step marked done on home's list counts once, whichever day; another run's mark does not count.
		const done = [`run:${runs[0]!.id}:plan:p1:2026-10-21`, `run:${runs[0]!.id}:plan:p1:2026-10-22`, `run:other:plan:p1:2026-11-04`];
		expect(problemMonths(runs, done).map((m) => m.stepsDone)).toEqual([1, 0]);
	});
});

describe('chart geometry', () => {
	it('draws bars on a common scale, none for a value left out', () => {
		const chart = barColumns(
			[
				{ label: 'a', values: [10, 5] },
				{ label: 'b', values: [undefined, 0] }
			],
			10
		);
		const [a, b] = chart.columns;
		expect(a!.bars.map((bar) => bar.series)).toEqual([0, 1]);
		expect(a!.bars[0]!.height).toBeCloseTo(2 * a!.bars[1]!.height);
		expect(a!.bars[0]!.y + a!.bars[0]!.height).toBeCloseTo(chart.plotBottom);
		expect(b!.bars.map((bar) => [bar.series, bar.height])).toEqual([[1, 0]]);
		expect(b!.x).toBeGreaterThan(a!.x);
		expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 5, 10]);
	});

	it('draws a line from left to right, higher for a higher value', () => {
		const line = linePoints(
			[
				{ value: 2, label: '1' },
				{ value: 8, label: '2' }
			],
			10
		);
		expect(line.path).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
		expect(line.points[1]!.y).toBeLessThan(line.points[0]!.y);
		expect(line.points.every((p) => p.y > 0 && p.y < CHART_HEIGHT)).toBe(true);
	});

	it('shows every label of a short chart, and spaced labels with the last on a long one', () => {
		expect([0, 1, 2].map((i) => labelShown(i, 3))).toEqual([true, true, true]);
		const shown = Array.from({ length: 12 }, (_, i) => labelShown(i, 12)).flatMap((s, i) => (s ? [i] : []));
		expect(shown).toEqual([0, 2, 4, 6, 8, 11]);
	});
});

describe('answers read from a saved snapshot', () => {
	it('takes the answers as saved, and nothing from a damaged snapshot', () => {
		expect(savedAnswers({ status: 'done', context: { answers: { before: 7 } } })).toEqual({ before: 7 });
		expect(savedAnswers({ context: { answers: [1] } })).toEqual({});
		expect(savedAnswers(null)).toEqual({});
		expect(savedAnswers({ context: 'x' })).toEqual({});
	});
});
