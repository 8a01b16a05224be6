import { describe, expect, it } from 'vitest';
import type { DecisionPoint, RealityAnswer } from '$lib/flows/flow-types';
import { marksOf, weighOptions } from '$lib/decisions/weigh';

const options = [{ id: 'stay' }, { id: 'move' }, { id: 'wait' }];

function point(id: string, side: 'good' | 'hard', importance: number, ...optionIds: string[]): DecisionPoint {
	return { id, text: id, side, importance, options: optionIds };
}

const byId = (weighing: ReturnType<typeof weighOptions>, id: string) => weighing.options.find((option) => option.id === id)!;

describe('weighOptions', () => {
	it('sums what matters on the good points minus the hard points, per option, in the person’s order', () => {
		const weighing = weighOptions(options, [
			point('near school', 'good', 4, 'stay'),
			point('rent', 'hard', 5, 'stay'),
			point('family', 'good', 5, 'move'),
			point('far from work', 'hard', 2, 'move')
		]);
		expect(weighing.options.map((option) => option.id)).toEqual(['stay', 'move', 'wait']);
		expect(byId(weighing, 'stay')).toMatchObject({ good: 4, hard: 5, weight: -1, goodCount: 1, hardCount: 1 });
		expect(byId(weighing, 'move')).toMatchObject({ good: 5, hard: 2, weight: 3 });
		expect(weighing.highest).toBe(3);
		expect(weighing.top).toEqual(['move']);
		expect(byId(weighing, 'move').top).toBe(true);
		expect(byId(weighing, 'stay').top).toBe(false);
	});

	it('shows a tie: every option with the highest weight is at the top, none is picked', () => {
		const weighing = weighOptions(options, [point('a', 'good', 3, 'stay'), point('b', 'good', 3, 'move'), point('c', 'hard', 1, 'wait')]);
		expect(weighing.highest).toBe(3);
		expect(weighing.top).toEqual(['stay', 'move']);
		expect(weighing.options.filter((option) => option.top)).toHaveLength(2);
	});

	it('gives an option with no points a weight of 0 and keeps it', () => {
		const weighing = weighOptions(options, [point('a', 'hard', 2, 'stay')]);
		expect(byId(weighing, 'move')).toMatchObject({ good: 0, hard: 0, weight: 0, goodCount: 0, hardCount: 0 });
		expect(byId(weighing, 'wait').weight).toBe(0);
		// 0 is above -2: the options without points are at the top together.
		expect(weighing.top).toEqual(['move', 'wait']);
	});

	it('says nothing is at the top when no option has any point', () => {
		const weighing = weighOptions(options, []);
		expect(weighing.highest).toBeNull();
		expect(weighing.top).toEqual([]);
		expect(weighing.options.every((option) => option.weight === 0 && !option.top)).toBe(true);
	});

	it('counts a point written once for each option it applies to', () => {
		const weighing = weighOptions(options, [point('costs money', 'hard', 4, 'stay', 'move'), point('safe', 'good', 5, 'move')]);
		expect(byId(weighing, 'stay')).toMatchObject({ hard: 4, hardCount: 1, weight: -4 });
		expect(byId(weighing, 'move')).toMatchObject({ good: 5, hard: 4, weight: 1, hardCount: 1 });
		expect(byId(weighing, 'wait').hardCount).toBe(0);
	});

	it('counts a point listed twice for the same option once', () => {
		const weighing = weighOptions(options, [point('a', 'good', 2, 'stay', 'stay')]);
		expect(byId(weighing, 'stay')).toMatchObject({ good: 2, goodCount: 1 });
	});

	it('counts a point of importance 0 as a point that adds nothing', () => {
		const weighing = weighOptions(options, [point('a', 'good', 0, 'stay'), point('b', 'hard', 0, 'stay')]);
		expect(byId(weighing, 'stay')).toMatchObject({ good: 0, hard: 0, weight: 0, goodCount: 1, hardCount: 1 });
		expect(weighing.highest).toBe(0);
	});

	it('keeps importance within 0..5 and ignores points for options that are not listed', () => {
		const weighing = weighOptions(options, [point('a', 'good', 9, 'stay'), point('b', 'hard', -3, 'stay'), point('c', 'good', 2.6, 'gone')]);
		expect(byId(weighing, 'stay')).toMatchObject({ good: 5, hard: 0, weight: 5 });
		expect(weighing.options).toHaveLength(3);
	});

	it('keeps an unsafe option marked, and on the list, when it has the highest weight', () => {
		const reality: RealityAnswer = {
			move: { needs: { money: 'cannot', time: 'have' }, control: '', affects: '', safe: 'no' },
			stay: { needs: { documents: 'can' }, control: '', affects: '', safe: 'yes' }
		};
		const weighing = weighOptions(options, [point('a', 'good', 5, 'move'), point('b', 'good', 1, 'stay')], reality);
		const move = byId(weighing, 'move');
		expect(move.top).toBe(true);
		expect(weighing.top).toEqual(['move']);
		expect(move.marked).toBe(true);
		expect(move.marks).toEqual({ unsafe: true, unsureSafe: false, cannot: ['money'] });
		expect(byId(weighing, 'stay').marked).toBe(false);
		expect(weighing.options.map((option) => option.id)).toEqual(['stay', 'move', 'wait']);
	});
});

describe('marksOf', () => {
	it('names what an option needs that the person cannot get, in a fixed order, and doubts about safety', () => {
		expect(marksOf(undefined)).toEqual({ unsafe: false, unsureSafe: false, cannot: [] });
		expect(
			marksOf({ needs: { help: 'cannot', money: 'cannot', travel: 'can' }, control: '', affects: '', safe: 'unsure' })
		).toEqual({ unsafe: false, unsureSafe: true, cannot: ['money', 'help'] });
	});
});
