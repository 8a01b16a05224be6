/** Next steps drawn from the needs, each of which can become a small step with a date. */
import * as v from 'valibot';
import type { ActionItem, ActionsStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { actionSchema, oldActionSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<ActionsStep, ActionItem[]>({
	kind: 'actions',
	answerSchema: v.array(actionSchema),
	salvage: (_step, value) => salvageList(value, actionSchema, oldActionSchema),
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./ActionsStep.svelte')
});
