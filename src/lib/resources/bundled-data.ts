/**
 * The bundled directory as data: JSON files of the built site, one a language, made at build time
 * (bundled/payload.ts), precached by the service worker like every prerendered file; their shapes,
 * where they are, and `readDataFile`, which fetches one. The search worker reads them through this
 * module alone; the pages through bundled-directory.ts, which also puts the directory together
 * where there is no file to fetch.
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

/** A data file of the built site, or undefined where there is none to fetch or it cannot be read. */
export async function readDataFile<T>(path: string): Promise<T | undefined> {
	if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return undefined;
	try {
		const response = await fetch(new URL(path, location.href));
		return response.ok ? ((await response.json()) as T) : undefined;
	} catch {
		return undefined;
	}
}
