/** A choice of one option, or of several (`multiple`). */
import * as v from 'valibot';
import type { ChoiceStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<ChoiceStep, string | string[]>({
	kind: 'choice',
	answerSchema: v.union([v.string(), v.array(v.string())]),
	salvage(step, value) {
		// A single choice that became multiple is wrapped in a list, and the other way round.
		if (step.multiple) return typeof value === 'string' ? [value] : salvageList(value, v.string());
		if (typeof value === 'string') return value;
		return Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
	},
	summary(step, answer, _answers, t) {
		const chosen: unknown[] = Array.isArray(answer) ? answer : [answer];
		return step.options.filter((option) => chosen.includes(option.id)).map((option) => t(option.label));
	},
	view: () => import('./ChoiceStep.svelte')
});
