/** The shape and checks of a `text` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { TextStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { textDefinition } from './definition';

export default defineStepChecks<TextStep>({
	definitionSchema: textDefinition,
	texts: (step) => (step.placeholder !== undefined ? [['placeholder', step.placeholder]] : [])
});
