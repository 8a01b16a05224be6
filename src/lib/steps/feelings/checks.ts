/** The shape and checks of a `feelings` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { FeelingsStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { feelingsDefinition } from './definition';

export default defineStepChecks<FeelingsStep>({
	definitionSchema: feelingsDefinition,
	texts: (step) => step.feelings.map((id) => [`feeling "${id}"`, `feelings:${id}`]),
	optionIds: (step) => ({ ids: step.feelings, needsOptions: true }),
	conditions: { count: () => undefined }
});
