/** A plan of small steps: what, when, with whom, what is needed. */
import * as v from 'valibot';
import type { PlanItem, PlanStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { planItemSchema, oldPlanItemSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<PlanStep, PlanItem[]>({
	kind: 'plan',
	answerSchema: v.array(planItemSchema),
	salvage: (_step, value) => salvageList(value, planItemSchema, oldPlanItemSchema),
	summary: (_step, answer, _answers, t) =>
		answer
			.filter((item) => [item.what, item.when, item.who, item.needs, item.date ?? ''].some((field) => field.trim()))
			.map((item) =>
				[
					item.what,
					item.when && `${t('steps:plan.when')}: ${item.when}`,
					item.who && `${t('steps:plan.who')}: ${item.who}`,
					item.needs && `${t('steps:plan.needs')}: ${item.needs}`,
					item.date && `${t('steps:plan.date')}: ${item.date}`
				]
					.filter(Boolean)
					.join(' · ')
			),
	freeText: decisionFreeText,
	namespaces: ['steps'],
	view: () => import('./PlanStep.svelte')
});
