/**
 * The directory as the /resources pages see it: the bundled national directory in the language on
 * screen, plus every imported pack from IndexedDB; and, built only when a page asks for it, the
 * search index over both languages. Kept for the page's life (per language) so that moving between
 * the list and a service page does not put it together again; `forgetDirectory()` after an import.
 * When storage cannot be read (site data blocked, no IndexedDB), the bundled directory still loads,
 * alone, and `importedUnavailable` says that imported packs could not be read.
 */
import { readImportedDirectory } from '$lib/db/directory-read';
import type { PackInfo } from '$lib/db/resources.repo';
import type { Language } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/resources';
import { bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex, type RecordSet } from '$lib/resources/directory';
import { SearchIndex, searchDocumentsFor, searchDocumentsSliced, termNamesIn } from '$lib/resources/search';
import { startSearch, type DirectorySearch } from '$lib/resources/search-client';
import { resourceTextFrom, type ResourceText } from '$lib/resources/taxonomy';

export interface LoadedDirectory {
	language: Language;
	directory: DirectoryIndex;
	packs: PackInfo[];
	/** True when the imported packs could not be read from storage (only the bundled directory is here). */
	importedUnavailable: boolean;
	/** Built on first use, at once, here (the bundled directory alone on the first look, tests). */
	search(): SearchIndex;
	/**
	 * The same index, built on first use in a Web Worker (search-client.ts) once a directory was
	 * imported, where every search then runs: the page stays responsive however big the directory.
	 * Its documents are put together here a slice at a time. The bundled directory alone is small:
	 * indexed and searched here.
	 */
	searchIndex(): Promise<DirectorySearch>;
	/**
	 * An index of the categories' words alone (no service), to tell which needs a text names
	 * (`needsNamedBy`) without building the whole index on the page.
	 */
	concepts(): SearchIndex;
}

const texts = new Map<Language, Promise<ResourceText>>();
let imported: Promise<{ sets: RecordSet[]; packs: PackInfo[]; unavailable: boolean }> | undefined;
const loaded = new Map<Language, Promise<LoadedDirectory>>();

function textOf(language: Language): Promise<ResourceText> {
	let text = texts.get(language);
	if (!text) texts.set(language, (text = loadMessages(language, 'resources').then(resourceTextFrom)));
	return text;
}

/** The search workers started, ended when the directory is forgotten. */
const searches = new Set<Promise<DirectorySearch>>();

/** Drops what was loaded, so the next load reads the imported packs again. */
export function forgetDirectory(): void {
	imported = undefined;
	loaded.clear();
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

async function build(language: Language): Promise<LoadedDirectory> {
	const other: Language = language === 'id' ? 'en' : 'id';
	imported ??= readImported();
	const [text, otherText, { sets, packs, unavailable }] = await Promise.all([textOf(language), textOf(other), imported]);
	const directory = await DirectoryIndex.build([bundledRecordSet(text, language), ...sets]);
	const otherBundled = () => new DirectoryIndex([bundledRecordSet(otherText, other)]);
	const options = () => {
		const [textId, textEn] = language === 'id' ? [text, otherText] : [otherText, text];
		return { termNames: termNamesIn([textId, textEn]) };
	};
	let index: SearchIndex | undefined;
	let building: Promise<DirectorySearch> | undefined;
	let concepts: SearchIndex | undefined;
	return {
		language,
		directory,
		packs,
		importedUnavailable: unavailable,
		search() {
			index ??= new SearchIndex(searchDocumentsFor(directory, [otherBundled()]), options());
			return index;
		},
		concepts() {
			concepts ??= new SearchIndex([], options());
			return concepts;
		},
		searchIndex() {
			if (!building) {
				// The bundled directory alone (no pack imported: most people) is indexed here in a moment.
				building = searchDocumentsSliced(directory, [otherBundled()]).then((documents) => startSearch(documents, options(), packs.length > 0));
				searches.add(building);
			}
			return building;
		}
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

