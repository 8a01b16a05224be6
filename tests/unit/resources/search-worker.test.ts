import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { bundledRecordSet } from '$lib/resources/bundled';
import { bundledDirectory } from '$lib/resources/bundled/payload';
import { DirectoryIndex } from '$lib/resources/directory';
import { SearchIndex, searchDocumentsFor, termNamesIn, type SearchFilters } from '$lib/resources/search';
import { DOCUMENTS_PER_MESSAGE, startSearch } from '$lib/resources/search-client';
import { suggestServices } from '$lib/resources/suggest';
import { resourceText } from './locale-text';

/**
 * A stand-in for the browser's module worker: the real worker module runs in this process, and
 * every message crosses a structured clone both ways, as between threads.
 */
type Scope = { onmessage?: (event: { data: unknown }) => void; postMessage?: (data: unknown) => void };
const scope = globalThis as unknown as Scope & { Worker?: unknown };
const sent: unknown[] = [];
let started = 0;
let terminated = 0;

class FakeWorker {
	onmessage: ((event: { data: unknown }) => void) | null = null;
	onerror: (() => void) | null = null;
	constructor() {
		started++;
		scope.postMessage = (data) => setTimeout(() => this.onmessage?.({ data: structuredClone(data) }), 0);
	}
	postMessage(data: unknown) {
		sent.push(data);
		const copy = structuredClone(data);
		setTimeout(() => scope.onmessage?.({ data: copy }), 0);
	}
	terminate() {
		terminated++;
	}
}

const id = new DirectoryIndex([bundledRecordSet(resourceText('id'), 'id')]);
const en = new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')]);
const options = { termNames: termNamesIn([resourceText('id'), resourceText('en')]) };
const documents = searchDocumentsFor(id, [en]);
const here = new SearchIndex(documents, options);

beforeAll(async () => {
	scope.Worker = FakeWorker;
	await import('$lib/resources/search-index.worker');
});

afterAll(() => {
	delete scope.Worker;
	delete scope.onmessage;
	delete scope.postMessage;
});

describe('the directory search in a Web Worker', () => {
	it('builds the index in the worker from documents sent in slices, and answers every search as the index here does', async () => {
		expect(here.search('uang').length).toBeGreaterThan(0);
		const search = await startSearch({ documents, options });
		expect(started).toBe(1);
		expect(sent.filter((message) => (message as { kind: string }).kind === 'documents')).toHaveLength(Math.ceil(documents.length / DOCUMENTS_PER_MESSAGE));
		const cases: [string, SearchFilters][] = [
			['uang', {}],
			['money', {}],
			['kekerasan anak', {}],
			['puskesams', {}],
			['', { freeOnly: true }],
			['', { area: { province: '31' } }],
			['konseling', { openAt: new Date('2026-11-30T03:00:00Z') }]
		];
		for (const [query, filters] of cases) expect(await search.search(query, filters)).toEqual(here.search(query, filters));
		// Answers come back to the search that asked, however many are on their way.
		const [a, b] = await Promise.all([search.search('uang'), search.search('polisi')]);
		expect(a).toEqual(here.search('uang'));
		expect(b).toEqual(here.search('polisi'));
		search.dispose();
		expect(terminated).toBe(1);
	});

	it('puts the bundled directory together in the worker itself, from its data files, and answers searches, needs named and suggestions there', async () => {
		sent.length = 0;
		// The worker fetches the bundled directory's data files, served here as the built site serves them.
		const fetched: string[] = [];
		const world = globalThis as unknown as { location?: unknown; fetch: typeof fetch };
		const realFetch = world.fetch;
		world.location = { href: 'http://localhost/resources', protocol: 'http:' };
		world.fetch = (async (url: URL) => {
			fetched.push(url.pathname);
			const language = url.pathname.endsWith('/en.json') ? 'en' : 'id';
			return new Response(JSON.stringify(await bundledDirectory(language)));
		}) as typeof fetch;
		onTestFinished(() => {
			delete world.location;
			world.fetch = realFetch;
		});
		const search = await startSearch({ documents: [], bundled: 'id' });
		// Nothing of the bundled directory crosses from the page: the worker reads both languages' files.
		expect(sent.filter((message) => (message as { kind: string }).kind === 'documents')).toEqual([]);
		expect(fetched.sort()).toEqual(['/resources/bundled/en.json', '/resources/bundled/id.json']);
		for (const query of ['uang', 'money', 'puskesams', '']) expect(await search.search(query)).toEqual(here.search(query));
		expect(await search.search('', { freeOnly: true })).toEqual(here.search('', { freeOnly: true }));
		expect(await search.needsNamedBy('uang')).toEqual(here.needsNamedBy('uang'));
		// A list's page: only the first hits cross, with the counts of them all.
		const open = { openAt: new Date('2026-11-30T20:00:00Z') };
		const all = here.search('', open);
		const page = await search.searchPage('', open, 5);
		expect(page.hits).toEqual(all.slice(0, 5));
		expect(page.total).toBe(all.length);
		expect(page.hoursUnknown).toBe(all.filter((hit) => hit.hours === 'unknown').length);
		expect(page.hoursUnknown).toBeGreaterThan(0);
		const input = { tell: { areas: ['money'], danger: 'yes' } };
		expect(await search.suggest(input)).toEqual(suggestServices(input, documents, Infinity));
		expect((await search.suggest(input)).length).toBeGreaterThan(0);
		search.dispose();
	});
});
