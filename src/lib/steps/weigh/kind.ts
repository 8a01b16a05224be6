/**
 * The options side by side with a chart of their weights and reality-check marks; the answer is
 * the option the person leans to (an option id, or UNDECIDED).
 */
import * as v from 'valibot';
import type { WeighStep } from '$lib/flows/flow-types';
import { describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { checkReference } from '../decision-references';
import { defineStepKind } from '../step-kind';
import { weighDefinition } from './definition';

export default defineStepKind<WeighStep, string>({
	kind: 'weigh',
	definitionSchema: weighDefinition,
	answerSchema: v.string(),
	check(step, context) {
		checkReference(step, context, 'source', 'options');
		checkReference(step, context, 'points', 'points');
		checkReference(step, context, 'reality', 'reality', true);
		checkReference(step, context, 'people', 'people', true);
	},
	conditions: {
		// The option leaned to is the person's own option id (unknown here), or UNDECIDED.
		equals: (_step, value) => (typeof value === 'string' ? undefined : 'compares the option leaned to with something that is not text')
	},
	// It sums up the earlier answers even before the person leans to an option.
	summarizesWithoutAnswer: true,
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	namespaces: ['decision'],
	view: () => import('./DecisionSummaryStep.svelte')
});
