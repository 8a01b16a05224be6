/**
 * The bundled directory as the pages receive it: the data files of the built site (bundled-data.ts).
 * Reading them costs the page no code and no work on its thread beyond parsing. Where there is no
 * file to fetch (prerendering, unit tests) or it cannot be read, the directory is put together
 * here from its sources (loaded only then).
 */
import type { Language } from '$lib/i18n/languages';
import { bundledDirectoryPath, bundledListPath, readDataFile, type BundledDirectory, type BundledList } from './bundled-data';

export { BUNDLED_PACK_ID, bundledDirectoryPath, bundledListPath, type BundledDirectory, type BundledList } from './bundled-data';

/** A data file of the built site, or, where there is none to fetch or it cannot be read, `otherwise()`. */
async function read<T>(path: string, otherwise: () => Promise<T>): Promise<T> {
	return (await readDataFile<T>(path)) ?? otherwise();
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
