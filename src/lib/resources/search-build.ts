/**
 * Building the directory's search index from a search source (search-client.ts): the bundled
 * directory's documents (bundled-search.ts) first, then the imported services' documents. Runs in
 * the search worker, or on the page where there is no worker (then a slice at a time).
 */
import { bundledSearchDocuments } from './bundled-search';
import { SearchIndex } from './search';
import type { DirectorySearch, SearchSource } from './search-client';
import { suggestServices } from './suggest';

/** The index of a source; `sliced`: built a slice at a time, so that the page it runs on stays responsive. */
export async function buildIndex(source: SearchSource, sliced = true): Promise<SearchIndex> {
	const bundled = source.bundled ? await bundledSearchDocuments(source.bundled) : undefined;
	const documents = bundled ? [...bundled.documents, ...source.documents] : source.documents;
	const options = { ...source.options, termNames: { ...bundled?.options.termNames, ...source.options?.termNames } };
	return sliced ? SearchIndex.build(documents, options) : new SearchIndex(documents, options);
}

/** The search of a source, built and searched on this thread. */
export async function searchHere(source: SearchSource): Promise<DirectorySearch> {
	const index = await buildIndex(source);
	return {
		search: (query, filters = {}) => Promise.resolve(index.search(query, filters)),
		searchPage: (query, filters, limit) => Promise.resolve(index.searchPage(query, filters, limit)),
		needsNamedBy: (query) => Promise.resolve(index.needsNamedBy(query)),
		suggest: (input, options = {}) => Promise.resolve(suggestServices(input, index.documents, Infinity, options)),
		dispose() {}
	};
}
