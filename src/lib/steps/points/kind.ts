/** Good and hard points of the options of `source`, each with how much it matters. */
import * as v from 'valibot';
import type { DecisionPoint, PointsStep } from '$lib/flows/flow-types';
import { decisionFreeText, describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { checkReference } from '../decision-references';
import { decisionPointSchema, oldPointSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { pointsDefinition } from './definition';

export default defineStepKind<PointsStep, DecisionPoint[]>({
	kind: 'points',
	definitionSchema: pointsDefinition,
	answerSchema: v.array(decisionPointSchema),
	salvage: (_step, value) => salvageList(value, decisionPointSchema, oldPointSchema),
	check: (step, context) => checkReference(step, context, 'source', 'options'),
	conditions: { count: () => undefined },
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./PointsStep.svelte')
});
