/** A choice of one option, or of several (`multiple`). */
import * as v from 'valibot';
import type { ChoiceStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { choiceDefinition } from './definition';

export default defineStepKind<ChoiceStep, string | string[]>({
	kind: 'choice',
	definitionSchema: choiceDefinition,
	answerSchema: v.union([v.string(), v.array(v.string())]),
	salvage(step, value) {
		// A single choice that became multiple is wrapped in a list, and the other way round.
		if (step.multiple) return typeof value === 'string' ? [value] : salvageList(value, v.string());
		if (typeof value === 'string') return value;
		return Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
	},
	texts: (step) => step.options.map((option) => [`option "${option?.id}"`, option?.label]),
	optionIds: (step) => ({ ids: step.options.map((option) => option?.id), needsOptions: true }),
	conditions: {
		includes: (step, value) =>
			step.options.some((option) => option?.id === value) ? undefined : `includes "${value}", which is not one of its options`,
		equals(step, value) {
			if (step.multiple) return `uses "equals", which only fits a single choice, a scale or a weigh step (use "includes" for a multiple choice)`;
			return step.options.some((option) => option?.id === value) ? undefined : `equals "${String(value)}", which is not one of its options`;
		},
		count: (step) => (step.multiple ? undefined : 'counts or compares a choice step, which has no number or count')
	},
	summary(step, answer, _answers, t) {
		const chosen: unknown[] = Array.isArray(answer) ? answer : [answer];
		return step.options.filter((option) => chosen.includes(option.id)).map((option) => t(option.label));
	},
	view: () => import('./ChoiceStep.svelte')
});
