/** A scale of whole numbers from min to max (e.g. 0–10), with words at both ends. */
import * as v from 'valibot';
import type { ScaleStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { scaleDefinition } from './definition';

export default defineStepKind<ScaleStep, number>({
	kind: 'scale',
	definitionSchema: scaleDefinition,
	answerSchema: v.pipe(v.number(), v.finite()),
	salvage: (step, value) =>
		typeof value === 'number' && Number.isFinite(value) && value >= step.min && value <= step.max ? value : undefined,
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
	},
	summary: (step, answer, _answers, t) => [`${answer} / ${step.max} (${step.min} = ${t(step.minLabel)}, ${step.max} = ${t(step.maxLabel)})`],
	view: () => import('./ScaleStep.svelte')
});
