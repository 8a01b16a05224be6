/** The options of a decision, as many as the person likes; "doing nothing / waiting" can be added. */
import * as v from 'valibot';
import type { DecisionOption, OptionsStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { decisionOptionSchema, oldOptionSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<OptionsStep, DecisionOption[]>({
	kind: 'options',
	answerSchema: v.array(decisionOptionSchema),
	salvage: (_step, value) => salvageList(value, decisionOptionSchema, oldOptionSchema),
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./OptionsStep.svelte')
});
