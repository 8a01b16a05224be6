import type { FlowDefinition } from '../flow-types';
import { flowSummary } from '../registry';

/**
 * "Weigh my options": decision support after the general method of the Ottawa Personal Decision
 * Guide and the SURE test (see shared/reference/methods.md), with the seed's reality check: clarify
 * the decision, list the options (doing nothing / waiting may be one), weigh what is good and hard
 * about each by how much it matters, hold each against the person's real situation, look at the
 * other people involved, check readiness, then see the options side by side and plan next steps.
 * It can start from a problem chosen in "My problems" (see $lib/decisions/from-problem.ts).
 */
export const decideFlow: FlowDefinition = {
	...flowSummary('decide'),
	version: 1,
	steps: [
		{
			kind: 'info',
			id: 'intro',
			prompt: 'flow-decide:steps.intro.prompt',
			body: ['flow-decide:steps.intro.body.what', 'flow-decide:steps.intro.body.yours', 'flow-decide:steps.intro.body.skip']
		},
		{
			kind: 'text',
			id: 'decision',
			prompt: 'flow-decide:steps.decision.prompt',
			help: 'flow-decide:steps.decision.help',
			noteLabel: 'flow-decide:steps.decision.noteLabel',
			placeholder: 'flow-decide:steps.decision.placeholder'
		},
		{
			kind: 'text',
			id: 'why',
			prompt: 'flow-decide:steps.why.prompt',
			help: 'flow-decide:steps.why.help',
			noteLabel: 'flow-decide:steps.why.noteLabel'
		},
		{
			kind: 'text',
			id: 'deadline',
			prompt: 'flow-decide:steps.deadline.prompt',
			help: 'flow-decide:steps.deadline.help',
			noteLabel: 'flow-decide:steps.deadline.noteLabel',
			placeholder: 'flow-decide:steps.deadline.placeholder'
		},
		{
			kind: 'choice',
			id: 'stage',
			multiple: false,
			prompt: 'flow-decide:steps.stage.prompt',
			help: 'flow-decide:steps.stage.help',
			noteLabel: 'flow-decide:steps.stage.noteLabel',
			options: [
				{ id: 'notYet', label: 'flow-decide:steps.stage.options.notYet' },
				{ id: 'thinking', label: 'flow-decide:steps.stage.options.thinking' },
				{ id: 'close', label: 'flow-decide:steps.stage.options.close' },
				{ id: 'chose', label: 'flow-decide:steps.stage.options.chose' }
			]
		},
		{
			kind: 'options',
			id: 'options',
			prompt: 'flow-decide:steps.options.prompt',
			help: 'flow-decide:steps.options.help',
			noteLabel: 'flow-decide:steps.options.noteLabel',
			itemLabel: 'flow-decide:steps.options.itemLabel',
			addLabel: 'flow-decide:steps.options.addLabel'
		},
		{
			kind: 'points',
			id: 'points',
			source: 'options',
			prompt: 'flow-decide:steps.points.prompt',
			help: 'flow-decide:steps.points.help',
			noteLabel: 'flow-decide:steps.points.noteLabel'
		},
		{
			kind: 'reality',
			id: 'reality',
			source: 'options',
			prompt: 'flow-decide:steps.reality.prompt',
			help: 'flow-decide:steps.reality.help',
			noteLabel: 'flow-decide:steps.reality.noteLabel'
		},
		{
			kind: 'people',
			id: 'people',
			source: 'options',
			prompt: 'flow-decide:steps.people.prompt',
			help: 'flow-decide:steps.people.help',
			noteLabel: 'flow-decide:steps.people.noteLabel'
		},
		{
			kind: 'choice',
			id: 'role',
			multiple: false,
			prompt: 'flow-decide:steps.role.prompt',
			help: 'flow-decide:steps.role.help',
			noteLabel: 'flow-decide:steps.role.noteLabel',
			options: [
				{ id: 'myself', label: 'flow-decide:steps.role.options.myself' },
				{ id: 'together', label: 'flow-decide:steps.role.options.together' },
				{ id: 'other', label: 'flow-decide:steps.role.options.other' }
			]
		},
		{
			kind: 'readiness',
			id: 'readiness',
			prompt: 'flow-decide:steps.readiness.prompt',
			help: 'flow-decide:steps.readiness.help',
			noteLabel: 'flow-decide:steps.readiness.noteLabel',
			// In the spirit of the SURE test: Sure, Understand the information, Risk-benefit (values), Encouragement.
			questions: [
				{
					id: 'sure',
					label: 'flow-decide:steps.readiness.questions.sure.label',
					statement: 'flow-decide:steps.readiness.questions.sure.statement',
					need: 'flow-decide:steps.readiness.questions.sure.need',
					helps: ['time', 'talk']
				},
				{
					id: 'know',
					label: 'flow-decide:steps.readiness.questions.know.label',
					statement: 'flow-decide:steps.readiness.questions.know.statement',
					need: 'flow-decide:steps.readiness.questions.know.need',
					helps: ['learn']
				},
				{
					id: 'values',
					label: 'flow-decide:steps.readiness.questions.values.label',
					statement: 'flow-decide:steps.readiness.questions.values.statement',
					need: 'flow-decide:steps.readiness.questions.values.need',
					helps: ['time']
				},
				{
					id: 'support',
					label: 'flow-decide:steps.readiness.questions.support.label',
					statement: 'flow-decide:steps.readiness.questions.support.statement',
					need: 'flow-decide:steps.readiness.questions.support.need',
					helps: ['talk', 'resource']
				}
			]
		},
		{
			kind: 'weigh',
			id: 'weigh',
			source: 'options',
			points: 'points',
			reality: 'reality',
			people: 'people',
			prompt: 'flow-decide:steps.weigh.prompt',
			help: 'flow-decide:steps.weigh.help',
			noteLabel: 'flow-decide:steps.weigh.noteLabel'
		},
		{
			kind: 'actions',
			id: 'actions',
			source: 'options',
			readiness: 'readiness',
			reality: 'reality',
			weigh: 'weigh',
			prompt: 'flow-decide:steps.actions.prompt',
			help: 'flow-decide:steps.actions.help',
			noteLabel: 'flow-decide:steps.actions.noteLabel'
		},
		{
			kind: 'info',
			id: 'later',
			prompt: 'flow-decide:steps.later.prompt',
			body: ['flow-decide:steps.later.body.back', 'flow-decide:steps.later.body.reopen', 'flow-decide:steps.later.body.share']
		}
	]
};
