/** The shape and checks of a `list` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { ListStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { listDefinition } from './definition';

export default defineStepChecks<ListStep>({
	definitionSchema: listDefinition,
	texts: (step) => [
		['itemLabel', step.itemLabel],
		['addLabel', step.addLabel]
	],
	conditions: { count: () => undefined }
});
