/**
 * The bundled directory as the pages and the search worker receive it: data in a JSON file of the
 * built site, one a language, made at build time (bundled/payload.ts), precached by the service
 * worker like every prerendered file. Reading it costs the page no code and no work on its thread
 * beyond parsing. Where there is no file to fetch (prerendering, unit tests) or it cannot be read,
 * the directory is put together here from its sources (loaded only then).
 */
import type { Language } from '$lib/i18n/languages';
import type { DirectoryRecord } from './hsds';
import type { ServiceCard } from './service-card';
import type { TermCode } from './taxonomy';

/** The pack id of the bundled directory's records. */
export const BUNDLED_PACK_ID = 'bundled';

export interface BundledDirectory {
	language: Language;
	/** Every record of the bundled directory, in this language. */
	records: DirectoryRecord[];
	/** Category names in this language, for the search index (`SearchIndexOptions.termNames`). */
	termNames: Partial<Record<TermCode, string[]>>;
}

/** The bundled directory as its list shows it before anything is searched: every service's card, in order. */
export interface BundledList {
	language: Language;
	cards: ServiceCard[];
}

/** Where the built site keeps the bundled directory in a language. */
export function bundledDirectoryPath(language: Language): string {
	return `/resources/bundled/${language}.json`;
}

/** Where the built site keeps the bundled directory's list in a language. */
export function bundledListPath(language: Language): string {
	return `/resources/bundled/list/${language}.json`;
}

/** A data file of the built site, or, where there is none to fetch or it cannot be read, `otherwise()`. */
async function read<T>(path: string, otherwise: () => Promise<T>): Promise<T> {
	if (typeof location !== 'undefined' && /^https?:$/.test(location.protocol)) {
		try {
			const response = await fetch(new URL(path, location.href));
			if (response.ok) return (await response.json()) as T;
		} catch {
			// Put together below.
		}
	}
	return otherwise();
}

/** Reads each language once. */
function once<T>(load: (language: Language) => Promise<T>): (language: Language) => Promise<T> {
	const loaded = new Map<Language, Promise<T>>();
	return (language) => {
		let value = loaded.get(language);
		if (!value) {
			loaded.set(language, (value = load(language)));
			value.catch(() => loaded.delete(language));
		}
		return value;
	};
}

/** The bundled directory in a language. */
export const loadBundledDirectory = once((language) =>
	read(bundledDirectoryPath(language), async () => (await import('./bundled/payload')).bundledDirectory(language))
);

/** The bundled directory's list in a language. */
export const loadBundledList = once((language) => read(bundledListPath(language), async () => (await import('./bundled/payload')).bundledList(language)));
