/**
 * The options side by side with a chart of their weights and reality-check marks; the answer is
 * the option the person leans to (an option id, or UNDECIDED).
 */
import * as v from 'valibot';
import type { WeighStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<WeighStep, string>({
	kind: 'weigh',
	answerSchema: v.string(),
	// It sums up the earlier answers even before the person leans to an option.
	summarizesWithoutAnswer: true,
	namespaces: ['decision'],
	view: () => import('./DecisionSummaryStep.svelte')
});
