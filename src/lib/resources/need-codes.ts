/**
 * The kinds of need a service meets: the codes of the need branch of Langkah's taxonomy
 * (taxonomy.ts, which gives them their ids and texts). On their own, without the HSDS code, for the
 * pages that only list or store needs (people I can ask, unmet needs).
 */
export const NEED_CODES = [
	'emergency-safety',
	'health',
	'mental-health',
	'money-aid',
	'debt',
	'food',
	'housing',
	'work',
	'education',
	'legal-documents',
	'family-children',
	'violence-abuse',
	'disability',
	'older-people'
] as const;
export type NeedCode = (typeof NEED_CODES)[number];
