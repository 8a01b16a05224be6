import type { FlowDefinition } from '../flow-types';
import { flowSummary } from '../registry';

/**
 * "Tell it": the person says what is happening in their own words (seed point 3), names their
 * feelings and the parts of life touched, and gets it back with kind words (seed point 2; see
 * `reflection.ts`). A gentle safety question leads to help before anything else.
 */
export const tellFlow: FlowDefinition = {
	...flowSummary('tell'),
	// 2: the danger question became two, danger and thoughts of ending one's life.
	version: 2,
	steps: [
		{
			kind: 'info',
			id: 'welcome',
			prompt: 'flow-tell:steps.welcome.prompt',
			// That it stays on this phone is said once, under the step, as on every step.
			body: ['flow-tell:steps.welcome.body.noWrong', 'flow-tell:steps.welcome.body.skip']
		},
		{
			kind: 'feelings',
			id: 'feelings',
			prompt: 'flow-tell:steps.feelings.prompt',
			help: 'flow-tell:steps.feelings.help',
			noteLabel: 'flow-tell:steps.feelings.noteLabel',
			// Labels come from the `feelings` namespace. The last three are lighter feelings:
			// reflection.ts treats them apart.
			feelings: [
				'sad',
				'afraid',
				'angry',
				'worried',
				'tired',
				'confused',
				'lonely',
				'ashamed',
				'guilty',
				'hopeless',
				'disappointed',
				'relieved',
				'hopeful',
				'calm'
			]
		},
		{
			kind: 'text',
			id: 'what',
			prompt: 'flow-tell:steps.what.prompt',
			help: 'flow-tell:steps.what.help',
			noteLabel: 'flow-tell:steps.what.noteLabel',
			placeholder: 'flow-tell:steps.what.placeholder'
		},
		{
			kind: 'choice',
			id: 'areas',
			multiple: true,
			prompt: 'flow-tell:steps.areas.prompt',
			help: 'flow-tell:steps.areas.help',
			noteLabel: 'flow-tell:steps.areas.noteLabel',
			options: [
				{ id: 'health', label: 'flow-tell:steps.areas.options.health' },
				{ id: 'feelings', label: 'flow-tell:steps.areas.options.feelings' },
				{ id: 'family', label: 'flow-tell:steps.areas.options.family' },
				{ id: 'money', label: 'flow-tell:steps.areas.options.money' },
				{ id: 'housing', label: 'flow-tell:steps.areas.options.housing' },
				{ id: 'legal', label: 'flow-tell:steps.areas.options.legal' },
				{ id: 'safety', label: 'flow-tell:steps.areas.options.safety' }
			]
		},
		{
			// Two questions, one thing each: danger from outside, then thoughts of ending one's life.
			kind: 'choice',
			id: 'danger',
			multiple: false,
			prompt: 'flow-tell:steps.danger.prompt',
			help: 'flow-tell:steps.danger.help',
			noteLabel: 'flow-tell:steps.danger.noteLabel',
			options: [
				{ id: 'no', label: 'flow-tell:steps.danger.options.no' },
				{ id: 'unsure', label: 'flow-tell:steps.danger.options.unsure' },
				{ id: 'yes', label: 'flow-tell:steps.danger.options.yes' }
			]
		},
		{
			kind: 'choice',
			id: 'thoughts',
			multiple: false,
			prompt: 'flow-tell:steps.thoughts.prompt',
			help: 'flow-tell:steps.thoughts.help',
			noteLabel: 'flow-tell:steps.thoughts.noteLabel',
			options: [
				{ id: 'no', label: 'flow-tell:steps.thoughts.options.no' },
				{ id: 'unsure', label: 'flow-tell:steps.thoughts.options.unsure' },
				{ id: 'yes', label: 'flow-tell:steps.thoughts.options.yes' }
			],
			// "Yes" or "not sure" to either question goes on to the next step, safety-help; anything
			// else (also no answer) skips it.
			next: [
				{
					when: {
						not: {
							any: [
								{ answer: 'danger', equals: 'yes' },
								{ answer: 'danger', equals: 'unsure' },
								{ answer: 'thoughts', equals: 'yes' },
								{ answer: 'thoughts', equals: 'unsure' }
							]
						}
					},
					to: 'tried'
				}
			]
		},
		{
			// The UI shows the help-line panel on this step.
			kind: 'info',
			id: 'safety-help',
			helpLines: true,
			prompt: 'flow-tell:steps.safety-help.prompt',
			body: [
				'flow-tell:steps.safety-help.body.notAlone',
				'flow-tell:steps.safety-help.body.danger',
				'flow-tell:steps.safety-help.body.talk',
				'flow-tell:steps.safety-help.body.goOn'
			]
		},
		{
			kind: 'text',
			id: 'tried',
			prompt: 'flow-tell:steps.tried.prompt',
			help: 'flow-tell:steps.tried.help',
			noteLabel: 'flow-tell:steps.tried.noteLabel',
			placeholder: 'flow-tell:steps.tried.placeholder'
		},
		{
			kind: 'text',
			id: 'wish',
			prompt: 'flow-tell:steps.wish.prompt',
			help: 'flow-tell:steps.wish.help',
			noteLabel: 'flow-tell:steps.wish.noteLabel',
			placeholder: 'flow-tell:steps.wish.placeholder'
		},
		{
			kind: 'reflection',
			id: 'reflection',
			prompt: 'flow-tell:steps.reflection.prompt',
			help: 'flow-tell:steps.reflection.help'
		},
		{
			kind: 'next',
			id: 'next',
			prompt: 'flow-tell:steps.next.prompt',
			help: 'flow-tell:steps.next.help',
			choices: [
				{ id: 'calm', label: 'flow-tell:steps.next.choices.calm', href: '/flow/calm' },
				{ id: 'problems', label: 'flow-tell:steps.next.choices.problems', href: '/flow/problems' },
				{ id: 'help', label: 'flow-tell:steps.next.choices.help', href: '/resources?from=tell' },
				{ id: 'stop', label: 'flow-tell:steps.next.choices.stop', href: '' }
			]
		}
	]
};
