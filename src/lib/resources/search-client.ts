/**
 * Searching the directory off the page's thread: `startSearch` starts a module Web Worker
 * (search-index.worker.ts), hands it the search documents of imported services a slice at a time
 * (each slice a short task to send), and the worker puts the bundled directory's documents
 * together itself (bundled-search.ts, from the directory's data files), builds the index, and
 * answers every search, every "which needs does this text name" and every list of suggestions.
 * Building the index of 50,000 services then never holds up the page, and neither does a search.
 * Where there is no Worker (unit tests), or the worker cannot start, the index is built here, a
 * slice at a time (SearchIndex.build), and searched here.
 */
import type { Language } from '$lib/i18n/languages';
import type { NeedCode } from './taxonomy';
import type { ServiceSuggestion, SuggestInput, SuggestOptions } from './suggest';
import type { SearchDocument, SearchFilters, SearchHit, SearchIndexOptions } from './search';
import { nextTask } from './yield';

export type SearchRequest =
	| { kind: 'documents'; documents: SearchDocument[] }
	/** Build the index: of the documents sent, after the bundled directory's in `bundled` (when given). */
	| { kind: 'build'; options: SearchIndexOptions; bundled?: Language }
	| { kind: 'search'; id: number; query: string; filters: SearchFilters }
	| { kind: 'page'; id: number; query: string; filters: SearchFilters; limit: number }
	| { kind: 'needs'; id: number; query: string }
	| { kind: 'suggest'; id: number; input: SuggestInput; options: SuggestOptions };

export type SearchReply =
	| { kind: 'ready' }
	| { kind: 'hits'; id: number; hits: SearchHit[] }
	| { kind: 'page'; id: number; page: SearchPage }
	| { kind: 'needs'; id: number; needs: NeedCode[] }
	| { kind: 'suggestions'; id: number; suggestions: ServiceSuggestion[] }
	| { kind: 'failed'; id?: number };

/** The first hits of a search, with how many there are in all (and, with `openAt`, how many of unknown hours). */
export interface SearchPage {
	hits: SearchHit[];
	total: number;
	hoursUnknown: number;
}

/** The directory's search, wherever its index lives. */
export interface DirectorySearch {
	search(query: string, filters?: SearchFilters): Promise<SearchHit[]>;
	/**
	 * The first `limit` hits and the counts: what a list shows. Only these cross from the worker,
	 * so that a text matching 50,000 services does not make the page copy them all at every keystroke.
	 */
	searchPage(query: string, filters: SearchFilters, limit: number): Promise<SearchPage>;
	/** The needs a text names ("uang" names money and social aid), for the person's own people. */
	needsNamedBy(query: string): Promise<NeedCode[]>;
	/** Services for what a saved run says, each need getting its turn (suggest.ts). */
	suggest(input: SuggestInput, options?: SuggestOptions): Promise<ServiceSuggestion[]>;
	/** Ends the worker (the directory was forgotten). */
	dispose(): void;
}

/** What the index is built from: imported services' documents, after the bundled directory's in `bundled`. */
export interface SearchSource {
	documents: readonly SearchDocument[];
	options?: SearchIndexOptions;
	/** The language the bundled directory is shown in; leave out to index `documents` alone. */
	bundled?: Language;
}

/** How many documents one message carries. */
export const DOCUMENTS_PER_MESSAGE = 2000;

async function searchHere(source: SearchSource): Promise<DirectorySearch> {
	return (await import('./search-here')).searchHere(source);
}

/** Builds the index in a worker (or here, where there is none) and resolves once it can search. */
export async function startSearch(source: SearchSource): Promise<DirectorySearch> {
	if (typeof Worker === 'undefined') return searchHere(source);
	let worker: Worker;
	try {
		worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return searchHere(source);
	}
	const pending = new Map<number, { resolve: (reply: SearchReply) => void; reject: (error: Error) => void }>();
	let next = 0;
	const ready = new Promise<void>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
			if (data.kind === 'ready') resolve();
			else if (data.id === undefined) reject(new Error('The search index could not be built'));
			else {
				const waiting = pending.get(data.id);
				pending.delete(data.id);
				if (data.kind === 'failed') waiting?.reject(new Error('The search failed'));
				else waiting?.resolve(data);
			}
		};
		worker.onerror = () => {
			reject(new Error('The search worker stopped'));
			for (const waiting of pending.values()) waiting.reject(new Error('The search worker stopped'));
			pending.clear();
		};
	});
	const { documents, options = {}, bundled } = source;
	try {
		for (let start = 0; start < documents.length; start += DOCUMENTS_PER_MESSAGE) {
			worker.postMessage({ kind: 'documents', documents: documents.slice(start, start + DOCUMENTS_PER_MESSAGE) } satisfies SearchRequest);
			// Copying a slice for the worker is work on this thread: one slice a task.
			await nextTask();
		}
		worker.postMessage({ kind: 'build', options, ...(bundled ? { bundled } : {}) } satisfies SearchRequest);
		await ready;
	} catch {
		worker.terminate();
		return searchHere(source);
	}
	/** Sends a request and resolves with its reply. */
	const ask = (request: (id: number) => SearchRequest) =>
		new Promise<SearchReply>((resolve, reject) => {
			const id = next++;
			pending.set(id, { resolve, reject });
			worker.postMessage(request(id));
		});
	return {
		async search(query, filters = {}) {
			const reply = await ask((id) => ({ kind: 'search', id, query, filters }));
			return reply.kind === 'hits' ? reply.hits : [];
		},
		async searchPage(query, filters, limit) {
			const reply = await ask((id) => ({ kind: 'page', id, query, filters, limit }));
			return reply.kind === 'page' ? reply.page : { hits: [], total: 0, hoursUnknown: 0 };
		},
		async needsNamedBy(query) {
			const reply = await ask((id) => ({ kind: 'needs', id, query }));
			return reply.kind === 'needs' ? reply.needs : [];
		},
		async suggest(input, suggestOptions = {}) {
			const reply = await ask((id) => ({ kind: 'suggest', id, input, options: suggestOptions }));
			return reply.kind === 'suggestions' ? reply.suggestions : [];
		},
		dispose() {
			worker.terminate();
			for (const { reject } of pending.values()) reject(new Error('The directory was forgotten'));
			pending.clear();
		}
	};
}
