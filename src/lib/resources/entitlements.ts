/**
 * "What might I be entitled to?": a household's answers checked against the conditions of the
 * programme rules (bundled/entitlement-rules.ts; each programme's documents, where to ask and
 * sources are in bundled/entitlements.ts). Pure: no i18n, no storage. A result is never a verdict:
 * it names a programme worth asking about, the answers that make it so (reasons), and whether being
 * in the national welfare data comes first.
 */
import {
	HOUSEHOLD_ANSWERS,
	PROGRAM_CONDITIONS,
	type HouseholdQuestion,
	type ProgramCondition,
	type ProgramKey,
	type RuleCondition
} from './bundled/entitlement-rules';

/** The household as the person answered (any question may be left unanswered). */
export type Household = Partial<Record<HouseholdQuestion, string | string[]>>;

/** Why a programme may fit: which question, and the answers of the person that matched. */
export interface Reason {
	question: HouseholdQuestion;
	answers: string[];
}

export interface EntitlementResult {
	program: ProgramKey;
	reasons: Reason[];
	/** Not (or not surely) in the welfare data, which this programme uses: ask to be registered first. */
	registerFirst: boolean;
}

const answersOf = (household: Household, question: HouseholdQuestion): string[] => {
	const value = household[question];
	const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
	const known = HOUSEHOLD_ANSWERS[question] as readonly string[];
	return list.filter((answer) => known.includes(answer));
};

function matched(condition: RuleCondition, household: Household): Reason | undefined {
	const answers = answersOf(household, condition.question).filter((answer) => (condition.oneOf as readonly string[]).includes(answer));
	return answers.length > 0 ? { question: condition.question, answers } : undefined;
}

/** The programmes worth asking about for this household, in the rules' order, each with its reasons. */
export function checkEntitlements(household: Household, rules: readonly ProgramCondition[] = PROGRAM_CONDITIONS): EntitlementResult[] {
	const welfare = answersOf(household, 'welfare')[0];
	return rules.flatMap((rule) => {
		const reasons = rule.when.map((condition) => matched(condition, household));
		if (reasons.some((reason) => reason === undefined)) return [];
		return [{ program: rule.key, reasons: reasons as Reason[], registerFirst: rule.usesWelfareData && welfare !== 'yes' }];
	});
}

/** The steps of the flow that hold each household answer (see the entitlements step kind). */
export type HouseholdSources = Partial<Record<HouseholdQuestion, string>>;

/** The household from a run's answers. */
export function householdFromAnswers(sources: HouseholdSources, answers: Record<string, unknown>): Household {
	const household: Household = {};
	for (const [question, stepId] of Object.entries(sources) as [HouseholdQuestion, string][]) {
		const value = answers[stepId];
		if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) household[question] = value as string | string[];
	}
	return household;
}
