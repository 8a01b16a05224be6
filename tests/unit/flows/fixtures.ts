import type { FlowDefinition } from '$lib/flows/flow-types';

/**
 * Small flows for the engine tests. Text keys are made up; `allTexts` says every key exists, and
 * `textsExcept` makes chosen keys (in chosen languages) missing.
 */

export const allTexts = (): boolean => true;

export function textsExcept(missing: Record<string, ('id' | 'en')[]>) {
	return (key: string, language: 'id' | 'en'): boolean => !(missing[key] ?? []).includes(language);
}

/** A flow without branches; `name` is required. */
export function straightFlow(): FlowDefinition {
	return {
		id: 'straight',
		version: 1,
		namespace: 'flow-straight',
		title: 'flow-straight:title',
		description: 'flow-straight:description',
		minutes: 2,
		steps: [
			{ kind: 'info', id: 'intro', prompt: 'flow-straight:intro', body: ['flow-straight:intro.body'] },
			{ kind: 'text', id: 'name', prompt: 'flow-straight:name', required: true },
			{ kind: 'text', id: 'wish', prompt: 'flow-straight:wish', placeholder: 'flow-straight:wish.placeholder' }
		]
	};
}

/**
 * A flow with branches of every condition kind:
 * mood 0..10 (upset when high): 7 or less skips `support`;
 * areas (multiple): "money" goes to `money`, nothing chosen goes straight to `review`, else `other`;
 * from `money`, two or more areas skip `extra`;
 * close (single): "stop" ends the flow, else `more`.
 */
export function branchingFlow(): FlowDefinition {
	return {
		id: 'branching',
		version: 3,
		namespace: 'flow-branching',
		title: 'flow-branching:title',
		description: 'flow-branching:description',
		minutes: 5,
		steps: [
			{ kind: 'info', id: 'intro', prompt: 'flow-branching:intro' },
			{ kind: 'text', id: 'name', prompt: 'flow-branching:name', required: true },
			{
				kind: 'scale',
				id: 'mood',
				prompt: 'flow-branching:mood',
				min: 0,
				max: 10,
				minLabel: 'flow-branching:mood.min',
				maxLabel: 'flow-branching:mood.max',
				next: [{ when: { answer: 'mood', atMost: 7 }, to: 'areas' }]
			},
			{ kind: 'info', id: 'support', prompt: 'flow-branching:support' },
			{
				kind: 'choice',
				id: 'areas',
				multiple: true,
				prompt: 'flow-branching:areas',
				options: [
					{ id: 'work', label: 'flow-branching:areas.work' },
					{ id: 'home', label: 'flow-branching:areas.home' },
					{ id: 'money', label: 'flow-branching:areas.money' }
				],
				next: [
					{ when: { answer: 'areas', includes: 'money' }, to: 'money' },
					{ when: { answer: 'areas', filled: false }, to: 'review' }
				]
			},
			{ kind: 'text', id: 'other', prompt: 'flow-branching:other', next: [{ when: { all: [] }, to: 'review' }] },
			{
				kind: 'text',
				id: 'money',
				prompt: 'flow-branching:money',
				next: [{ when: { answer: 'areas', atLeast: 2 }, to: 'review' }]
			},
			{ kind: 'text', id: 'extra', prompt: 'flow-branching:extra' },
			{ kind: 'review', id: 'review', prompt: 'flow-branching:review' },
			{
				kind: 'choice',
				id: 'close',
				multiple: false,
				prompt: 'flow-branching:close',
				options: [
					{ id: 'again', label: 'flow-branching:close.again' },
					{ id: 'stop', label: 'flow-branching:close.stop' }
				],
				next: [{ when: { answer: 'close', equals: 'stop' }, to: 'end' }]
			},
			{ kind: 'info', id: 'more', prompt: 'flow-branching:more' }
		]
	};
}

/** Two scales of 0..10, before and after; an "after" above "before" goes to `worse`, else `better`. */
export function comparingFlow(): FlowDefinition {
	const scale = { kind: 'scale', min: 0, max: 10, minLabel: 'flow-comparing:calm', maxLabel: 'flow-comparing:upset' } as const;
	return {
		id: 'comparing',
		version: 1,
		namespace: 'flow-comparing',
		title: 'flow-comparing:title',
		description: 'flow-comparing:description',
		minutes: 2,
		steps: [
			{ ...scale, id: 'before', prompt: 'flow-comparing:before' },
			{ kind: 'text', id: 'why', prompt: 'flow-comparing:why' },
			{
				...scale,
				id: 'after',
				prompt: 'flow-comparing:after',
				next: [{ when: { answer: 'after', greaterThan: { answer: 'before' } }, to: 'worse' }]
			},
			{ kind: 'info', id: 'better', prompt: 'flow-comparing:better', next: [{ when: { all: [] }, to: 'end' }] },
			{ kind: 'info', id: 'worse', prompt: 'flow-comparing:worse' }
		]
	};
}

/** A flow with every step kind that takes an answer, and list/sort/pick references. */
export function everyKindFlow(): FlowDefinition {
	return {
		id: 'kinds',
		version: 1,
		namespace: 'flow-kinds',
		title: 'flow-kinds:title',
		description: 'flow-kinds:description',
		minutes: 10,
		steps: [
			{ kind: 'feelings', id: 'feelings', prompt: 'flow-kinds:feelings', feelings: ['sad', 'calm'] },
			{ kind: 'list', id: 'list', prompt: 'flow-kinds:list', itemLabel: 'flow-kinds:item', addLabel: 'flow-kinds:add' },
			{
				kind: 'sort',
				id: 'sort',
				source: 'list',
				prompt: 'flow-kinds:sort',
				groups: [
					{ id: 'can', label: 'flow-kinds:can' },
					{ id: 'cannot', label: 'flow-kinds:cannot' }
				],
				next: [{ when: { answer: 'list', atMost: 1 }, to: 'plan' }]
			},
			{ kind: 'pick', id: 'pick', source: 'list', filter: { sort: 'sort', group: 'can' }, prompt: 'flow-kinds:pick' },
			{ kind: 'plan', id: 'plan', prompt: 'flow-kinds:plan' },
			{ kind: 'breathing', id: 'breathing', prompt: 'flow-kinds:breathing', lengths: [1, 3] },
			{ kind: 'reflection', id: 'reflection', prompt: 'flow-kinds:reflection', sources: {} },
			{
				kind: 'next',
				id: 'next',
				prompt: 'flow-kinds:next',
				choices: [{ id: 'calm', label: 'flow-kinds:next.calm', href: '/flow/calm' }]
			}
		]
	};
}

/** A list, a sort step over it and a review: for editing the list from the review. */
export function sortingFlow(): FlowDefinition {
	return {
		id: 'sorting',
		version: 1,
		namespace: 'flow-sorting',
		title: 'flow-sorting:title',
		description: 'flow-sorting:description',
		minutes: 2,
		steps: [
			{ kind: 'list', id: 'list', prompt: 'flow-sorting:list', itemLabel: 'flow-sorting:item', addLabel: 'flow-sorting:add' },
			{
				kind: 'sort',
				id: 'sort',
				source: 'list',
				prompt: 'flow-sorting:sort',
				groups: [
					{ id: 'can', label: 'flow-sorting:can' },
					{ id: 'cannot', label: 'flow-sorting:cannot' }
				]
			},
			{ kind: 'review', id: 'review', prompt: 'flow-sorting:review' }
		]
	};
}
