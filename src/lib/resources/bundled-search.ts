/**
 * The bundled directory's search documents, in the language on screen with the other language's
 * text added (a service is found by its Indonesian or its English words), and the category names
 * in both languages. Put together where the index is built: in the search worker (or, where there
 * is no worker, on the page), from the bundled directory's data files (bundled-data.ts).
 */
import type { Language } from '$lib/i18n/languages';
import { BUNDLED_PACK_ID, type BundledDirectory } from './bundled-data';
import { DirectoryIndex } from './directory';
import { searchDocumentsFor, type SearchDocument, type SearchIndexOptions } from './search';
import type { TermCode } from './taxonomy';

/** Reads the bundled directory in a language (bundled-data.ts, bundled-directory.ts). */
export type BundledLoader = (language: Language) => Promise<BundledDirectory>;

export async function bundledSearchDocuments(language: Language, load: BundledLoader): Promise<{ documents: SearchDocument[]; options: Required<SearchIndexOptions> }> {
	const other: Language = language === 'id' ? 'en' : 'id';
	const [shown, translated] = await Promise.all([load(language), load(other)]);
	const index = new DirectoryIndex([{ packId: BUNDLED_PACK_ID, records: shown.records }]);
	const otherIndex = new DirectoryIndex([{ packId: BUNDLED_PACK_ID, records: translated.records }]);
	// Indonesian names first, then English, whatever the language on screen.
	const [first, second] = language === 'id' ? [shown, translated] : [translated, shown];
	const termNames: Partial<Record<TermCode, string[]>> = {};
	for (const code of Object.keys(first.termNames) as TermCode[]) termNames[code] = [...(first.termNames[code] ?? []), ...(second.termNames[code] ?? [])];
	return { documents: searchDocumentsFor(index, [otherIndex]), options: { termNames } };
}
