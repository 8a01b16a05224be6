import { INTL_LOCALE, type Language } from './languages';

/**
 * Where a fact (a help line's number, a service's details) comes from, as data, so that each
 * language says it its own way: no English glue words ("via", "release", "undated") on an
 * Indonesian screen.
 */
export interface SourceRef {
	/** Who published it: an agency, a news site or a regulation, as it names itself (never translated). */
	name: string;
	/** What it is, when the name alone does not say: the publisher's press release, or a news story quoting the minister. */
	kind?: 'pressRelease' | 'ministerQuoted';
	/** The site it was read on, when that is not the publisher. */
	via?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source; none when it has no date. */
	date?: string;
}

/** The words a source is said with, from locale texts: `pressRelease`, `ministerQuoted`, `via`, `dated`. */
export type SourceWords = (key: 'pressRelease' | 'ministerQuoted' | 'via' | 'dated', values: Record<string, string>) => string;

/** "2016-06" -> "Juni 2016" / "June 2016", as precise as the date is; anything else as it is. */
export function formatSourceDate(date: string, language: Language): string {
	const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
	if (!parts) return date;
	const [, year, month, day] = parts;
	if (month === undefined) return year!;
	const at = new Date(Number(year), Number(month) - 1, Number(day ?? 1));
	const options: Intl.DateTimeFormatOptions = day === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
	return new Intl.DateTimeFormat(INTL_LOCALE[language], options).format(at);
}

/** One source in the language's words: "siaran pers Kemenkes, lewat Antara (Juni 2016)". */
export function formatSource(source: SourceRef, language: Language, words: SourceWords): string {
	let text = source.kind ? words(source.kind, { name: source.name }) : source.name;
	if (source.via) text = words('via', { source: text, via: source.via });
	if (source.date) text = words('dated', { source: text, date: formatSourceDate(source.date, language) });
	return text;
}

/** Fills `{{name}}` placeholders, for locale texts read without i18next (the bundled directory). */
export function fillText(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
