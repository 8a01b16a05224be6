import { describe, expect, it } from 'vitest';
import {
	actionsOf,
	addAction,
	addPoint,
	addWaiting,
	checkOf,
	detachPoint,
	editAction,
	editOption,
	localDate,
	namedOptions,
	optionLabel,
	optionsOf,
	otherPoints,
	peopleOf,
	pointsFor,
	pointsOf,
	readinessOf,
	realityOf,
	setImportance,
	setNeed,
	setPointOption
} from '$lib/decisions/decision-answers';
import type { DecisionPoint } from '$lib/flows/flow-types';

describe('options', () => {
	it('adds "doing nothing / waiting" once, named by the app in the person’s language', () => {
		const once = addWaiting([{ id: 'a', text: 'Pindah' }], 'w');
		expect(once).toEqual([{ id: 'a', text: 'Pindah' }, { id: 'w', text: '', waiting: true }]);
		expect(addWaiting(once, 'x')).toBe(once);
		const t = (key: string) => `<${key}>`;
		expect(once.map((option) => optionLabel(option, t))).toEqual(['Pindah', '<decision:options.wait>']);
	});

	it('turns a field shown ready into an option, after the empty ones shown before it', () => {
		expect(editOption([], 'second', 'Tinggal', ['first'])).toEqual([
			{ id: 'first', text: '' },
			{ id: 'second', text: 'Tinggal' }
		]);
		expect(editOption([{ id: 'a', text: 'x' }], 'a', 'xy')).toEqual([{ id: 'a', text: 'xy' }]);
	});

	it('weighs only options with words, or waiting', () => {
		const answers = { options: [{ id: 'a', text: ' ' }, { id: 'b', text: 'B' }, { id: 'w', text: '', waiting: true }, { id: 3 }] };
		expect(optionsOf(answers.options as never)).toHaveLength(3);
		expect(namedOptions(answers as never, 'options').map((option) => option.id)).toEqual(['b', 'w']);
	});
});

describe('points', () => {
	const points: DecisionPoint[] = [
		{ id: 'p1', text: 'Dekat keluarga', side: 'good', importance: 4, options: ['a'] },
		{ id: 'p2', text: 'Biaya', side: 'hard', importance: 3, options: ['a', 'b'] }
	];

	it('adds a point to one option, in the middle of the scale', () => {
		const added = addPoint(points, 'good', 'b', 'p3');
		expect(added[2]).toEqual({ id: 'p3', text: '', side: 'good', importance: 3, options: ['b'] });
		expect(pointsFor(added, 'b', 'good').map((p) => p.id)).toEqual(['p3']);
		expect(pointsFor(added, 'b', 'hard').map((p) => p.id)).toEqual(['p2']);
	});

	it('lets a point apply to more options without retyping it, in the options’ order', () => {
		const shared = setPointOption(points, 'p1', 'c', true, ['a', 'b', 'c']);
		expect(shared[0]!.options).toEqual(['a', 'c']);
		expect(setPointOption(shared, 'p1', 'b', true, ['a', 'b', 'c'])[0]!.options).toEqual(['a', 'b', 'c']);
		expect(setPointOption(shared, 'p1', 'a', false, ['a', 'b', 'c'])[0]!.options).toEqual(['c']);
		expect(otherPoints(points, 'b').map((p) => p.id)).toEqual(['p1']);
	});

	it('takes a point off one option, and removes it once it applies to none', () => {
		expect(detachPoint(points, 'p2', 'a')[1]!.options).toEqual(['b']);
		expect(detachPoint(points, 'p1', 'a').map((p) => p.id)).toEqual(['p2']);
	});

	it('keeps importance a whole number from 0 to 5', () => {
		expect(setImportance(points, 'p1', 7)[0]!.importance).toBe(5);
		expect(setImportance(points, 'p1', -1)[0]!.importance).toBe(0);
		expect(setImportance(points, 'p1', 2.4)[0]!.importance).toBe(2);
	});

	it('reads damaged points as missing', () => {
		expect(pointsOf([...points, { id: 'x', text: 'y', side: 'middle', importance: 1, options: [] }] as never)).toHaveLength(2);
	});
});

describe('reality, people, readiness, next steps', () => {
	it('records what an option needs per option, keeping the other options’ checks', () => {
		const one = setNeed({}, 'a', 'money', 'cannot');
		const two = setNeed(one, 'b', 'time', 'have');
		expect(two).toEqual({
			a: { needs: { money: 'cannot' }, control: '', affects: '' },
			b: { needs: { time: 'have' }, control: '', affects: '' }
		});
		expect(checkOf(two, 'zzz')).toEqual({ needs: {}, control: '', affects: '' });
		expect(realityOf({ a: { needs: { money: 'lots', time: 'can' }, control: 1, safe: 'maybe' } } as never)).toEqual({
			a: { needs: { time: 'can' }, control: '', affects: '' }
		});
	});

	it('reads people, readiness and next steps forgivingly', () => {
		// The same rule as when a saved run is restored (the people kind's schema): a person with a name
		// is kept, missing fields read as empty; an item without a name is left out.
		expect(peopleOf([{ id: '1', who: 'Ibu', prefers: 'a', presses: 'yes' }, { id: '2', who: 'X' }, { id: '3' }] as never)).toEqual([
			{ id: '1', who: 'Ibu', prefers: 'a', presses: 'yes' },
			{ id: '2', who: 'X', prefers: '', presses: '' }
		]);
		expect(readinessOf({ sure: 'yes', know: 'maybe' } as never)).toEqual({ sure: 'yes' });
		const actions = editAction(addAction([], 'talk', 'n1'), 'n1', 'date', '2030-05-01');
		expect(actionsOf(actions)).toEqual([{ id: 'n1', kind: 'talk', what: '', date: '2030-05-01', who: '' }]);
	});

	it('reads a typed date as that day where the person is', () => {
		const date = localDate('2030-05-01')!;
		expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2030, 4, 1]);
		expect(localDate('')).toBeUndefined();
		expect(localDate('1 May')).toBeUndefined();
	});
});
