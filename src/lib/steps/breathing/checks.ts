/** The shape and checks of a `breathing` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { BreathingStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { breathingDefinition } from './definition';

export default defineStepChecks<BreathingStep>({
	definitionSchema: breathingDefinition,
	check(step, context) {
		const lengths = Array.isArray(step.lengths) ? step.lengths : [];
		if (lengths.length === 0 || lengths.some((length) => !(typeof length === 'number' && length > 0))) {
			context.report('bad-lengths', 'breathing needs one or more lengths in minutes, each above 0');
		}
	},
	conditions: { count: () => undefined }
});
