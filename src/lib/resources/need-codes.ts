/**
 * The kinds of need, as codes: the need branch of the taxonomy (taxonomy.ts) and the categories a
 * person files an unmet need under. Alone in this file, without the taxonomy's records, so that
 * pages that only check or count needs (the worker's received summaries) carry just these codes.
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

/** What an unmet need is filed under: a kind of need, or something else. */
export const UNMET_NEED_CATEGORIES = [...NEED_CODES, 'other'] as const;
export type UnmetNeedCategory = (typeof UNMET_NEED_CATEGORIES)[number];
