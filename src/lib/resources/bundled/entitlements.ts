/**
 * The national programmes "What might I be entitled to?" checks a household against, as data
 * beside the bundled directory. A rule never decides: it says which answers make a programme worth
 * asking about, why (each condition carries the reason the person reads), which documents are
 * usually asked for, and where to ask; the office that runs the programme decides.
 * Rules kept here:
 * - every condition comes from a source listed with its programme (regulations by their number,
 *   pages by the site they were read on and their date); nothing is guessed from elsewhere;
 * - where to ask is a bundled service (`service`, its key in indonesia.ts) where the directory has
 *   one, else a kind of place the person knows (`place`: their village or kelurahan office, the
 *   child's school), so that this file does not touch the directory's entries;
 * - texts people read are keys of the `services` namespace: `entitlements.programs.<key>.*`,
 *   `entitlements.reasons.<reason>`, `entitlements.documents.<document>`.
 */
import type { SourceRef } from '$lib/i18n/sources';
import type { ServiceKey } from './indonesia';

/** The day the rules below were last checked against their sources. */
export const ENTITLEMENTS_CHECKED_ON = '2026-11-30';

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

export type DocumentKey = 'ktp' | 'kk' | 'sktm' | 'birthCertificate' | 'kksOrSktm' | 'reportCard' | 'caseDocuments';

export type ProgramKey = 'pkh' | 'sembako' | 'pbiJkn' | 'pip' | 'atensi' | 'legalAid';

export interface ProgramRule {
	key: ProgramKey;
	/** Every condition must hold; each holding one gives a reason (the answers that matched). */
	when: readonly RuleCondition[];
	/** The programme uses the national welfare data (DTKS, now DTSEN): not being in it is the first thing to fix. */
	usesWelfareData: boolean;
	documents: readonly DocumentKey[];
	/** Where to ask: a bundled service, or a place the person knows. */
	whereToAsk: { service?: ServiceKey; place?: 'village' | 'school' };
	sources: readonly SourceRef[];
	checkedOn: string;
}

/** "Money is hard or tight": every programme for people on low incomes starts here. */
const LOW_INCOME: RuleCondition<'money'> = { question: 'money', oneOf: ['hard', 'tight'] };

export const PROGRAM_RULES: readonly ProgramRule[] = [
	{
		// PKH: a conditional cash transfer for poor families with a pregnant woman, a young child, a
		// child at school, an older person or a person with a severe disability (its components).
		key: 'pkh',
		when: [LOW_INCOME, { question: 'members', oneOf: ['pregnant', 'under6', 'school', 'older', 'disability'] }],
		usesWelfareData: true,
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'pkh' },
		sources: [{ name: 'Permensos 1/2018' }, { name: 'Dinsos Kendal', via: 'lingkarkendal.com', date: '2024-03-19' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// Sembako (BPNT): food aid, paid without cash, for poor families in the welfare data.
		key: 'sembako',
		when: [LOW_INCOME],
		usesWelfareData: true,
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'dinasSosial', place: 'village' },
		sources: [{ name: 'Perpres 63/2017' }, { name: 'Permensos 20/2019' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// PBI JKN (KIS): health insurance whose contribution the government pays, for the poor and
		// people who cannot afford it; proposed through the village office and the welfare data.
		key: 'pbiJkn',
		when: [LOW_INCOME, { question: 'health', oneOf: ['none', 'unsure'] }],
		usesWelfareData: true,
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'dinasSosial', place: 'village' },
		sources: [{ name: 'UU 40/2004' }, { name: 'Perpres 101/2011' }, { name: 'Perpres 82/2018' }, { name: 'ayobogor.com', date: '2023' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// PIP (KIP): cash for school costs for children aged 6 to 21 from poor or vulnerable families,
		// proposed by the school.
		key: 'pip',
		when: [LOW_INCOME, { question: 'members', oneOf: ['school'] }],
		usesWelfareData: true,
		documents: ['kk', 'birthCertificate', 'kksOrSktm', 'reportCard'],
		whereToAsk: { place: 'school' },
		sources: [
			{ name: 'Puslapdik Kemdikbudristek', via: 'detik.com', date: '2023' },
			{ name: 'pip.kemdikbud.go.id', via: 'kompas.tv', date: '2023' }
		],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// ATENSI: the social rehabilitation help of the Ministry of Social Affairs, through the district
		// social office, for older people and people with disabilities who lack care or support.
		key: 'atensi',
		when: [{ question: 'members', oneOf: ['older', 'disability'] }],
		usesWelfareData: false,
		documents: ['ktp', 'kk'],
		whereToAsk: { service: 'dinasSosial' },
		sources: [
			{ name: 'kemensos.go.id', date: '2021-06-22' },
			{ name: 'dinsos.magelangkota.go.id', date: '2024' }
		],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	},
	{
		// Legal aid paid by the state (UU 16/2011): for people who cannot meet their basic needs, with a
		// letter from the village office, through an accredited legal aid organisation.
		key: 'legalAid',
		when: [LOW_INCOME, { question: 'legal', oneOf: ['yes'] }],
		usesWelfareData: false,
		documents: ['ktp', 'sktm', 'caseDocuments'],
		whereToAsk: { service: 'legalAid' },
		sources: [{ name: 'UU 16/2011' }, { name: 'bphn.go.id', date: '2019' }, { name: 'Kemenkumham', via: 'fokusmedan.com', date: '2022-02-08' }],
		checkedOn: ENTITLEMENTS_CHECKED_ON
	}
];

/** Being in the welfare data: asked for at the village or kelurahan office (the reference's Dinas Sosial row). */
export const WELFARE_DATA_SOURCES: readonly SourceRef[] = [{ name: 'dinsos.garutkab.go.id' }, { name: 'rembangkab.go.id', date: '2025' }];
