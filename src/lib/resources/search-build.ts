/**
 * Building the directory's search index from a search source (search-client.ts): the bundled
 * directory's documents (bundled-search.ts) first, then the imported services' documents. Runs in
 * the search worker, or on the page where there is no worker (search-here.ts, then a slice at a time).
 */
import { bundledSearchDocuments, type BundledLoader } from './bundled-search';
import { SearchIndex } from './search';
import type { SearchSource } from './search-client';

/** The index of a source; `sliced`: built a slice at a time, so that the page it runs on stays responsive. */
export async function buildIndex(source: SearchSource, load: BundledLoader, sliced = true): Promise<SearchIndex> {
	const bundled = source.bundled ? await bundledSearchDocuments(source.bundled, load) : undefined;
	const documents = bundled ? [...bundled.documents, ...source.documents] : source.documents;
	const options = { ...source.options, termNames: { ...bundled?.options.termNames, ...source.options?.termNames } };
	return sliced ? SearchIndex.build(documents, options) : new SearchIndex(documents, options);
}
