/** Next steps drawn from the needs, each of which can become a small step with a date. */
import * as v from 'valibot';
import type { ActionItem, ActionsStep } from '$lib/flows/flow-types';
import { decisionFreeText, describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { checkReference } from '../decision-references';
import { actionSchema, oldActionSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { actionsDefinition } from './definition';

export default defineStepKind<ActionsStep, ActionItem[]>({
	kind: 'actions',
	definitionSchema: actionsDefinition,
	answerSchema: v.array(actionSchema),
	salvage: (_step, value) => salvageList(value, actionSchema, oldActionSchema),
	check(step, context) {
		checkReference(step, context, 'source', 'options');
		checkReference(step, context, 'readiness', 'readiness', true);
		checkReference(step, context, 'reality', 'reality', true);
		checkReference(step, context, 'weigh', 'weigh', true);
	},
	conditions: { count: () => undefined },
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./ActionsStep.svelte')
});
