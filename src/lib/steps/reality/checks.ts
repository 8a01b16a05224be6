/** The shape and checks of a `reality` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { RealityStep } from '$lib/flows/flow-types';
import { checkReference } from '../decision-references';
import { defineStepChecks } from '../step-kind';
import { realityDefinition } from './definition';

export default defineStepChecks<RealityStep>({
	definitionSchema: realityDefinition,
	check: (step, context) => checkReference(step, context, 'source', 'options'),
	conditions: { count: () => undefined }
});
