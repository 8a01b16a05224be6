/**
 * The directory as the /resources pages see it: the bundled national directory in the language on
 * screen (data read from the built site: bundled-directory.ts), plus every imported pack from
 * IndexedDB. Two views of it:
 * - `loadDirectory`: the whole directory, indexed (DirectoryIndex), for a service's page, the
 *   saved services, exports;
 * - `loadDirectoryList`: what the list page draws, each service's card: the bundled ones come as
 *   data; an imported directory is read whole (as above) and its cards are made from it.
 * Both start the search on first use (`searchIndex()`): its index is built in a Web Worker
 * (search-client.ts), where every search then runs. Kept for the page's life (per language) so
 * that moving between the list and a service page does not put it together again;
 * `forgetDirectory()` after an import. When storage cannot be read (site data blocked, no
 * IndexedDB), the bundled directory still loads, alone, and `importedUnavailable` says that
 * imported packs could not be read.
 */
import { countImportedPacks, readImportedDirectory } from '$lib/db/directory-read';
import type { PackInfo } from '$lib/db/packs.schema';
import type { Language } from '$lib/i18n/languages';
import { BUNDLED_PACK_ID, loadBundledDirectory, loadBundledList } from '$lib/resources/bundled-directory';
import type { DirectoryIndex, RecordSet } from '$lib/resources/directory';
import type { SearchDocument } from '$lib/resources/search';
import type { DirectorySearch } from '$lib/resources/search-client';
import type { ServiceCard } from '$lib/resources/service-card';

export interface LoadedDirectory {
	language: Language;
	directory: DirectoryIndex;
	packs: PackInfo[];
	/** True when the imported packs could not be read from storage (only the bundled directory is here). */
	importedUnavailable: boolean;
	/**
	 * The search, started on first use: its index is built in a Web Worker, where every search then
	 * runs, so that the page stays responsive however big the directory. The imported services'
	 * documents are put together here a slice at a time; the worker puts the bundled ones together.
	 */
	searchIndex(): Promise<DirectorySearch>;
}

export interface DirectoryList {
	language: Language;
	packs: PackInfo[];
	importedUnavailable: boolean;
	/**
	 * With the bundled directory alone (no pack imported: most people), its services in the order
	 * the list shows them before anything is searched: the first look needs no search index.
	 */
	listed?: readonly string[];
	/** A service's card, or undefined when there is no such service. */
	card(id: string): ServiceCard | undefined;
	searchIndex(): Promise<DirectorySearch>;
}

let imported: Promise<{ sets: RecordSet[]; packs: PackInfo[]; unavailable: boolean }> | undefined;
const loaded = new Map<Language, Promise<LoadedDirectory>>();
const lists = new Map<Language, Promise<DirectoryList>>();

/** The search workers started, ended when the directory is forgotten. */
const searches = new Set<Promise<DirectorySearch>>();

/** Drops what was loaded, so the next load reads the imported packs again. */
export function forgetDirectory(): void {
	imported = undefined;
	loaded.clear();
	lists.clear();
	for (const search of searches) void search.then((started) => started.dispose(), () => undefined);
	searches.clear();
}

/** The imported packs; none (and `unavailable`) when storage refuses, so the bundled directory still works. */
async function readImported(): Promise<{ sets: RecordSet[]; packs: PackInfo[]; unavailable: boolean }> {
	try {
		// Read and checked in a worker: the page stays responsive however big the directory.
		const { sets, packs } = await readImportedDirectory();
		return { sets, packs, unavailable: false };
	} catch {
		return { sets: [], packs: [], unavailable: true };
	}
}

/** The search, started once: of the bundled directory in `language` and the documents `imported` gives. */
function searchStarter(language: Language, imported: () => Promise<SearchDocument[]>): () => Promise<DirectorySearch> {
	let building: Promise<DirectorySearch> | undefined;
	return () => {
		if (!building) {
			building = Promise.all([imported(), import('$lib/resources/search-client')]).then(([documents, { startSearch }]) => startSearch({ documents, bundled: language }));
			searches.add(building);
		}
		return building;
	};
}

async function build(language: Language): Promise<LoadedDirectory> {
	imported ??= readImported();
	const [bundled, { sets, packs, unavailable }, { DirectoryIndex }] = await Promise.all([loadBundledDirectory(language), imported, import('$lib/resources/directory')]);
	const all = [{ packId: BUNDLED_PACK_ID, records: bundled.records }, ...sets];
	const directory = sets.length > 0 ? await DirectoryIndex.build(all) : new DirectoryIndex(all);
	return {
		language,
		directory,
		packs,
		importedUnavailable: unavailable,
		// Only imported services' documents are made here (the search code loads only then).
		searchIndex: searchStarter(language, async () =>
			sets.length > 0 ? (await import('$lib/resources/search')).searchDocumentsSliced(directory, [], 500, (id) => directory.packOf('service', id) !== BUNDLED_PACK_ID) : []
		)
	};
}

/** The directory in a language (the bundled part in that language; imported packs as they are). */
export function loadDirectory(language: Language): Promise<LoadedDirectory> {
	let directory = loaded.get(language);
	if (!directory) {
		loaded.set(language, (directory = build(language)));
		directory.catch(() => loaded.delete(language));
	}
	return directory;
}

async function buildList(language: Language): Promise<DirectoryList> {
	const [list, packCount] = await Promise.all([loadBundledList(language), countImportedPacks().catch(() => undefined)]);
	const cards = new Map(list.cards.map((card) => [card.id, card]));
	if (packCount === 0) {
		return {
			language,
			packs: [],
			importedUnavailable: false,
			listed: list.cards.map((card) => card.id),
			card: (id) => cards.get(id),
			searchIndex: searchStarter(language, async () => [])
		};
	}
	// Imported packs, or storage that could not be read: the whole directory (which says which).
	const [whole, { serviceCard }] = await Promise.all([loadDirectory(language), import('$lib/resources/service-card')]);
	const made = new Map<string, ServiceCard | undefined>();
	return {
		language,
		packs: whole.packs,
		importedUnavailable: whole.importedUnavailable,
		...(whole.packs.length === 0 ? { listed: list.cards.map((card) => card.id) } : {}),
		card(id) {
			const bundled = cards.get(id);
			if (bundled) return bundled;
			if (!made.has(id)) {
				const detail = whole.directory.serviceDetail(id);
				made.set(id, detail ? serviceCard(detail) : undefined);
			}
			return made.get(id);
		},
		searchIndex: () => whole.searchIndex()
	};
}

/** The directory's list in a language: the cards of the bundled directory, and those of imported packs. */
export function loadDirectoryList(language: Language): Promise<DirectoryList> {
	let list = lists.get(language);
	if (!list) {
		lists.set(language, (list = buildList(language)));
		list.catch(() => lists.delete(language));
	}
	return list;
}
