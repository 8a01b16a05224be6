/** The shape and checks of a `scale` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { ScaleStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { scaleDefinition } from './definition';

export default defineStepChecks<ScaleStep>({
	definitionSchema: scaleDefinition,
	check(step, context) {
		const { min, max } = step;
		if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
			context.report('bad-scale', `the scale goes from ${min} to ${max}; min must be below max`);
		}
	},
	texts: (step) => [
		['minLabel', step.minLabel],
		['maxLabel', step.maxLabel]
	],
	conditions: {
		equals: (_step, value) => (typeof value === 'number' ? undefined : 'compares a scale with something that is not a number'),
		count: () => undefined,
		greaterThan(step, other) {
			if (other.kind !== 'scale') return `compares it with "${other.id}", but "greaterThan" only compares two scale steps`;
			if (other.id === step.id) return 'compares it with itself';
			const { min, max } = other as ScaleStep;
			if (min !== step.min || max !== step.max) return `compares it with "${other.id}", a scale of other numbers (${min} to ${max})`;
			return undefined;
		}
	}
});
