/** The shape and checks of a `options` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { OptionsStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { optionsDefinition } from './definition';

export default defineStepChecks<OptionsStep>({
	definitionSchema: optionsDefinition,
	texts: (step) => [
		['itemLabel', step.itemLabel],
		['addLabel', step.addLabel]
	],
	conditions: { count: () => undefined }
});
