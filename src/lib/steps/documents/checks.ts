/** The shape and checks of a `documents` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { DocumentsStep } from './definition';
import { defineStepChecks } from '../step-kind';
import { documentsDefinition } from './definition';

export default defineStepChecks<DocumentsStep>({
	definitionSchema: documentsDefinition,
	texts: (step) => [
		['itemLabel', step.itemLabel],
		['addLabel', step.addLabel]
	]
});
