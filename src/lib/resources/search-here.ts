/**
 * The directory's search on the page's own thread, where there is no worker (unit tests) or it
 * could not start: the index built a slice at a time (search-build.ts), searched here.
 */
import { loadBundledDirectory } from './bundled-directory';
import { buildIndex } from './search-build';
import type { DirectorySearch, SearchSource } from './search-client';
import { suggestServices } from './suggest';

export async function searchHere(source: SearchSource): Promise<DirectorySearch> {
	const index = await buildIndex(source, loadBundledDirectory);
	return {
		search: (query, filters = {}) => Promise.resolve(index.search(query, filters)),
		searchPage: (query, filters, limit) => Promise.resolve(index.searchPage(query, filters, limit)),
		needsNamedBy: (query) => Promise.resolve(index.needsNamedBy(query)),
		suggest: (input, options = {}) => Promise.resolve(suggestServices(input, index.documents, Infinity, options)),
		dispose() {}
	};
}
