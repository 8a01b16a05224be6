/** A scale of whole numbers from min to max (e.g. 0–10), with words at both ends. */
import * as v from 'valibot';
import type { ScaleStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<ScaleStep, number>({
	kind: 'scale',
	answerSchema: v.pipe(v.number(), v.finite()),
	salvage: (step, value) =>
		typeof value === 'number' && Number.isFinite(value) && value >= step.min && value <= step.max ? value : undefined,
	summary: (step, answer, _answers, t) => [`${answer} / ${step.max} (${step.min} = ${t(step.minLabel)}, ${step.max} = ${t(step.maxLabel)})`],
	view: () => import('./ScaleStep.svelte')
});
