/** The items of an earlier list, each put in one of a few groups. */
import * as v from 'valibot';
import type { SortStep } from '$lib/flows/flow-types';
import { itemsToSort } from '$lib/flows/step-answers';
import { defineStepKind } from '../step-kind';
import { salvageRecord } from '../answer-salvage';

export default defineStepKind<SortStep, Record<string, string>>({
	kind: 'sort',
	/** Item id -> group id. */
	answerSchema: v.record(v.string(), v.string()),
	salvage: (_step, value) => salvageRecord(value, (_key, group) => (typeof group === 'string' ? group : undefined)),
	summary: (step, placed, answers, t) =>
		itemsToSort(answers, step.source)
			.filter((item) => placed[item.id])
			.map((item) => {
				const group = step.groups.find((g) => g.id === placed[item.id]);
				return `${item.text}: ${group ? t(group.label) : ''}`;
			}),
	namespaces: ['steps'],
	view: () => import('./SortStep.svelte')
});
