/** The options of a decision, as many as the person likes; "doing nothing / waiting" can be added. */
import * as v from 'valibot';
import type { DecisionOption, OptionsStep } from '$lib/flows/flow-types';
import { decisionFreeText, describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { decisionOptionSchema, oldOptionSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { optionsDefinition } from './definition';

export default defineStepKind<OptionsStep, DecisionOption[]>({
	kind: 'options',
	definitionSchema: optionsDefinition,
	answerSchema: v.array(decisionOptionSchema),
	salvage: (_step, value) => salvageList(value, decisionOptionSchema, oldOptionSchema),
	texts: (step) => [
		['itemLabel', step.itemLabel],
		['addLabel', step.addLabel]
	],
	conditions: { count: () => undefined },
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./OptionsStep.svelte')
});
