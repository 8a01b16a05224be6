/** The review step: every question on the way here with its answer, and a button to change it. */
import type { ReviewStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { reviewDefinition } from './definition';

export default defineStepKind<ReviewStep>({
	kind: 'review',
	definitionSchema: reviewDefinition,
	view: () => import('./ReviewStep.svelte')
});
