/**
 * Carrying a problem chosen in "My problems" into "Weigh my options": the problem's words (the one
 * picked, and how the person described it) become the first words of the decision, which the
 * person can change.
 */
import { answerOf } from '$lib/flows/conditions';
import type { Answers } from '$lib/flows/flow-types';
import { listOf, textOf } from '$lib/flows/step-answers';

/** The problems flow's steps that hold the chosen problem (see problems.flow.ts). */
const PROBLEM_LIST = 'list';
const PROBLEM_PICK = 'pick';
const PROBLEM_SPECIFIC = 'specific';

/** The chosen problem in the person's words, or '' when none was chosen or described. */
export function chosenProblemText(problemAnswers: Answers): string {
	const pick = answerOf(problemAnswers, PROBLEM_PICK);
	const picked = typeof pick === 'string' ? listOf(answerOf(problemAnswers, PROBLEM_LIST)).find((item) => item.id === pick) : undefined;
	const name = picked?.text.trim() ?? '';
	const specific = textOf(answerOf(problemAnswers, PROBLEM_SPECIFIC)).trim();
	if (!specific || specific === name) return name;
	return name ? `${name}\n${specific}` : specific;
}

/** The answers a decision starts with, from a problems run: the decision text, if there is one. */
export function decisionSeedFromProblem(problemAnswers: Answers, decisionStep: string): Answers {
	const text = chosenProblemText(problemAnswers);
	return text ? { [decisionStep]: text } : {};
}
