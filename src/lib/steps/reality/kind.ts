/** For each option of `source`: what it needs, what is in the person's control, who it affects, safety. */
import * as v from 'valibot';
import type { RealityAnswer, RealityStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { realityCheckOf, realityCheckSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageRecord } from '../answer-salvage';

export default defineStepKind<RealityStep, RealityAnswer>({
	kind: 'reality',
	/** Option id -> its reality check. */
	answerSchema: v.record(v.string(), realityCheckSchema),
	salvage: (_step, value) => salvageRecord(value, (_optionId, check) => realityCheckOf(check)),
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./RealityStep.svelte')
});
