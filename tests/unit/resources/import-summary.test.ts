import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LangkahDatabase } from '$lib/db/database';
import { importDirectory, listPacks, loadImportedRecordSets, type ImportReport } from '$lib/db/resources.repo';
import { bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { parseImportEntries, type ImportEntry } from '$lib/resources/import';
import { servicesHeld, summarizeImport } from '$lib/resources/import-summary';
import { SearchIndex, searchDocumentsFor } from '$lib/resources/search';
import { csvExampleEntries, exampleEntry, jsonExampleFiles } from './hsds-schema';
import { resourceText } from './locale-text';

let counter = 0;
const opened: LangkahDatabase[] = [];
function freshDatabase(): LangkahDatabase {
	const db = new LangkahDatabase(`import-summary-${++counter}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

async function importEntries(entries: ImportEntry[], db: LangkahDatabase): Promise<ImportReport> {
	const parsed = parseImportEntries(entries);
	if (!parsed.ok) throw new Error(`import failed: ${JSON.stringify(parsed)}`);
	const done = await importDirectory(parsed, {}, db);
	if (!done.ok) throw new Error(`write failed: ${JSON.stringify(done)}`);
	return done;
}

/** The services the directory list shows once the imported packs are read back. */
async function listedServices(db: LangkahDatabase): Promise<string[]> {
	const directory = new DirectoryIndex(await loadImportedRecordSets(undefined, db));
	return new SearchIndex(searchDocumentsFor(directory)).search('').map((hit) => hit.id);
}

const json = (name: string, value: unknown): ImportEntry => ({ name, bytes: new TextEncoder().encode(JSON.stringify(value)) });

describe('the import report counts what the list shows', () => {
	it('service_list.json: one service added (not "3"), its organization and program apart', async () => {
		const db = freshDatabase();
		const done = await importEntries([exampleEntry('service_list.json')], db);
		// The cause of "Added: 3" next to "Services: 1": every record was counted as added.
		expect(done.added).toHaveLength(3);
		const summary = summarizeImport(done);
		expect(summary).toEqual({
			services: { added: 1, updated: 0, unchanged: 0, removed: 0 },
			others: { added: 2, updated: 0, unchanged: 0, removed: 0 }
		});
		const [pack] = await listPacks(db);
		expect(pack!.counts.service).toBe(servicesHeld(summary));
		expect(await listedServices(db)).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
	});

	it('agrees for every official example and the CSV data package, imported and read back', async () => {
		const cases: [string, ImportEntry[]][] = jsonExampleFiles()
			.filter((file) => file !== 'base.json')
			.map((file) => [file, [exampleEntry(file)]]);
		cases.push(['csv', csvExampleEntries()]);
		for (const [name, entries] of cases) {
			const db = freshDatabase();
			const summary = summarizeImport(await importEntries(entries, db));
			const [pack] = await listPacks(db);
			const listed = await listedServices(db);
			expect(pack!.counts.service ?? 0, name).toBe(servicesHeld(summary));
			expect(listed.length, name).toBe(servicesHeld(summary));
		}
	});

	it('counts services updated, unchanged and removed on a second import, and the rest apart', async () => {
		const db = freshDatabase();
		const organization = { id: 'e0000000-0000-4000-8000-00000000000a', name: 'Yayasan Contoh', description: 'Lembaga contoh' };
		const service = (n: number, name: string) => ({
			id: `e0000000-0000-4000-8000-00000000000${n}`,
			name,
			status: 'active',
			organization
		});
		await importEntries([json('kota.json', [service(1, 'Satu'), service(2, 'Dua'), service(3, 'Tiga')])], db);
		const again = await importEntries([json('kota.json', [service(1, 'Satu (baru)'), service(2, 'Dua'), service(4, 'Empat')])], db);
		expect(summarizeImport(again)).toEqual({
			services: { added: 1, updated: 1, unchanged: 1, removed: 1 },
			others: { added: 0, updated: 0, unchanged: 1, removed: 0 }
		});
		const [pack] = await listPacks(db);
		expect(pack!.counts.service).toBe(3);
		expect(await listedServices(db)).toHaveLength(3);
	});

	it('says when the files hold no services', async () => {
		const summary = summarizeImport(await importEntries([exampleEntry('organization_list.json')], freshDatabase()));
		expect(servicesHeld(summary)).toBe(0);
		expect(summary.others.added).toBe(1);
	});

	it('shows an imported service beside the bundled directory', async () => {
		const db = freshDatabase();
		await importEntries([exampleEntry('service_list.json')], db);
		const bundled = bundledRecordSet(resourceText('en'), 'en');
		const alone = new DirectoryIndex([bundled]).serviceIds().length;
		const together = new DirectoryIndex([bundled, ...(await loadImportedRecordSets(undefined, db))]);
		expect(new SearchIndex(searchDocumentsFor(together)).search('')).toHaveLength(alone + 1);
	});
});
