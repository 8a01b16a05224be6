/**
 * The conditions of the programme rules of "What might I be entitled to?": which household answers
 * make a programme worth asking about. Kept apart from the programmes' details (entitlements.ts:
 * documents, where to ask, and the sources these conditions come from, under the same key), so that
 * the step that reads them stays small on every page. A condition never decides: the office does.
 */

/** The household questions, and the answers each can have (the flow's option ids). */
export const HOUSEHOLD_ANSWERS = {
	members: ['pregnant', 'under6', 'school', 'older', 'disability', 'none'],
	money: ['hard', 'tight', 'enough'],
	welfare: ['yes', 'no', 'unsure'],
	health: ['none', 'paid', 'free', 'unsure'],
	legal: ['yes', 'no']
} as const;

export type HouseholdQuestion = keyof typeof HOUSEHOLD_ANSWERS;
export type HouseholdAnswer<Q extends HouseholdQuestion> = (typeof HOUSEHOLD_ANSWERS)[Q][number];

/** A condition: the answer to `question` is (or, for `members`, includes) one of `oneOf`. */
export interface RuleCondition<Q extends HouseholdQuestion = HouseholdQuestion> {
	question: Q;
	oneOf: readonly HouseholdAnswer<Q>[];
}

export type ProgramKey = 'pkh' | 'sembako' | 'pbiJkn' | 'pip' | 'atensi' | 'legalAid';

export interface ProgramCondition {
	key: ProgramKey;
	/** Every condition must hold; each holding one gives a reason (the answers that matched). */
	when: readonly RuleCondition[];
	/** The programme uses the national welfare data (DTKS, now DTSEN): not being in it is the first thing to fix. */
	usesWelfareData: boolean;
}

/** "Money is hard or tight": every programme for people on low incomes starts here. */
const LOW_INCOME: RuleCondition<'money'> = { question: 'money', oneOf: ['hard', 'tight'] };

/** In the order results are shown; the source of each is in entitlements.ts under its key. */
export const PROGRAM_CONDITIONS: readonly ProgramCondition[] = [
	// PKH: poor families with a pregnant woman, a young child, a child at school, an older person or a person with a severe disability.
	{ key: 'pkh', when: [LOW_INCOME, { question: 'members', oneOf: ['pregnant', 'under6', 'school', 'older', 'disability'] }], usesWelfareData: true },
	// Sembako (BPNT): food aid for poor families in the welfare data.
	{ key: 'sembako', when: [LOW_INCOME], usesWelfareData: true },
	// PBI JKN (KIS): the government pays the health insurance of the poor and of people who cannot afford it.
	{ key: 'pbiJkn', when: [LOW_INCOME, { question: 'health', oneOf: ['none', 'unsure'] }], usesWelfareData: true },
	// PIP (KIP): school costs of children aged 6 to 21 from poor or vulnerable families.
	{ key: 'pip', when: [LOW_INCOME, { question: 'members', oneOf: ['school'] }], usesWelfareData: true },
	// ATENSI: social rehabilitation help for older people and people with disabilities.
	{ key: 'atensi', when: [{ question: 'members', oneOf: ['older', 'disability'] }], usesWelfareData: false },
	// Legal aid paid by the state (UU 16/2011), for people who cannot meet their basic needs.
	{ key: 'legalAid', when: [LOW_INCOME, { question: 'legal', oneOf: ['yes'] }], usesWelfareData: false }
];
