import type { Answer, Answers, Condition } from './flow-types';

/**
 * Conditions over a run's answers (see `Condition` in flow-types.ts). Pure and total: a malformed
 * condition or an answer of an unexpected shape makes a comparison false, it never throws.
 *
 * Comparisons (`includes`, `equals`, `atLeast`, `atMost`) only hold for an answer that is filled:
 * "nothing yet" is written `{ answer, filled: false }`, so an empty list and a missing list behave
 * the same. `greaterThan: { answer }` compares two scale answers and holds only when both are
 * numbers.
 */

/**
 * Whether an answer holds something: a non-blank string, a finite number, a non-empty array or an
 * object with at least one key.
 */
export function isAnswerFilled(answer: Answer | null | undefined): boolean {
	if (typeof answer === 'string') return answer.trim() !== '';
	if (typeof answer === 'number') return Number.isFinite(answer);
	if (Array.isArray(answer)) return answer.length > 0;
	if (answer !== null && typeof answer === 'object') return Object.keys(answer).length > 0;
	return false;
}

/** A number to compare: the scale value itself, else how many items or keys the answer has. */
function amountOf(answer: Answer): number | null {
	if (typeof answer === 'number') return answer;
	if (Array.isArray(answer)) return answer.length;
	if (answer !== null && typeof answer === 'object') return Object.keys(answer).length;
	return null;
}

/** The answer of one step, ignoring anything inherited (a step id such as "constructor"). */
export function answerOf(answers: Answers, stepId: string): Answer | undefined {
	return Object.prototype.hasOwnProperty.call(answers, stepId) ? answers[stepId] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The step whose answer a comparison such as `greaterThan: { answer }` reads on its other side. */
export function comparedStepId(condition: Record<string, unknown>): string | undefined {
	const other = condition.greaterThan;
	return isObject(other) && typeof other.answer === 'string' ? other.answer : undefined;
}

/** Evaluates a condition against the answers so far. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
	const c: unknown = condition;
	if (!isObject(c)) return false;
	if (Array.isArray(c.all)) return c.all.every((part: Condition) => evaluateCondition(part, answers));
	if (Array.isArray(c.any)) return c.any.some((part: Condition) => evaluateCondition(part, answers));
	if ('not' in c) return !evaluateCondition(c.not as Condition, answers);
	if (typeof c.answer !== 'string') return false;
	const answer = answerOf(answers, c.answer);
	if (typeof c.filled === 'boolean') return isAnswerFilled(answer) === c.filled;
	if ('greaterThan' in c) {
		const otherId = comparedStepId(c);
		const other = otherId === undefined ? undefined : answerOf(answers, otherId);
		return typeof answer === 'number' && typeof other === 'number' && answer > other;
	}
	if (answer === undefined || !isAnswerFilled(answer)) return false;
	if (typeof c.includes === 'string') {
		if (typeof answer === 'string') return answer === c.includes;
		return Array.isArray(answer) && (answer as unknown[]).includes(c.includes);
	}
	if (typeof c.equals === 'string' || typeof c.equals === 'number') return answer === c.equals;
	const amount = amountOf(answer);
	if (amount === null) return false;
	if (typeof c.atLeast === 'number') return amount >= c.atLeast;
	if (typeof c.atMost === 'number') return amount <= c.atMost;
	return false;
}

/** The step ids whose answers a condition reads, in order of appearance (with repeats removed). */
export function conditionStepIds(condition: Condition): string[] {
	const ids = new Set<string>();
	const visit = (part: unknown): void => {
		if (!isObject(part)) return;
		if (Array.isArray(part.all)) part.all.forEach(visit);
		else if (Array.isArray(part.any)) part.any.forEach(visit);
		else if ('not' in part) visit(part.not);
		else if (typeof part.answer === 'string') {
			ids.add(part.answer);
			const otherId = comparedStepId(part);
			if (otherId !== undefined) ids.add(otherId);
		}
	};
	visit(condition);
	return [...ids];
}
