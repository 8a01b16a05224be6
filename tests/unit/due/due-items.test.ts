import { describe, expect, it } from 'vitest';
import { addDays, dayOf, isDay } from '$lib/due/days';
import { collectDue, datedItemOfReferral, datedItemsOfRun, dueNow, runItemKey, type DueMark } from '$lib/due/due-items';
import type { Answers, FlowDefinition, PlanItem } from '$lib/flows/flow-types';

const definition = {
	id: 'problems',
	version: 1,
	namespace: 'flow-problems',
	title: 'flow-problems:title',
	description: 'flow-problems:description',
	minutes: 15,
	steps: [
		{ kind: 'list', id: 'ideas', prompt: 'p', itemLabel: 'i', addLabel: 'a' },
		{ kind: 'plan', id: 'plan', prompt: 'p' },
		{ kind: 'actions', id: 'next', prompt: 'p', source: 'ideas' }
	]
} as FlowDefinition;

const plan: PlanItem[] = [
		{ id: 'a', what: 'Call my aunt', when: 'after work', who: '', needs: '', date: '2026-12-01' },
		{ id: 'b', what: 'No day picked', when: 'some time', who: '', needs: '' },
		{ id: 'c', what: 'Far away', when: '', who: '', needs: '', date: '2027-03-01' },
		{ id: 'd', what: 'Bad day', when: '', who: '', needs: '', date: '2026-02-30' }
];
const answers: Answers = {
	plan,
	next: [{ id: 'x', kind: 'talk', what: 'Talk to the teacher', date: '2026-11-28', who: '' }]
};

describe('days', () => {
	it('reads only real calendar days', () => {
		expect(isDay('2026-12-01')).toBe(true);
		expect(isDay('2026-02-30')).toBe(false);
		expect(isDay('1/12/2026')).toBe(false);
		expect(isDay(undefined)).toBe(false);
	});

	it('counts days across months and years in local time', () => {
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(dayOf(new Date(2026, 10, 30, 23, 59).getTime())).toBe('2026-11-30');
	});
});

describe('what is due', () => {
	const items = [
		...datedItemsOfRun('run-1', definition, answers),
		datedItemOfReferral({ id: 'ref-1', serviceName: 'Puskesmas Contoh', status: 'contacted', followUpOn: '2026-12-03' })!
	];

	it('takes the dated small steps of plan and next-steps steps, and open referral follow-ups', () => {
		expect(items.map((item) => [item.source, item.text, item.day])).toEqual([
			['plan', 'Call my aunt', '2026-12-01'],
			['plan', 'Far away', '2027-03-01'],
			['action', 'Talk to the teacher', '2026-11-28'],
			['referral', 'Puskesmas Contoh', '2026-12-03']
		]);
		expect(datedItemOfReferral({ id: 'ref-2', serviceName: 'S', status: 'got-help', followUpOn: '2026-12-01' })).toBeUndefined();
		expect(datedItemOfReferral({ id: 'ref-3', serviceName: 'S', status: 'planned' })).toBeUndefined();
	});

	it('shows overdue first, then today, then the next seven days; later days wait', () => {
		const due = collectDue(items, new Map(), '2026-12-01');
		expect(due.map((item) => [item.text, item.when])).toEqual([
			['Talk to the teacher', 'overdue'],
			['Call my aunt', 'today'],
			['Puskesmas Contoh', 'soon']
		]);
		expect(dueNow(due).map((item) => item.text)).toEqual(['Talk to the teacher', 'Call my aunt']);
		expect(collectDue(items, new Map(), '2026-11-20').map((item) => item.text)).toEqual([]);
	});

	it('leaves out what was marked done, and shows a moved item on its new day', () => {
		const marks = new Map<string, DueMark>([
			[runItemKey('run-1', 'next', 'x', '2026-11-28'), { key: runItemKey('run-1', 'next', 'x', '2026-11-28'), doneAt: 1, updatedAt: 1 }],
			[runItemKey('run-1', 'plan', 'a', '2026-12-01'), { key: runItemKey('run-1', 'plan', 'a', '2026-12-01'), movedTo: '2026-12-05', updatedAt: 2 }]
		]);
		const due = collectDue(items, marks, '2026-12-01');
		expect(due.map((item) => [item.text, item.dueOn, item.when])).toEqual([
			['Puskesmas Contoh', '2026-12-03', 'soon'],
			['Call my aunt', '2026-12-05', 'soon']
		]);
	});

	it('starts afresh when the planned day itself changes', () => {
		const marks = new Map<string, DueMark>([[runItemKey('run-1', 'plan', 'a', '2026-12-01'), { key: runItemKey('run-1', 'plan', 'a', '2026-12-01'), doneAt: 1, updatedAt: 1 }]]);
		const changed = datedItemsOfRun('run-1', definition, { plan: [{ ...plan[0]!, date: '2026-12-02' }] });
		expect(collectDue(changed, marks, '2026-12-01').map((item) => item.dueOn)).toEqual(['2026-12-02']);
	});
});
