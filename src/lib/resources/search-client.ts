/**
 * Searching the directory off the page's thread: `startSearch` hands the search documents to a
 * module Web Worker (search-index.worker.ts) a slice at a time (each slice a short task to send),
 * the worker builds the index, and every search is a message answered with its hits. Building the
 * index of 50,000 services then never holds up the page, and neither does a search. Where there
 * is no Worker (unit tests), or the worker cannot start, the index is built here, a slice at a time
 * (SearchIndex.build), and searched here.
 */
import { SearchIndex, type SearchDocument, type SearchFilters, type SearchHit, type SearchIndexOptions } from './search';
import { nextTask } from './yield';

export type SearchRequest =
	| { kind: 'documents'; documents: SearchDocument[] }
	| { kind: 'build'; options: SearchIndexOptions }
	| { kind: 'search'; id: number; query: string; filters: SearchFilters };

export type SearchReply = { kind: 'ready' } | { kind: 'hits'; id: number; hits: SearchHit[] } | { kind: 'failed'; id?: number };

/** The directory's search, wherever its index lives. */
export interface DirectorySearch {
	/** The documents searched (suggestions read them). */
	readonly documents: readonly SearchDocument[];
	search(query: string, filters?: SearchFilters): Promise<SearchHit[]>;
	/** Ends the worker (the directory was forgotten). */
	dispose(): void;
}

/** How many documents one message carries. */
export const DOCUMENTS_PER_MESSAGE = 2000;

function searchHere(index: SearchIndex): DirectorySearch {
	return { documents: index.documents, search: (query, filters = {}) => Promise.resolve(index.search(query, filters)), dispose() {} };
}

/**
 * Builds the index in a worker (or here, where there is none, or when `inWorker` is false: a
 * directory as small as the bundled one is indexed here in a moment, with no worker to fetch and
 * start) and resolves once it can search.
 */
export async function startSearch(documents: readonly SearchDocument[], options: SearchIndexOptions, inWorker = true): Promise<DirectorySearch> {
	if (!inWorker || typeof Worker === 'undefined') return searchHere(await SearchIndex.build(documents, options));
	let worker: Worker;
	try {
		worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return searchHere(await SearchIndex.build(documents, options));
	}
	const pending = new Map<number, { resolve: (hits: SearchHit[]) => void; reject: (error: Error) => void }>();
	let next = 0;
	const ready = new Promise<void>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
			if (data.kind === 'ready') resolve();
			else if (data.kind === 'hits') {
				pending.get(data.id)?.resolve(data.hits);
				pending.delete(data.id);
			} else if (data.id === undefined) reject(new Error('The search index could not be built'));
			else {
				pending.get(data.id)?.reject(new Error('The search failed'));
				pending.delete(data.id);
			}
		};
		worker.onerror = () => {
			reject(new Error('The search worker stopped'));
			for (const waiting of pending.values()) waiting.reject(new Error('The search worker stopped'));
			pending.clear();
		};
	});
	try {
		for (let start = 0; start < documents.length; start += DOCUMENTS_PER_MESSAGE) {
			worker.postMessage({ kind: 'documents', documents: documents.slice(start, start + DOCUMENTS_PER_MESSAGE) } satisfies SearchRequest);
			// Copying a slice for the worker is work on this thread: one slice a task.
			await nextTask();
		}
		worker.postMessage({ kind: 'build', options } satisfies SearchRequest);
		await ready;
	} catch {
		worker.terminate();
		return searchHere(await SearchIndex.build(documents, options));
	}
	return {
		documents,
		search(query, filters = {}) {
			const id = next++;
			return new Promise<SearchHit[]>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage({ kind: 'search', id, query, filters } satisfies SearchRequest);
			});
		},
		dispose() {
			worker.terminate();
			for (const { reject } of pending.values()) reject(new Error('The directory was forgotten'));
			pending.clear();
		}
	};
}
