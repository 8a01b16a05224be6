/**
 * "My strengths" shown back where they help most (the safety plan): from the latest finished run
 * of the strengths exercise, the strengths chosen and written, the hard time got through, what
 * helped then and what can be used now. Pure; the run is read by strengths.svelte.ts.
 */
import type { Answers, ChoiceStep, FlowDefinition } from '$lib/flows/flow-types';
import { chosenOf, listOf, textOf } from '$lib/flows/step-answers';

export interface Strengths {
	/** Strengths chosen (in the current language) and written, in order. */
	strengths: string[];
	coped: string;
	helped: string;
	now: string;
}

/** What a strengths run says, or undefined when it says nothing yet. */
export function strengthsOf(definition: FlowDefinition, answers: Answers, t: (key: string) => string): Strengths | undefined {
	const qualities = definition.steps.find((step): step is ChoiceStep => step.id === 'qualities' && step.kind === 'choice');
	const chosen = chosenOf(answers.qualities);
	const strengths = [
		...(qualities?.options ?? []).filter((option) => chosen.includes(option.id)).map((option) => t(option.label)),
		...listOf(answers.own)
			.map((item) => item.text.trim())
			.filter(Boolean)
	];
	const result = { strengths, coped: textOf(answers.coped).trim(), helped: textOf(answers.helped).trim(), now: textOf(answers.now).trim() };
	return strengths.length > 0 || result.coped || result.helped || result.now ? result : undefined;
}
