/// <reference lib="webworker" />
/**
 * The search worker: receives the imported services' search documents a slice at a time, puts the
 * bundled directory's documents together (from its data files), builds the search index
 * (search.ts) here, off the page's thread, and answers every search, every "which needs does this
 * text name" and every list of suggestions. It lives as long as the page keeps that directory (see
 * search-client.ts).
 */
import type { Language } from '$lib/i18n/languages';
import type { SearchDocument, SearchIndex } from './search';
import { bundledDirectoryPath, readDataFile, type BundledDirectory } from './bundled-data';
import { buildIndex } from './search-build';
import type { SearchReply, SearchRequest } from './search-client';
import { suggestServices } from './suggest';

/** The bundled directory's data file in a language (the page puts it together where there is none). */
async function readBundled(language: Language): Promise<BundledDirectory> {
	const read = await readDataFile<BundledDirectory>(bundledDirectoryPath(language));
	if (!read) throw new Error('The bundled directory could not be read');
	return read;
}

/** The documents received since the last build (a build takes them). */
const documents: SearchDocument[] = [];
let index: SearchIndex | undefined;

function answer(data: Exclude<SearchRequest, { kind: 'documents' | 'build' }>, built: SearchIndex): SearchReply {
	switch (data.kind) {
		case 'search':
			return { kind: 'hits', id: data.id, hits: built.search(data.query, data.filters) };
		case 'page':
			return { kind: 'page', id: data.id, page: built.searchPage(data.query, data.filters, data.limit) };
		case 'needs':
			return { kind: 'needs', id: data.id, needs: built.needsNamedBy(data.query) };
		case 'suggest':
			return { kind: 'suggestions', id: data.id, suggestions: suggestServices(data.input, built.documents, Infinity, data.options) };
	}
}

self.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
	let reply: SearchReply;
	try {
		if (data.kind === 'documents') {
			for (const document of data.documents) documents.push(document);
			return;
		}
		if (data.kind === 'build') {
			// Built at once: this thread has nothing else to do meanwhile.
			index = await buildIndex({ documents: documents.splice(0), options: data.options, ...(data.bundled ? { bundled: data.bundled } : {}) }, readBundled, false);
			reply = { kind: 'ready' };
		} else {
			if (!index) throw new Error('The index is not built yet');
			reply = answer(data, index);
		}
	} catch {
		reply = { kind: 'failed', id: data.kind === 'build' ? undefined : data.kind === 'documents' ? undefined : data.id };
	}
	self.postMessage(reply);
};
