/** A plan of small steps: what, when, with whom, what is needed. */
import * as v from 'valibot';
import type { PlanItem, PlanStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-summary';
import { planItemSchema, oldPlanItemSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { planDefinition } from './definition';

export default defineStepKind<PlanStep, PlanItem[]>({
	kind: 'plan',
	definitionSchema: planDefinition,
	answerSchema: v.array(planItemSchema),
	salvage: (_step, value) => salvageList(value, planItemSchema, oldPlanItemSchema),
	conditions: { count: () => undefined },
	summary: (_step, answer, _answers, t) =>
		answer
			.filter((item) => [item.what, item.when, item.who, item.needs].some((field) => field.trim()))
			.map((item) =>
				[
					item.what,
					item.when && `${t('steps:plan.when')}: ${item.when}`,
					item.who && `${t('steps:plan.who')}: ${item.who}`,
					item.needs && `${t('steps:plan.needs')}: ${item.needs}`
				]
					.filter(Boolean)
					.join(' · ')
			),
	freeText: decisionFreeText,
	view: () => import('./PlanStep.svelte')
});
