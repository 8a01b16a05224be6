/**
 * The readiness check (four yes/no questions in the spirit of the SURE test) and the decision
 * needs it names, together with the needs the reality check shows, and the next steps they
 * suggest: find a resource, talk to someone, learn more, take time.
 */
import { ACTION_KINDS, UNDECIDED, type ActionKind, type NeedId, type ReadinessQuestion } from '$lib/flows/flow-types';
import type { YesNo } from './decision-answers';
import type { Weighing } from './weigh';

export type DecisionNeed =
	/** A "no" in the readiness check. */
	| { from: 'readiness'; question: ReadinessQuestion; helps: ActionKind[] }
	/** An option needs what the person cannot get: a service or someone may help. */
	| { from: 'cannot'; optionId: string; needs: NeedId[]; helps: ActionKind[] }
	/** An option may not be safe: help lines and services first. */
	| { from: 'safety'; optionId: string; unsure: boolean; helps: ActionKind[] };

/** The questions answered "no", in the order asked. */
export function readinessNos(questions: readonly ReadinessQuestion[], readiness: Record<string, YesNo>): ReadinessQuestion[] {
	return questions.filter((question) => readiness[question.id] === 'no');
}

/** Ready: every question answered, and all with "yes". */
export function isReady(questions: readonly ReadinessQuestion[], readiness: Record<string, YesNo>): boolean {
	return questions.every((question) => readiness[question.id] === 'yes');
}

/**
 * The needs of a decision: each "no" of the readiness check, then, for the option the person
 * leans to (or every option while they lean to none), what it needs that they cannot get and
 * whether it may not be safe.
 */
export function decisionNeeds(input: {
	questions: readonly ReadinessQuestion[];
	readiness: Record<string, YesNo>;
	weighing: Weighing;
	lean?: string;
}): DecisionNeed[] {
	const needs: DecisionNeed[] = readinessNos(input.questions, input.readiness).map((question) => ({
		from: 'readiness',
		question,
		helps: question.helps.filter((kind) => (ACTION_KINDS as readonly string[]).includes(kind))
	}));
	const leaned = input.weighing.options.find((option) => option.id === input.lean && input.lean !== UNDECIDED);
	for (const option of leaned ? [leaned] : input.weighing.options) {
		if (option.marks.unsafe || option.marks.unsureSafe) {
			needs.push({ from: 'safety', optionId: option.id, unsure: !option.marks.unsafe, helps: ['resource', 'talk'] });
		}
		if (option.marks.cannot.length > 0) needs.push({ from: 'cannot', optionId: option.id, needs: option.marks.cannot, helps: ['resource'] });
	}
	return needs;
}

/** The kinds of next step the needs suggest, in the usual order (find help first). */
export function suggestedActions(needs: readonly DecisionNeed[]): ActionKind[] {
	const wanted = new Set(needs.flatMap((need) => need.helps));
	return ACTION_KINDS.filter((kind) => wanted.has(kind));
}
