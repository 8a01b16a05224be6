/** Slow breathing with a pacer; the person picks a length in minutes; the answer is the minutes done. */
import * as v from 'valibot';
import type { BreathingStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { breathingDefinition } from './definition';

export default defineStepKind<BreathingStep, number>({
	kind: 'breathing',
	definitionSchema: breathingDefinition,
	answerSchema: v.pipe(v.number(), v.finite(), v.minValue(0)),
	check(step, context) {
		const lengths = Array.isArray(step.lengths) ? step.lengths : [];
		if (lengths.length === 0 || lengths.some((length) => !(typeof length === 'number' && length > 0))) {
			context.report('bad-lengths', 'breathing needs one or more lengths in minutes, each above 0');
		}
	},
	conditions: { count: () => undefined },
	summary: (_step, answer, _answers, t) => [t('steps:breathing.minutes', { count: answer })],
	view: () => import('./BreathingStep.svelte')
});
