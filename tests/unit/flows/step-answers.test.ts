import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers, FeelingAnswer, ListItem, PlanItem } from '$lib/flows/flow-types';
import {
	addItem,
	addPlanItem,
	BREATH_CYCLE_MS,
	breathPhaseAt,
	chosenOf,
	clock,
	DEFAULT_INTENSITY,
	editItem,
	editPlanItem,
	feelingsOf,
	itemsToSort,
	listOf,
	moveItem,
	nonEmpty,
	numberOf,
	pickableItems,
	placeItem,
	planOf,
	range,
	removeItem,
	setIntensity,
	sortOf,
	textAnswer,
	textOf,
	toggleChoice,
	toggleFeeling
} from '$lib/flows/step-answers';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('text', () => {
	it('reads only text', () => {
		expect(textOf('hi')).toBe('hi');
		expect(textOf(3)).toBe('');
		expect(textOf(undefined)).toBe('');
	});

	it('clears only an empty field and keeps every other keystroke as typed', () => {
		expect(textAnswer('')).toBeUndefined();
		expect(textAnswer(' ')).toBe(' ');
		expect(textAnswer('line\n')).toBe('line\n');
	});

	it('clears an empty list', () => {
		expect(nonEmpty([])).toBeUndefined();
		expect(nonEmpty([1])).toEqual([1]);
	});
});

describe('choice', () => {
	it('reads a single or multiple choice as a list', () => {
		expect(chosenOf('a')).toEqual(['a']);
		expect(chosenOf(['a', 'b'])).toEqual(['a', 'b']);
		expect(chosenOf(4)).toEqual([]);
		expect(chosenOf(undefined)).toEqual([]);
	});

	it('toggles an option, in the order of the options, without mutating', () => {
		const chosen = ['money'];
		const order = ['health', 'family', 'money'];
		expect(toggleChoice(chosen, 'health', true, order)).toEqual(['health', 'money']);
		expect(toggleChoice(chosen, 'money', true, order)).toEqual(['money']);
		expect(toggleChoice(chosen, 'money', false, order)).toEqual([]);
		expect(chosen).toEqual(['money']);
	});

	it('keeps a chosen id the options no longer list', () => {
		expect(toggleChoice(['gone'], 'health', true, ['health'])).toEqual(['health', 'gone']);
	});
});

