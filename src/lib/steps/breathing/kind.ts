/** Slow breathing with a pacer; the person picks a length in minutes; the answer is the minutes done. */
import * as v from 'valibot';
import type { BreathingStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<BreathingStep, number>({
	kind: 'breathing',
	answerSchema: v.pipe(v.number(), v.finite(), v.minValue(0)),
	summary: (_step, answer, _answers, t) => [t('steps:breathing.minutes', { count: answer })],
	namespaces: ['steps'],
	view: () => import('./BreathingStep.svelte')
});
