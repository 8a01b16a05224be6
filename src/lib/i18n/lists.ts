import { INTL_LOCALE, type Language } from './languages';

/** How the items relate: all of them ("A, B, dan C"), one of them ("A, B, atau C"), or a plain run ("A, B, C"). */
export type ListKind = 'and' | 'or' | 'plain';

const TYPES: Record<ListKind, Intl.ListFormatType> = { and: 'conjunction', or: 'disjunction', plain: 'unit' };

/**
 * Words joined the way the language joins a list, through Intl.ListFormat: "uang, waktu, dan
 * surat" in Indonesian, "money, time and papers" in English. Every list of words shown to a person
 * is joined here, never with `join(', ')`. Locale texts reach it as `{{name, list}}`.
 */
export function formatList(items: readonly string[], language: Language, kind: ListKind = 'and'): string {
	return new Intl.ListFormat(INTL_LOCALE[language], { style: 'long', type: TYPES[kind] }).format(items);
}