describe('scale', () => {
	it('reads finite numbers only', () => {
		expect(numberOf(0)).toBe(0);
		expect(numberOf(Number.NaN)).toBeUndefined();
		expect(numberOf('3')).toBeUndefined();
	});

	it('lists every whole number from min to max', () => {
		expect(range(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(range(1, 1)).toEqual([1]);
		expect(range(2, 1)).toEqual([]);
	});
});

describe('feelings', () => {
	const felt: FeelingAnswer[] = [{ id: 'sad', intensity: 4 }];

	it('reads only well-formed feelings', () => {
		expect(feelingsOf([{ id: 'sad', intensity: 2 }, { id: 'x' }, 'calm'] as never)).toEqual([{ id: 'sad', intensity: 2 }]);
		expect(feelingsOf('sad')).toEqual([]);
	});

	it('adds a picked feeling at the end, at the default intensity', () => {
		expect(toggleFeeling(felt, 'tired', true)).toEqual([
			{ id: 'sad', intensity: 4 },
			{ id: 'tired', intensity: DEFAULT_INTENSITY }
		]);
		expect(DEFAULT_INTENSITY).toBe(3);
	});

	it('does not add a feeling twice, and removes an unpicked one', () => {
		expect(toggleFeeling(felt, 'sad', true)).toBe(felt);
		expect(toggleFeeling(felt, 'sad', false)).toEqual([]);
		expect(felt).toEqual([{ id: 'sad', intensity: 4 }]);
	});

	it('sets the intensity within 1..5, picking the feeling if needed', () => {
		expect(setIntensity(felt, 'sad', 1)).toEqual([{ id: 'sad', intensity: 1 }]);
		expect(setIntensity(felt, 'sad', 9)).toEqual([{ id: 'sad', intensity: 5 }]);
		expect(setIntensity(felt, 'calm', 2)).toEqual([...felt, { id: 'calm', intensity: 2 }]);
		expect(felt).toEqual([{ id: 'sad', intensity: 4 }]);
	});
});

describe('lists', () => {
	const items: ListItem[] = [
		{ id: 'a', text: 'rent' },
		{ id: 'b', text: 'school fees' },
		{ id: 'c', text: '' }
	];

	it('reads only well-formed items', () => {
		expect(listOf([...items, { id: 'd' }, 'e'] as never)).toEqual(items);
		expect(listOf({ a: 'b' })).toEqual([]);
	});

	it('adds an empty item with a new id', () => {
		const added = addItem(items);
		expect(added).toHaveLength(4);
		expect(added[3]!.text).toBe('');
		expect(added[3]!.id).not.toBe('');
		expect(new Set(added.map((item) => item.id)).size).toBe(4);
		expect(addItem([], 'x')).toEqual([{ id: 'x', text: '' }]);
		expect(items).toHaveLength(3);
	});

	it('edits one item and keeps empty items while editing', () => {
		expect(editItem(items, 'c', 'debts')).toEqual([items[0], items[1], { id: 'c', text: 'debts' }]);
		expect(editItem(items, 'a', '')).toEqual([{ id: 'a', text: '' }, items[1], items[2]]);
		expect(items[2]!.text).toBe('');
	});

	it('removes an item by id', () => {
		expect(removeItem(items, 'b').map((item) => item.id)).toEqual(['a', 'c']);
		expect(removeItem(items, 'zz')).toEqual(items);
	});

	it('moves an item up and down, and not past either end', () => {
		expect(moveItem(items, 'b', -1).map((item) => item.id)).toEqual(['b', 'a', 'c']);
		expect(moveItem(items, 'b', 1).map((item) => item.id)).toEqual(['a', 'c', 'b']);
		expect(moveItem(items, 'a', -1)).toBe(items);
		expect(moveItem(items, 'c', 1)).toBe(items);
		expect(moveItem(items, 'zz', 1)).toBe(items);
		expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('sort and pick', () => {
	const answers: Answers = {
		list: [
			{ id: 'a', text: 'rent' },
			{ id: 'b', text: '  ' },
			{ id: 'c', text: 'school fees' },
			{ id: 'd', text: 'noise' }
		],
		sort: { a: 'can', b: 'can', c: 'cannot', gone: 'can' }
	};

	it('sorts only items with words in them', () => {
		expect(itemsToSort(answers, 'list').map((item) => item.id)).toEqual(['a', 'c', 'd']);
		expect(itemsToSort(answers, 'nothing')).toEqual([]);
		expect(itemsToSort(answers, 'constructor')).toEqual([]);
	});

	it('reads a sort answer and places an item without mutating', () => {
		expect(sortOf({ a: 'can', b: 3 } as never)).toEqual({ a: 'can' });
		expect(sortOf(['a'])).toEqual({});
		const sort = { a: 'can' };
		expect(placeItem(sort, 'a', 'cannot')).toEqual({ a: 'cannot' });
		expect(placeItem(sort, 'b', 'can')).toEqual({ a: 'can', b: 'can' });
		expect(sort).toEqual({ a: 'can' });
	});

	it('offers the items sorted into the filter group, in list order', () => {
		expect(pickableItems(answers, { source: 'list', filter: { sort: 'sort', group: 'can' } })).toEqual([{ id: 'a', text: 'rent' }]);
		expect(pickableItems(answers, { source: 'list', filter: { sort: 'sort', group: 'cannot' } })).toEqual([
			{ id: 'c', text: 'school fees' }
		]);
	});

	it('offers every item with words when there is no filter, and nothing when nothing is sorted', () => {
		expect(pickableItems(answers, { source: 'list' }).map((item) => item.id)).toEqual(['a', 'c', 'd']);
		expect(pickableItems({ list: answers['list']! }, { source: 'list', filter: { sort: 'sort', group: 'can' } })).toEqual([]);
	});
});

describe('plan', () => {
	const plan: PlanItem[] = [{ id: 'p', what: 'call the landlord', when: 'Monday', who: '', needs: 'credit' }];

	it('reads only complete plan items', () => {
		expect(planOf([...plan, { id: 'q', what: 'x' }] as never)).toEqual(plan);
		expect(planOf('x')).toEqual([]);
	});

	it('adds an empty step and edits one field of one step', () => {
		const added = addPlanItem(plan, 'q');
		expect(added).toEqual([...plan, { id: 'q', what: '', when: '', who: '', needs: '' }]);
		expect(editPlanItem(added, 'q', 'who', 'my sister')[1]).toEqual({ id: 'q', what: '', when: '', who: 'my sister', needs: '' });
		expect(editPlanItem(added, 'q', 'who', 'my sister')[0]).toBe(plan[0]);
		expect(plan).toHaveLength(1);
		expect(addPlanItem([])[0]!.id).not.toBe('');
	});

	it('removes and moves steps with the list helpers', () => {
		const two = addPlanItem(plan, 'q');
		expect(removeItem(two, 'p').map((item) => item.id)).toEqual(['q']);
		expect(moveItem(two, 'q', -1).map((item) => item.id)).toEqual(['q', 'p']);
	});
});

describe('breathing', () => {
	it('is a 12-second breath: in 4 s, hold 2 s, out 6 s', () => {
		expect(BREATH_CYCLE_MS).toBe(12_000);
		expect(breathPhaseAt(0)).toEqual({ phase: 'in', secondsLeft: 4 });
		expect(breathPhaseAt(3_100)).toEqual({ phase: 'in', secondsLeft: 1 });
		expect(breathPhaseAt(4_000)).toEqual({ phase: 'hold', secondsLeft: 2 });
		expect(breathPhaseAt(5_999)).toEqual({ phase: 'hold', secondsLeft: 1 });
		expect(breathPhaseAt(6_000)).toEqual({ phase: 'out', secondsLeft: 6 });
		expect(breathPhaseAt(11_500)).toEqual({ phase: 'out', secondsLeft: 1 });
	});

	it('repeats the breath and treats a negative time as the start', () => {
		expect(breathPhaseAt(12_000)).toEqual({ phase: 'in', secondsLeft: 4 });
		expect(breathPhaseAt(60_000 + 4_500)).toEqual({ phase: 'hold', secondsLeft: 2 });
		expect(breathPhaseAt(-5)).toEqual({ phase: 'in', secondsLeft: 4 });
	});

	it('shows the time left as m:ss, rounding up', () => {
		expect(clock(180_000)).toBe('3:00');
		expect(clock(179_001)).toBe('3:00');
		expect(clock(179_000)).toBe('2:59');
		expect(clock(61_000)).toBe('1:01');
		expect(clock(0)).toBe('0:00');
		expect(clock(-10)).toBe('0:00');
	});
});
