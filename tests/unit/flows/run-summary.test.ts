import { describe, expect, it } from 'vitest';
import type { FlowDefinition, StepDefinition } from '$lib/flows/flow-types';
import { freeTextOf, hasFreeText, summarizeRun, summaryAsText } from '$lib/flows/run-summary';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);

const definition: FlowDefinition = {
	id: 'demo',
	version: 1,
	namespace: 'demo',
	title: 'demo:title',
	description: 'demo:description',
	minutes: 1,
	steps: [
		{ kind: 'info', id: 'hello', prompt: 'demo:hello' },
		{ kind: 'text', id: 'what', prompt: 'demo:what', noteLabel: 'demo:whatStatement' },
		{ kind: 'choice', id: 'areas', prompt: 'demo:areas', multiple: true, options: [{ id: 'a', label: 'demo:a' }, { id: 'b', label: 'demo:b' }] },
		{ kind: 'scale', id: 'level', prompt: 'demo:level', min: 0, max: 10, minLabel: 'demo:calm', maxLabel: 'demo:upset' },
		{ kind: 'list', id: 'problems', prompt: 'demo:problems', itemLabel: 'demo:item', addLabel: 'demo:add' },
		{ kind: 'sort', id: 'sorted', prompt: 'demo:sorted', source: 'problems', groups: [{ id: 'can', label: 'demo:can' }] },
		{ kind: 'pick', id: 'one', prompt: 'demo:one', source: 'problems' },
		{ kind: 'feelings', id: 'feel', prompt: 'demo:feel', feelings: ['sad'] }
	]
};

describe('summarizeRun', () => {
	it('gives back each answer in the person’s words and the app’s labels, in flow order', () => {
		const items = summarizeRun(
			definition,
			{
				what: 'Rumah kami\nkebanjiran',
				areas: ['b'],
				level: 7,
				problems: [
					{ id: 'p1', text: 'Uang sewa' },
					{ id: 'p2', text: '' }
				],
				sorted: { p1: 'can' },
				one: 'p1',
				feel: [{ id: 'sad', intensity: 4 }]
			},
			t
		);
		expect(items.map((i) => i.stepId)).toEqual(['what', 'areas', 'level', 'problems', 'sorted', 'one', 'feel']);
		expect(items[0]!.lines).toEqual(['Rumah kami\nkebanjiran']);
		expect(items[1]!.lines).toEqual(['demo:b']);
		expect(items[2]!.lines).toEqual(['7 / 10 (0 = demo:calm, 10 = demo:upset)']);
		expect(items[3]!.lines).toEqual(['Uang sewa']);
		expect(items[4]!.lines).toEqual(['Uang sewa: demo:can']);
		expect(items[5]!.lines).toEqual(['Uang sewa']);
		expect(items[6]!.lines).toEqual(['feelings:sad: feelings:intensity.4']);
		// The question as asked, and the statement a note to a service uses instead.
		expect(items[0]).toMatchObject({ question: 'demo:what', noteLabel: 'demo:whatStatement' });
	});

	it('leaves out unanswered questions and steps that ask nothing', () => {
		expect(summarizeRun(definition, { what: '   ' }, t)).toEqual([]);
	});

	it('makes plain text for copying', () => {
		const text = summaryAsText('Judul', [{ stepId: 'what', question: 'Apa?', noteLabel: 'Yang terjadi', lines: ['Ini', 'Itu'] }]);
		expect(text).toBe('Judul\n\nApa?\n- Ini\n- Itu');
	});
});

describe('freeTextOf', () => {
	it('collects the words typed in text, list and plan answers', () => {
		const step = (kind: string) => ({ kind, id: kind, prompt: 'x' }) as StepDefinition;
		expect(freeTextOf(step('text'), 'halo')).toBe('halo');
		expect(freeTextOf(step('list'), [{ id: '1', text: 'satu' }, { id: '2', text: 'dua' }])).toBe('satu\ndua');
		expect(freeTextOf(step('plan'), [{ id: '1', what: 'telepon', when: 'besok', who: 'kakak', needs: 'pulsa' }])).toContain('pulsa');
		expect(freeTextOf(step('scale'), 7)).toBe('');
		expect(freeTextOf(step('choice'), ['a', 'b'])).toBe('');
		expect(hasFreeText(step('text'))).toBe(true);
		expect(hasFreeText(step('choice'))).toBe(false);
	});
});

describe('summarizeRun with a filtered pick and a plan', () => {
	const flow: FlowDefinition = {
		...definition,
		steps: [
			{ kind: 'list', id: 'problems', prompt: 'demo:problems', itemLabel: 'demo:item', addLabel: 'demo:add' },
			{ kind: 'sort', id: 'sorted', prompt: 'demo:sorted', source: 'problems', groups: [{ id: 'can', label: 'demo:can' }, { id: 'cannot', label: 'demo:cannot' }] },
			{ kind: 'pick', id: 'one', prompt: 'demo:one', source: 'problems', filter: { sort: 'sorted', group: 'can' } },
			{ kind: 'plan', id: 'plan', prompt: 'demo:plan' }
		]
	};
	const problems = [{ id: 'p1', text: 'Uang sewa' }];

	it('does not show a pick as chosen once its item is sorted out of the offered group', () => {
		const can = summarizeRun(flow, { problems, sorted: { p1: 'can' }, one: 'p1' }, t);
		expect(can.find((i) => i.stepId === 'one')?.lines).toEqual(['Uang sewa']);
		const cannot = summarizeRun(flow, { problems, sorted: { p1: 'cannot' }, one: 'p1' }, t);
		expect(cannot.find((i) => i.stepId === 'one')).toBeUndefined();
	});

	it('keeps a plan step whose "what" is empty but which says when or with whom', () => {
		const items = summarizeRun(flow, { plan: [{ id: 's1', what: '', when: 'Senin', who: '', needs: '' }] }, t);
		expect(items.find((i) => i.stepId === 'plan')?.lines).toEqual(['steps:plan.when: Senin']);
	});
});
