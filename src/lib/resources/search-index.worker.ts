/// <reference lib="webworker" />
/**
 * The search worker: receives the directory's search documents a slice at a time, builds the
 * search index (search.ts) here, off the page's thread, and answers every search with its hits.
 * It lives as long as the page keeps that directory (see search-client.ts).
 */
import { SearchIndex, type SearchDocument } from './search';
import type { SearchReply, SearchRequest } from './search-client';

const documents: SearchDocument[] = [];
let index: SearchIndex | undefined;

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
	let reply: SearchReply;
	try {
		if (data.kind === 'documents') {
			for (const document of data.documents) documents.push(document);
			return;
		}
		if (data.kind === 'build') {
			index = new SearchIndex(documents, data.options);
			reply = { kind: 'ready' };
		} else {
			if (!index) throw new Error('The index is not built yet');
			reply = { kind: 'hits', id: data.id, hits: index.search(data.query, data.filters) };
		}
	} catch {
		reply = { kind: 'failed', id: data.kind === 'search' ? data.id : undefined };
	}
	self.postMessage(reply);
};
