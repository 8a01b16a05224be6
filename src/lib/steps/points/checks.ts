/** The shape and checks of a `points` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { PointsStep } from '$lib/flows/flow-types';
import { checkReference } from '../decision-references';
import { defineStepChecks } from '../step-kind';
import { pointsDefinition } from './definition';

export default defineStepChecks<PointsStep>({
	definitionSchema: pointsDefinition,
	check: (step, context) => checkReference(step, context, 'source', 'options'),
	conditions: { count: () => undefined }
});
