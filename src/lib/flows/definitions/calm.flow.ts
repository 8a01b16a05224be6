import type { FlowDefinition } from '../flow-types';
import { flowSummary } from '../registry';

/**
 * "Calm": a before/after check (0 very calm .. 10 very upset), slow breathing as in PM+'s
 * managing stress, and a 5-4-3-2-1 grounding through the senses, one short step per sense.
 * The breathing pacer's texts are generic, under `breathing.*` in the `steps` namespace.
 * When the person is still very upset afterwards, or more upset than before, the exercise closes
 * with `close-help` (the help lines) instead of `close`.
 */
export const calmFlow: FlowDefinition = {
	...flowSummary('calm'),
	version: 1,
	steps: [
		{
			kind: 'scale',
			id: 'before',
			min: 0,
			max: 10,
			minLabel: 'flow-calm:scale.minLabel',
			maxLabel: 'flow-calm:scale.maxLabel',
			prompt: 'flow-calm:steps.before.prompt',
			help: 'flow-calm:steps.before.help',
			noteLabel: 'flow-calm:steps.before.noteLabel'
		},
		{
			kind: 'breathing',
			id: 'breathing',
			lengths: [1, 3, 5],
			prompt: 'flow-calm:steps.breathing.prompt',
			help: 'flow-calm:steps.breathing.help',
			noteLabel: 'flow-calm:steps.breathing.noteLabel'
		},
		{
			kind: 'info',
			id: 'ground-see',
			prompt: 'flow-calm:steps.ground-see.prompt',
			help: 'flow-calm:steps.ground-see.help',
			body: ['flow-calm:steps.ground-see.body.why']
		},
		{
			kind: 'info',
			id: 'ground-touch',
			prompt: 'flow-calm:steps.ground-touch.prompt',
			help: 'flow-calm:steps.ground-touch.help'
		},
		{
			kind: 'info',
			id: 'ground-hear',
			prompt: 'flow-calm:steps.ground-hear.prompt',
			help: 'flow-calm:steps.ground-hear.help'
		},
		{
			kind: 'info',
			id: 'ground-smell',
			prompt: 'flow-calm:steps.ground-smell.prompt',
			help: 'flow-calm:steps.ground-smell.help'
		},
		{
			kind: 'info',
			id: 'ground-taste',
			prompt: 'flow-calm:steps.ground-taste.prompt',
			help: 'flow-calm:steps.ground-taste.help'
		},
		{
			kind: 'scale',
			id: 'after',
			min: 0,
			max: 10,
			minLabel: 'flow-calm:scale.minLabel',
			maxLabel: 'flow-calm:scale.maxLabel',
			prompt: 'flow-calm:steps.after.prompt',
			help: 'flow-calm:steps.after.help',
			noteLabel: 'flow-calm:steps.after.noteLabel',
			next: [
				{
					when: { any: [{ answer: 'after', atLeast: 8 }, { answer: 'after', greaterThan: { answer: 'before' } }] },
					to: 'close-help'
				}
			]
		},
		{
			kind: 'info',
			id: 'close',
			recap: ['before', 'after'],
			prompt: 'flow-calm:steps.close.prompt',
			body: [
				'flow-calm:steps.close.body.lower',
				'flow-calm:steps.close.body.same',
				'flow-calm:steps.close.body.again'
			],
			// Past close-help, which only a high "after" score leads to.
			next: [{ when: { all: [] }, to: 'next' }]
		},
		{
			// The UI shows the help lines (and the way to the safety plan) on this step.
			kind: 'info',
			id: 'close-help',
			helpLines: true,
			recap: ['before', 'after'],
			prompt: 'flow-calm:steps.close-help.prompt',
			body: [
				'flow-calm:steps.close-help.body.okay',
				'flow-calm:steps.close-help.body.talk',
				'flow-calm:steps.close-help.body.later'
			]
		},
		{
			kind: 'next',
			id: 'next',
			prompt: 'flow-calm:steps.next.prompt',
			help: 'flow-calm:steps.next.help',
			choices: [
				{ id: 'tell', label: 'flow-calm:steps.next.choices.tell', href: '/flow/tell' },
				{ id: 'problems', label: 'flow-calm:steps.next.choices.problems', href: '/flow/problems' },
				{ id: 'help', label: 'flow-calm:steps.next.choices.help', href: '/help' },
				{ id: 'stop', label: 'flow-calm:steps.next.choices.stop', href: '' }
			]
		}
	]
};
