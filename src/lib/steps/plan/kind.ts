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
	check(step, context) {
		if (!step.from) return;
		if (!context.isEarlier(step.from.source) || context.stepAt(step.from.source)?.kind !== 'list') {
			context.report('bad-source', `from.source "${step.from.source}" is not an earlier list step`);
		}
		const sort = step.from.filter && (context.stepAt(step.from.filter.sort) as { kind: string; id: string; source?: string } | undefined);
		if (step.from.filter && (!sort || sort.kind !== 'sort' || !context.isEarlier(sort.id) || sort.source !== step.from.source)) {
			context.report('bad-filter', `from.filter.sort "${step.from.filter.sort}" is not an earlier sort step of "${step.from.source}"`);
		}
	},
	answerSchema: v.array(planItemSchema),
	salvage: (_step, value) => salvageList(value, planItemSchema, oldPlanItemSchema),
	conditions: { count: () => undefined },
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
	view: () => import('./PlanStep.svelte')
});
