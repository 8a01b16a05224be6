/** For each option of `source`: what it needs, what is in the person's control, who it affects, safety. */
import * as v from 'valibot';
import type { RealityAnswer, RealityStep } from '$lib/flows/flow-types';
import { decisionFreeText, describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { checkReference } from '../decision-references';
import { realityCheckOf, realityCheckSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageRecord } from '../answer-salvage';
import { realityDefinition } from './definition';

export default defineStepKind<RealityStep, RealityAnswer>({
	kind: 'reality',
	definitionSchema: realityDefinition,
	/** Option id -> its reality check. */
	answerSchema: v.record(v.string(), realityCheckSchema),
	salvage: (_step, value) => salvageRecord(value, (_optionId, check) => realityCheckOf(check)),
	check: (step, context) => checkReference(step, context, 'source', 'options'),
	conditions: { count: () => undefined },
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./RealityStep.svelte')
});
