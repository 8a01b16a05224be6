/** Feelings to pick, each with how strong it is (1–5); labels come from the `feelings` namespace. */
import * as v from 'valibot';
import type { FeelingAnswer, FeelingsStep } from '$lib/flows/flow-types';
import { feelingAnswerSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<FeelingsStep, FeelingAnswer[]>({
	kind: 'feelings',
	answerSchema: v.array(feelingAnswerSchema),
	salvage: (_step, value) => salvageList(value, feelingAnswerSchema),
	summary: (_step, answer, _answers, t) =>
		answer.map((feeling) => `${t(`feelings:${feeling.id}`)}: ${t(`feelings:intensity.${feeling.intensity}`)}`),
	namespaces: ['feelings'],
	view: () => import('./FeelingsStep.svelte')
});
