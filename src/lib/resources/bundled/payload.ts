/**
 * The bundled directory in one language as data: its HSDS records and the category names people
 * read (for the search index); and its list as the directory page shows it before anything is
 * searched (each service's card, in order). Put together from ./index.ts and the `resources` and
 * `bundled` texts, at build time into JSON files of the built site (routes/resources/bundled/),
 * which the pages and the search worker fetch (bundled-directory.ts): the directory then reaches the page as data,
 * not as code, and is never put together on the page's thread. Also here when there is no file to
 * fetch (prerendering, unit tests).
 */
import type { Language } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/resources';
import type { BundledDirectory, BundledList } from '../bundled-data';
import { DirectoryIndex } from '../directory';
import { SearchIndex, searchDocumentsFor, termNamesIn } from '../search';
import { serviceCard, type ServiceCard } from '../service-card';
import { resourceTextFrom, type Messages, type ResourceText } from '../taxonomy';
import { BUNDLED_PACK_ID, bundledRecords } from './index';

/**
 * The texts the bundled directory is put together from: the `resources` namespace (categories,
 * notes) and the `bundled` namespace (services, organizations...), read under `bundled.`.
 */
export function directoryTextFrom(resources: Messages, bundled: Messages): ResourceText {
	return resourceTextFrom({ ...resources, bundled });
}

async function textOf(language: Language): Promise<ResourceText> {
	const [resources, bundled] = await Promise.all([loadMessages(language, 'resources'), loadMessages(language, 'bundled')]);
	return directoryTextFrom(resources, bundled);
}

export async function bundledDirectory(language: Language): Promise<BundledDirectory> {
	const text = await textOf(language);
	return { language, records: bundledRecords(text, language), termNames: termNamesIn([text]) };
}

/** The bundled directory's list: each service's card, in the order an empty search gives. */
export async function bundledList(language: Language): Promise<BundledList> {
	const other: Language = language === 'id' ? 'en' : 'id';
	const [text, otherText] = await Promise.all([textOf(language), textOf(other)]);
	const index = new DirectoryIndex([{ packId: BUNDLED_PACK_ID, records: bundledRecords(text, language) }]);
	const otherIndex = new DirectoryIndex([{ packId: BUNDLED_PACK_ID, records: bundledRecords(otherText, other) }]);
	const search = new SearchIndex(searchDocumentsFor(index, [otherIndex]), { termNames: termNamesIn(language === 'id' ? [text, otherText] : [otherText, text]) });
	const cards = search
		.search('')
		.map((hit) => index.serviceDetail(hit.id))
		.filter((detail) => detail !== undefined)
		.map((detail): ServiceCard => serviceCard(detail));
	return { language, cards };
}
