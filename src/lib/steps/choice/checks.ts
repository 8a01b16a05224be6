/** The shape and checks of a `choice` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { ChoiceStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { choiceDefinition } from './definition';

export default defineStepChecks<ChoiceStep>({
	definitionSchema: choiceDefinition,
	texts: (step) => step.options.map((option) => [`option "${option?.id}"`, option?.label]),
	optionIds: (step) => ({ ids: step.options.map((option) => option?.id), needsOptions: true }),
	conditions: {
		includes: (step, value) =>
			step.options.some((option) => option?.id === value) ? undefined : `includes "${value}", which is not one of its options`,
		equals(step, value) {
			if (step.multiple) return `uses "equals", which only fits a single choice, a scale or a weigh step (use "includes" for a multiple choice)`;
			return step.options.some((option) => option?.id === value) ? undefined : `equals "${String(value)}", which is not one of its options`;
		},
		count: (step) => (step.multiple ? undefined : 'counts or compares a choice step, which has no number or count')
	}
});
