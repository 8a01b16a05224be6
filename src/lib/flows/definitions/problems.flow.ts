import type { FlowDefinition } from '../flow-types';
import { flowSummary } from '../registry';

/**
 * "My problems": problem management in the shape of WHO PM+ (see shared/reference/methods.md):
 * list, sort into what the person can and cannot influence, pick one (easier first), say it
 * specifically, brainstorm, keep the helpful ideas, plan small steps, and look back later.
 */
export const problemsFlow: FlowDefinition = {
	...flowSummary('problems'),
	version: 1,
	// Once the plan is made, the chosen problem can be carried into "Weigh my options".
	afterward: [{ id: 'decide', label: 'flow-problems:afterward.decide', href: '/flow/decide?from={run}' }],
	steps: [
		{
			kind: 'info',
			id: 'intro',
			prompt: 'flow-problems:steps.intro.prompt',
			body: [
				'flow-problems:steps.intro.body.many',
				'flow-problems:steps.intro.body.manage',
				'flow-problems:steps.intro.body.today'
			]
		},
		{
			kind: 'list',
			id: 'list',
			prompt: 'flow-problems:steps.list.prompt',
			help: 'flow-problems:steps.list.help',
			noteLabel: 'flow-problems:steps.list.noteLabel',
			itemLabel: 'flow-problems:steps.list.itemLabel',
			addLabel: 'flow-problems:steps.list.addLabel'
		},
		{
			kind: 'sort',
			id: 'sort',
			source: 'list',
			prompt: 'flow-problems:steps.sort.prompt',
			help: 'flow-problems:steps.sort.help',
			noteLabel: 'flow-problems:steps.sort.noteLabel',
			groups: [
				{ id: 'can', label: 'flow-problems:steps.sort.groups.can' },
				{ id: 'cannot', label: 'flow-problems:steps.sort.groups.cannot' }
			]
		},
		{
			// Shown to everyone: the format has no condition for "some item of a sort is in a group",
			// so the text reads well whether or not anything was put under "cannot".
			kind: 'info',
			id: 'cannot',
			prompt: 'flow-problems:steps.cannot.prompt',
			body: [
				'flow-problems:steps.cannot.body.notYourFault',
				'flow-problems:steps.cannot.body.lighter',
				'flow-problems:steps.cannot.body.where',
				'flow-problems:steps.cannot.body.none'
			]
		},
		{
			kind: 'pick',
			id: 'pick',
			source: 'list',
			filter: { sort: 'sort', group: 'can' },
			prompt: 'flow-problems:steps.pick.prompt',
			help: 'flow-problems:steps.pick.help',
			noteLabel: 'flow-problems:steps.pick.noteLabel'
		},
		{
			kind: 'text',
			id: 'specific',
			prompt: 'flow-problems:steps.specific.prompt',
			help: 'flow-problems:steps.specific.help',
			noteLabel: 'flow-problems:steps.specific.noteLabel',
			placeholder: 'flow-problems:steps.specific.placeholder'
		},
		{
			kind: 'list',
			id: 'ideas',
			prompt: 'flow-problems:steps.ideas.prompt',
			help: 'flow-problems:steps.ideas.help',
			noteLabel: 'flow-problems:steps.ideas.noteLabel',
			itemLabel: 'flow-problems:steps.ideas.itemLabel',
			addLabel: 'flow-problems:steps.ideas.addLabel'
		},
		{
			kind: 'sort',
			id: 'keep',
			source: 'ideas',
			prompt: 'flow-problems:steps.keep.prompt',
			help: 'flow-problems:steps.keep.help',
			noteLabel: 'flow-problems:steps.keep.noteLabel',
			groups: [
				{ id: 'keep', label: 'flow-problems:steps.keep.groups.keep' },
				{ id: 'drop', label: 'flow-problems:steps.keep.groups.drop' }
			]
		},
		{
			kind: 'plan',
			id: 'plan',
			prompt: 'flow-problems:steps.plan.prompt',
			help: 'flow-problems:steps.plan.help',
			noteLabel: 'flow-problems:steps.plan.noteLabel'
		},
		{
			kind: 'review',
			id: 'review',
			prompt: 'flow-problems:steps.review.prompt',
			help: 'flow-problems:steps.review.help'
		},
		{
			kind: 'info',
			id: 'later',
			prompt: 'flow-problems:steps.later.prompt',
			body: [
				'flow-problems:steps.later.body.when',
				'flow-problems:steps.later.body.allFine',
				'flow-problems:steps.later.body.notFailure',
				'flow-problems:steps.later.body.share'
			]
		}
	]
};
