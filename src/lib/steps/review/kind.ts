/** The review step: every question on the way here with its answer, and a button to change it. */
import type { ReviewStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { stepSchema } from '../step-schema';

export default defineStepKind<ReviewStep>({
	kind: 'review',
	definitionSchema: stepSchema('review', {}),
	view: () => import('./ReviewStep.svelte')
});
