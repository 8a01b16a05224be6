/** Good and hard points of the options of `source`, each with how much it matters. */
import * as v from 'valibot';
import type { DecisionPoint, PointsStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { decisionPointSchema, oldPointSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<PointsStep, DecisionPoint[]>({
	kind: 'points',
	answerSchema: v.array(decisionPointSchema),
	salvage: (_step, value) => salvageList(value, decisionPointSchema, oldPointSchema),
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./PointsStep.svelte')
});
