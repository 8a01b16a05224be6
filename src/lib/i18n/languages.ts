export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

/** Languages of Indonesia and its close neighbours, whose speakers read Indonesian more easily than English. */
const INDONESIAN_FAMILY = new Set(['id', 'in', 'ms', 'jv', 'su', 'mad', 'ban', 'min', 'bug', 'ace', 'bjn', 'mak', 'sas']);

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function primarySubtag(tag: string): string {
	return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Indonesian unless the browser's preferences say English is closer: the first preference we
 * support wins; failing that, a speaker of a regional language of Indonesia gets Indonesian and
 * anyone else English.
 */
export function pickLanguage(preferences: readonly string[]): Language {
	const primaries = preferences.map(primarySubtag).filter(Boolean);
	for (const tag of primaries) {
		if (tag === 'en') return 'en';
		if (tag === 'id' || tag === 'in') return 'id';
	}
	const first = primaries[0];
	if (first === undefined || INDONESIAN_FAMILY.has(first)) return DEFAULT_LANGUAGE;
	return 'en';
}

/** The BCP 47 tag handed to Intl formatters for each language. */
export const INTL_LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
