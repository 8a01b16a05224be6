/** The review step: every question on the way here with its answer, and a button to change it. */
import type { ReviewStep } from '$lib/flows/flow-types';
import { loadStepSummaries } from '../summaries';
import { defineStepKind } from '../step-kind';

export default defineStepKind<ReviewStep>({
	kind: 'review',
	// The view sums up answers of other steps: every kind's summary comes with it.
	view: async () => (await Promise.all([import('./ReviewStep.svelte'), loadStepSummaries()]))[0]
});
