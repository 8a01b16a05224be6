/**
 * Carrying an item chosen in another run into a new one (a problem chosen in "My problems" into
 * "Weigh my options"): the item's words (the one picked, and how the person described it) become
 * the first words of a text step, and the ideas written for it the first options, all of which the
 * person can change. The target flow names the steps (`carryIn` in its definition: `pick`,
 * `details` and `options.source` of the source flow, `into` and `options.into` of its own).
 */
import { answerOf } from '$lib/flows/conditions';
import type { Answers, CarryIn, DecisionOption, FlowDefinition } from '$lib/flows/flow-types';
import { newId } from '$lib/ids';
import { listOf, textOf } from '$lib/flows/step-answers';

/** The steps of the source run that hold the chosen item: the pick, its list, the words that describe it. */
export interface ChosenItemSteps {
	pick: string;
	list: string;
	details?: string;
	/** A list step of the source whose items become the options of `into` (an options step of the target). */
	options?: { source: string; into: string };
}

/** The steps a `carryIn` names in the source flow, or undefined when its pick is not a pick step there. */
export function chosenItemSteps(carry: CarryIn, source: FlowDefinition): ChosenItemSteps | undefined {
	const pick = carry.pick === undefined ? undefined : source.steps.find((step) => step.id === carry.pick);
	if (pick?.kind !== 'pick') return undefined;
	const ideas = carry.options && source.steps.find((step) => step.id === carry.options!.source);
	return { pick: pick.id, list: pick.source, details: carry.details, ...(ideas?.kind === 'list' ? { options: carry.options } : {}) };
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

/** The answers a decision starts with, from a problems run: the decision text, and the ideas for the problem as options, if there are any. */
export function decisionSeedFromProblem(problemAnswers: Answers, steps: ChosenItemSteps, decisionStep: string, newOptionId: () => string = newId): Answers {
	const text = chosenProblemText(problemAnswers, steps);
	const seed: Answers = text ? { [decisionStep]: text } : {};
	if (steps.options) {
		const options: DecisionOption[] = listOf(answerOf(problemAnswers, steps.options.source))
			.filter((idea) => idea.text.trim())
			.map((idea) => ({ id: newOptionId(), text: idea.text.trim() }));
		if (options.length > 0) seed[steps.options.into] = options;
	}
	return seed;
}
