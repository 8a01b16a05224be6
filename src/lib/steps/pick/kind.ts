/** Pick one item of an earlier list, optionally only items that a sort step put in one group. */
import * as v from 'valibot';
import type { PickStep } from '$lib/flows/flow-types';
import { pickableItems } from '$lib/flows/step-answers';
import { defineStepKind } from '../step-kind';

export default defineStepKind<PickStep, string>({
	kind: 'pick',
	answerSchema: v.string(),
	// A picked item that is no longer offered (sorted elsewhere since, or removed) is not shown as
	// chosen; the stored answer stays, so sorting it back brings the choice back.
	summary(step, answer, answers) {
		const item = pickableItems(answers, step).find((candidate) => candidate.id === answer);
		return item ? [item.text] : [];
	},
	namespaces: ['steps'],
	view: () => import('./PickStep.svelte')
});
