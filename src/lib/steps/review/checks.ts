/** The shape of a `review` step's definition (used only when a flow is validated: see ../checks.ts). */
import type { ReviewStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { reviewDefinition } from './definition';

export default defineStepChecks<ReviewStep>({
	definitionSchema: reviewDefinition
});
