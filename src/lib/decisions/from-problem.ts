/**
 * Carrying an item chosen in another run into a new one (a problem chosen in "My problems" into
 * "Weigh my options"): the item's words (the one picked, and how the person described it) become
 * the first words of a text step, which the person can change. The target flow names the steps
 * (`carryIn` in its definition: `pick`, `details` of the source flow, `into` of its own).
 */
import { answerOf } from '$lib/flows/conditions';
import type { Answers, CarryIn, FlowDefinition } from '$lib/flows/flow-types';
import { listOf, textOf } from '$lib/flows/step-answers';

/** The steps of the source run that hold the chosen item: the pick, its list, the words that describe it. */
export interface ChosenItemSteps {
	pick: string;
	list: string;
	details?: string;
}

/** The steps a `carryIn` names in the source flow, or undefined when its pick is not a pick step there. */
export function chosenItemSteps(carry: CarryIn, source: FlowDefinition): ChosenItemSteps | undefined {
	const pick = source.steps.find((step) => step.id === carry.pick);
	return pick?.kind === 'pick' ? { pick: pick.id, list: pick.source, details: carry.details } : undefined;
}

/** The chosen item in the person's words, or '' when none was chosen or described. */
export function chosenProblemText(problemAnswers: Answers, steps: ChosenItemSteps): string {
	const pick = answerOf(problemAnswers, steps.pick);
	const picked = typeof pick === 'string' ? listOf(answerOf(problemAnswers, steps.list)).find((item) => item.id === pick) : undefined;
	const name = picked?.text.trim() ?? '';
	const specific = steps.details === undefined ? '' : textOf(answerOf(problemAnswers, steps.details)).trim();
	if (!specific || specific === name) return name;
	return name ? `${name}\n${specific}` : specific;
}

/** The answers a decision starts with, from a problems run: the decision text, if there is one. */
export function decisionSeedFromProblem(problemAnswers: Answers, steps: ChosenItemSteps, decisionStep: string): Answers {
	const text = chosenProblemText(problemAnswers, steps);
	return text ? { [decisionStep]: text } : {};
}
