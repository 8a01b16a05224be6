import { describe, expect, it } from 'vitest';
import { conditionStepIds, evaluateCondition, isAnswerFilled } from '$lib/flows/conditions';
import type { Answers, Condition } from '$lib/flows/flow-types';

const answers: Answers = {
	single: 'yes',
	multiple: ['work', 'money'],
	none: [],
	scale: 7,
	zero: 0,
	higher: 9,
	same: 7,
	text: '  some words ',
	blank: '   ',
	list: [
		{ id: 'a', text: 'rent' },
		{ id: 'b', text: 'school fees' }
	],
	sort: { a: 'can', b: 'cannot', c: 'can' },
	feelings: [{ id: 'sad', intensity: 4 }]
};

const holds = (condition: Condition): boolean => evaluateCondition(condition, answers);

describe('isAnswerFilled', () => {
	it('counts non-blank text, numbers, non-empty lists and objects', () => {
		expect(isAnswerFilled('hi')).toBe(true);
		expect(isAnswerFilled(0)).toBe(true);
		expect(isAnswerFilled(['x'])).toBe(true);
		expect(isAnswerFilled({ a: 'can' })).toBe(true);
	});
	it('does not count blank text, empty lists or objects, NaN or nothing', () => {
		expect(isAnswerFilled('  \n ')).toBe(false);
		expect(isAnswerFilled([])).toBe(false);
		expect(isAnswerFilled({})).toBe(false);
		expect(isAnswerFilled(Number.NaN)).toBe(false);
		expect(isAnswerFilled(undefined)).toBe(false);
		expect(isAnswerFilled(null)).toBe(false);
	});
});

describe('evaluateCondition', () => {
	it('includes: a single or multiple choice holds the option', () => {
		expect(holds({ answer: 'single', includes: 'yes' })).toBe(true);
		expect(holds({ answer: 'single', includes: 'no' })).toBe(false);
		expect(holds({ answer: 'multiple', includes: 'money' })).toBe(true);
		expect(holds({ answer: 'multiple', includes: 'home' })).toBe(false);
		expect(holds({ answer: 'missing', includes: 'yes' })).toBe(false);
	});

	it('equals: a single choice or a scale has exactly the value', () => {
		expect(holds({ answer: 'single', equals: 'yes' })).toBe(true);
		expect(holds({ answer: 'scale', equals: 7 })).toBe(true);
		expect(holds({ answer: 'scale', equals: '7' })).toBe(false);
		expect(holds({ answer: 'zero', equals: 0 })).toBe(true);
		expect(holds({ answer: 'multiple', equals: 'work' })).toBe(false);
	});

	it('atLeast / atMost compare scale values', () => {
		expect(holds({ answer: 'scale', atLeast: 7 })).toBe(true);
		expect(holds({ answer: 'scale', atLeast: 8 })).toBe(false);
		expect(holds({ answer: 'scale', atMost: 7 })).toBe(true);
		expect(holds({ answer: 'scale', atMost: 6 })).toBe(false);
		expect(holds({ answer: 'zero', atMost: 0 })).toBe(true);
	});

	it('atLeast / atMost count list items, choices, feelings and sorted keys', () => {
		expect(holds({ answer: 'list', atLeast: 2 })).toBe(true);
		expect(holds({ answer: 'list', atLeast: 3 })).toBe(false);
		expect(holds({ answer: 'multiple', atMost: 2 })).toBe(true);
		expect(holds({ answer: 'feelings', atMost: 0 })).toBe(false);
		expect(holds({ answer: 'sort', atLeast: 3 })).toBe(true);
	});

	it('comparisons need a filled answer: empty and missing behave alike', () => {
		expect(holds({ answer: 'none', atMost: 5 })).toBe(false);
		expect(holds({ answer: 'missing', atMost: 5 })).toBe(false);
		expect(holds({ answer: 'text', atLeast: 1 })).toBe(false);
		expect(holds({ answer: 'none', filled: false })).toBe(true);
	});

	it('filled: true for a filled answer, false for blank, empty or missing', () => {
		expect(holds({ answer: 'text', filled: true })).toBe(true);
		expect(holds({ answer: 'blank', filled: true })).toBe(false);
		expect(holds({ answer: 'blank', filled: false })).toBe(true);
		expect(holds({ answer: 'missing', filled: false })).toBe(true);
		expect(holds({ answer: 'zero', filled: true })).toBe(true);
	});

	it('greaterThan: a scale answer is above the scale answer of another step', () => {
		expect(holds({ answer: 'higher', greaterThan: { answer: 'scale' } })).toBe(true);
		expect(holds({ answer: 'scale', greaterThan: { answer: 'higher' } })).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: { answer: 'same' } })).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: { answer: 'zero' } })).toBe(true);
		// "At most the other" is its negation.
		expect(holds({ not: { answer: 'scale', greaterThan: { answer: 'same' } } })).toBe(true);
		expect(holds({ not: { answer: 'higher', greaterThan: { answer: 'scale' } } })).toBe(false);
	});

	it('greaterThan: false when either answer is missing or not a number', () => {
		expect(holds({ answer: 'missing', greaterThan: { answer: 'scale' } })).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: { answer: 'missing' } })).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: { answer: 'list' } })).toBe(false);
		expect(holds({ answer: 'text', greaterThan: { answer: 'zero' } })).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: { answer: 'constructor' } })).toBe(false);
		expect(evaluateCondition({ answer: 'a', greaterThan: { answer: 'b' } }, { a: 3, b: Number.NaN })).toBe(false);
	});

	it('all / any / not combine conditions', () => {
		const yes: Condition = { answer: 'single', equals: 'yes' };
		const no: Condition = { answer: 'single', equals: 'no' };
		expect(holds({ all: [yes, yes] })).toBe(true);
		expect(holds({ all: [yes, no] })).toBe(false);
		expect(holds({ all: [] })).toBe(true);
		expect(holds({ any: [no, yes] })).toBe(true);
		expect(holds({ any: [no] })).toBe(false);
		expect(holds({ any: [] })).toBe(false);
		expect(holds({ not: no })).toBe(true);
		expect(holds({ not: { any: [yes, no] } })).toBe(false);
	});

	it('is false, never throwing, for malformed conditions', () => {
		expect(holds({} as Condition)).toBe(false);
		expect(holds(null as unknown as Condition)).toBe(false);
		expect(holds({ answer: 'scale' } as Condition)).toBe(false);
		expect(holds({ answer: 'constructor', filled: true })).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: 5 } as unknown as Condition)).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: {} } as unknown as Condition)).toBe(false);
		expect(holds({ answer: 'scale', greaterThan: null } as unknown as Condition)).toBe(false);
	});
});

describe('conditionStepIds', () => {
	it('lists the steps a condition reads, once each', () => {
		const condition: Condition = {
			any: [{ answer: 'a', equals: 1 }, { not: { answer: 'b', filled: true } }, { all: [{ answer: 'a', atLeast: 2 }] }]
		};
		expect(conditionStepIds(condition)).toEqual(['a', 'b']);
	});

	it('lists both steps of a comparison', () => {
		const condition: Condition = {
			any: [{ answer: 'after', atLeast: 8 }, { answer: 'after', greaterThan: { answer: 'before' } }]
		};
		expect(conditionStepIds(condition)).toEqual(['after', 'before']);
	});
});
