/** A week: each activity chosen or written in earlier steps, planned on days of the week. */
import * as v from 'valibot';
import { cleanDays } from '$lib/activities/week';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { activityLabel, plannedActivitySchema, type PlannedActivity, type WeekAnswer } from './answer';
import type { WeekStep } from './definition';

export default defineStepKind<WeekStep, WeekAnswer>({
	kind: 'week',
	answerSchema: v.array(plannedActivitySchema),
	salvage(_step, value) {
		const items = salvageList(value, plannedActivitySchema);
		if (!items) return undefined;
		const clean = items.map((item): PlannedActivity => {
			const days = cleanDays(item.days);
			return days.length === item.days.length && days.every((day, i) => day === item.days[i]) ? item : { ...item, days };
		});
		// A plan that already fits is returned as it is (the same reference), so that a saved run resumes.
		return clean.every((item, i) => item === items[i]) ? items : clean;
	},
	summary: (_step, answer, _answers, t) =>
		answer
			.filter((item) => item.days.length > 0)
			.map((item) => `${activityLabel(item, t)}: ${item.days.map((day) => t(`steps:week.days.${day}`)).join(', ')}`),
	freeText: (answer) => answer.filter((item) => item.own).map((item) => item.label).join('\n'),
	namespaces: ['steps'],
	view: () => import('./WeekStep.svelte')
});
