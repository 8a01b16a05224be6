/** Pick one item of an earlier list, optionally only items that a sort step put in one group. */
import * as v from 'valibot';
import type { PickStep } from '$lib/flows/flow-types';
import { pickableItems } from '$lib/flows/step-answers';
import { defineStepKind } from '../step-kind';
import { pickDefinition } from './definition';

export default defineStepKind<PickStep, string>({
	kind: 'pick',
	definitionSchema: pickDefinition,
	answerSchema: v.string(),
	check(step, context) {
		if (!context.isEarlier(step.source) || context.stepAt(step.source)?.kind !== 'list') {
			context.report('bad-source', `source "${step.source}" is not an earlier list step`);
		}
		if (step.filter === undefined) return;
		const sort = context.stepAt(step.filter.sort) as { kind: string; id: string; source?: string; groups?: { id: string }[] } | undefined;
		if (!sort || sort.kind !== 'sort' || !context.isEarlier(sort.id)) {
			context.report('bad-filter', `filter.sort "${step.filter.sort}" is not an earlier sort step`);
		} else if (sort.source !== step.source) {
			context.report('bad-filter', `filter.sort "${sort.id}" sorts "${sort.source}", not "${step.source}"`);
		} else if (!(sort.groups ?? []).some((group) => group?.id === step.filter?.group)) {
			context.report('bad-filter', `filter.group "${step.filter.group}" is not a group of "${sort.id}"`);
		}
	},
	// A picked item that is no longer offered (sorted elsewhere since, or removed) is not shown as
	// chosen; the stored answer stays, so sorting it back brings the choice back.
	summary(step, answer, answers) {
		const item = pickableItems(answers, step).find((candidate) => candidate.id === answer);
		return item ? [item.text] : [];
	},
	view: () => import('./PickStep.svelte')
});
