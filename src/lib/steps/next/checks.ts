/** The shape and checks of a `next` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { NextStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { nextDefinition } from './definition';

export default defineStepChecks<NextStep>({
	definitionSchema: nextDefinition,
	texts: (step) => step.choices.map((choice) => [`choice "${choice?.id}"`, choice?.label]),
	optionIds: (step) => ({ ids: step.choices.map((choice) => choice?.id), needsOptions: false })
});
