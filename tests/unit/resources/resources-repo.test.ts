import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangkahDatabase } from '$lib/db/database';
import { getImportedService, getPack, importDirectory, listPacks, loadImportedRecordSets, removePack, type ImportReport } from '$lib/db/resources.repo';
import { bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { exportDirectory } from '$lib/resources/export';
import { packIdForFiles, parseImportEntries, type ImportEntry, type ParsedImport } from '$lib/resources/import';
import { servicesHeld, summarizeImport } from '$lib/resources/import-summary';
import { SearchIndex, searchDocumentsFor } from '$lib/resources/search';
import { csvExampleEntries, exampleEntry, jsonExampleFiles } from './hsds-schema';
import { resourceText } from './locale-text';

let counter = 0;
const opened: LangkahDatabase[] = [];
function freshDatabase(): LangkahDatabase {
	const db = new LangkahDatabase(`resources-repo-${++counter}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	vi.restoreAllMocks();
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

function parse(entries: ImportEntry[]): ParsedImport {
	const result = parseImportEntries(entries);
	if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
	return result;
}

function report(result: Awaited<ReturnType<typeof importDirectory>>): ImportReport {
	if (!result.ok) throw new Error(`write failed: ${JSON.stringify(result)}`);
	return result;
}

const json = (name: string, value: unknown): ImportEntry => ({ name, bytes: new TextEncoder().encode(JSON.stringify(value)) });
const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';

async function everything(db: LangkahDatabase) {
	return { records: await db.directoryRecords.toArray(), packs: await db.packs.toArray() };
}

describe('importing into the directory', () => {
	it('writes a pack and its records, and reports them as added', async () => {
		const db = freshDatabase();
		const done = report(await importDirectory(parse(csvExampleEntries()), { name: 'Contoh', now: 1000 }, db));
		expect(done.added).toHaveLength(21);
		expect(done.updated).toEqual([]);
		expect(done.pack).toMatchObject({ name: 'Contoh', language: 'en', importedAt: 1000, id: packIdForFiles(csvExampleEntries().map((e) => e.name)) });
		expect(done.added.find((entry) => entry.type === 'service')).toEqual({ type: 'service', id: SERVICE_ID, name: 'Community Counselling' });
		expect(await listPacks(db)).toEqual([done.pack]);
		expect(await db.directoryRecords.count()).toBe(21);
	});

	it('adds nothing twice when the same files are imported again', async () => {
		const db = freshDatabase();
		report(await importDirectory(parse([exampleEntry('service_full.json')]), {}, db));
		const before = await everything(db);
		const again = report(await importDirectory(parse([exampleEntry('service_full.json')]), {}, db));
		expect(again.added).toEqual([]);
		expect(again.updated).toEqual([]);
		expect(again.removed).toEqual([]);
		expect(again.unchanged).toHaveLength(before.records.length);
		expect((await everything(db)).records).toEqual(before.records);
		expect(await listPacks(db)).toHaveLength(1);
	});

	it('replaces a pack with a newer file of the same name: updates, adds and removes', async () => {
		const db = freshDatabase();
		const first = { id: 'b0000000-0000-4000-8000-000000000001', name: 'Satu', status: 'active' };
		const second = { id: 'b0000000-0000-4000-8000-000000000002', name: 'Dua', status: 'active' };
		report(await importDirectory(parse([json('kota.json', [first, second])]), {}, db));
		const third = { id: 'b0000000-0000-4000-8000-000000000003', name: 'Tiga', status: 'active' };
		const next = report(await importDirectory(parse([json('kota.json', [{ ...first, name: 'Satu (baru)' }, third])]), {}, db));
		expect(next.updated.map((entry) => entry.name)).toEqual(['Satu (baru)']);
		expect(next.added.map((entry) => entry.name)).toEqual(['Tiga']);
		expect(next.removed.map((entry) => entry.name)).toEqual(['Dua']);
		const [set] = await loadImportedRecordSets(undefined, db);
		expect(set!.records.map((record) => (record.data as { name: string }).name).sort()).toEqual(['Satu (baru)', 'Tiga']);
	});

	it('keeps two different directories whose files have the same name as two packs', async () => {
		const db = freshDatabase();
		const north = json('export.json', [{ id: 'c0000000-0000-4000-8000-000000000001', name: 'Utara', status: 'active' }]);
		const south = json('export.json', [{ id: 'c0000000-0000-4000-8000-000000000002', name: 'Selatan', status: 'active' }]);
		const first = report(await importDirectory(parse([north]), {}, db));
		const second = report(await importDirectory(parse([south]), {}, db));
		expect(second.removed).toEqual([]);
		expect(second.pack.id).not.toBe(first.pack.id);
		expect((await listPacks(db)).map((pack) => pack.id).sort()).toEqual([first.pack.id, second.pack.id].sort());
		expect(await db.directoryRecords.count()).toBe(2);
		// Each is found again when imported again, and only its own pack changes.
		const southAgain = json('export.json', [{ id: 'c0000000-0000-4000-8000-000000000002', name: 'Selatan (baru)', status: 'active' }]);
		const again = report(await importDirectory(parse([southAgain]), {}, db));
		expect(again.pack.id).toBe(second.pack.id);
		expect(again.updated.map((entry) => entry.name)).toEqual(['Selatan (baru)']);
		expect(report(await importDirectory(parse([north]), {}, db)).unchanged).toHaveLength(1);
		expect(await listPacks(db)).toHaveLength(2);
	});

	it('moves a record another pack had to the new pack, and keeps both packs\' counts true', async () => {
		const db = freshDatabase();
		const extra = json('extra.json', [{ id: 'b0000000-0000-4000-8000-000000000001', name: 'Only here', status: 'active' }]);
		const first = report(await importDirectory(parse([exampleEntry('service_full.json'), extra]), {}, db));
		const moved = report(await importDirectory(parse(csvExampleEntries()), {}, db));
		expect(moved.updated.some((entry) => entry.id === SERVICE_ID)).toBe(true);
		expect(await getPack(first.pack.id, db)).toMatchObject({ counts: { service: 1 } });
		expect(await db.directoryRecords.where('packId').equals(first.pack.id).count()).toBe(1);
		// A pack left with nothing is removed.
		report(await importDirectory(parse([json('other.json', [{ id: 'b0000000-0000-4000-8000-000000000001', name: 'Moved', status: 'active' }])]), {}, db));
		expect(await getPack(first.pack.id, db)).toBeUndefined();
	});

	it('skips records that belong to the bundled directory', async () => {
		const db = freshDatabase();
		const bundled = new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')]);
		const exported = exportDirectory(bundled).document;
		const result = await importDirectory(parse([json('langkah-export.json', exported)]), {}, db);
		expect(result).toEqual({ ok: false, code: 'no-records' });
		expect(await db.directoryRecords.count()).toBe(0);
	});

	it('changes nothing when the write fails half way (all or nothing)', async () => {
		const db = freshDatabase();
		report(await importDirectory(parse([exampleEntry('service_full.json')]), {}, db));
		const before = await everything(db);
		vi.spyOn(db.packs, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
		const result = await importDirectory(parse(csvExampleEntries()), {}, db);
		expect(result).toEqual({ ok: false, code: 'storage-failed', storage: 'quota' });
		vi.restoreAllMocks();
		expect(await everything(db)).toEqual(before);
	});

	it('changes nothing when a file is broken: the import never reaches the database', async () => {
		const db = freshDatabase();
		report(await importDirectory(parse([exampleEntry('service_full.json')]), {}, db));
		const before = await everything(db);
		const broken = parseImportEntries([...csvExampleEntries().slice(0, 5), { name: 'services.json', bytes: new TextEncoder().encode('{"id":') }]);
		expect(broken).toMatchObject({ ok: false, code: 'invalid-json' });
		expect(await everything(db)).toEqual(before);
	});
});

describe('reading the directory', () => {
	it('gets one service with its organization, phones, schedules, locations and more', async () => {
		const db = freshDatabase();
		report(await importDirectory(parse([exampleEntry('service_full.json')]), {}, db));
		const detail = (await getImportedService(SERVICE_ID, db))!;
		expect(detail.service.name).toBe('Community Counselling');
		expect(detail.organization?.name).toBe('Example Organization Inc.');
		expect(detail.program?.name).toBe('Community Mental Health Support');
		expect(detail.phones.map(({ phone }) => phone.number)).toEqual(['"+44 1234 234567"']);
		expect(detail.phones[0]!.languages.map((language) => language.name)).toEqual(['Urdu']);
		expect(detail.schedules).toHaveLength(1);
		expect(detail.serviceAreas).toHaveLength(1);
		expect(detail.costOptions[0]).toMatchObject({ amount: 35, currency: 'gbp' });
		expect(detail.requiredDocuments).toHaveLength(1);
		expect(detail.contacts[0]!.contact.name).toBe('Ann Persona');
		expect(detail.attributes[0]!.term?.id).toBe('3f7b145d-84af-42d7-8fae-eaca714b02b2');
		expect(detail.locations[0]!.location?.name).toBe('MyCity Civic Center');
		expect(detail.locations[0]!.addresses[0]!.city).toBe('MyCity');
		expect(detail.locations[0]!.accessibility).toHaveLength(1);
		// The same as putting the whole directory together in memory.
		const [set] = await loadImportedRecordSets(undefined, db);
		expect(new DirectoryIndex([set!]).serviceDetail(SERVICE_ID)).toEqual(detail);
		expect(await getImportedService('00000000-0000-4000-8000-000000000000', db)).toBeUndefined();
	});

	it('leaves out a damaged record instead of failing', async () => {
		const db = freshDatabase();
		report(await importDirectory(parse([exampleEntry('service_full.json')]), {}, db));
		await db.directoryRecords.put({ type: 'phone', id: 'x', packId: 'p', links: [], data: { id: 'x', number: 5 } });
		await db.directoryRecords.put({ type: 'nonsense', id: 'y', packId: 'p', links: [], data: { id: 'y' } });
		await db.directoryRecords.update(['service', SERVICE_ID], { data: { id: SERVICE_ID, name: 'No status' } });
		const sets = await loadImportedRecordSets(undefined, db);
		const all = sets.flatMap((set) => set.records);
		expect(all.some((record) => record.data.id === 'x' || record.data.id === 'y')).toBe(false);
		expect(all.some((record) => record.type === 'service')).toBe(false);
		expect(await getImportedService(SERVICE_ID, db)).toBeUndefined();
		await db.packs.put({ id: 'bad', name: 5 as unknown as string, language: 'id', sourceFiles: [], importedAt: 1, counts: {} });
		expect((await listPacks(db)).map((pack) => pack.id)).not.toContain('bad');
	});

	it('removes a pack as a whole, leaving the others', async () => {
		const db = freshDatabase();
		const a = report(await importDirectory(parse([exampleEntry('taxonomy.json')]), {}, db));
		const b = report(await importDirectory(parse([json('kota.json', [{ id: 'b0000000-0000-4000-8000-000000000001', name: 'Satu', status: 'active' }])]), {}, db));
		expect(await removePack(a.pack.id, db)).toBe(1);
		expect(await getPack(a.pack.id, db)).toBeUndefined();
		expect((await listPacks(db)).map((pack) => pack.id)).toEqual([b.pack.id]);
		expect(await db.directoryRecords.count()).toBe(1);
	});

	it('keeps the language an import came in, or the one the person chose', async () => {
		const db = freshDatabase();
		const indonesian = [{ id: 'b0000000-0000-4000-8000-000000000001', name: 'Layanan untuk anak dan keluarga', description: 'Bantuan untuk orang yang tidak mampu dan anak yang butuh tempat aman', status: 'active' }];
		expect(report(await importDirectory(parse([json('id.json', indonesian)]), {}, db)).pack.language).toBe('id');
		expect(report(await importDirectory(parse([json('x.json', [{ id: 'b0000000-0000-4000-8000-000000000009', name: 'X', status: 'active' }])]), {}, db)).pack.language).toBe('und');
		expect(report(await importDirectory(parse([json('y.json', [{ id: 'b0000000-0000-4000-8000-000000000008', name: 'Y', status: 'active' }])]), { language: 'en' }, db)).pack.language).toBe('en');
	});
});

async function importEntries(entries: ImportEntry[], db: LangkahDatabase): Promise<ImportReport> {
	return report(await importDirectory(parse(entries), {}, db));
}

/** The services the directory list shows once the imported packs are read back. */
async function listedServices(db: LangkahDatabase): Promise<string[]> {
	const directory = new DirectoryIndex(await loadImportedRecordSets(undefined, db));
	return new SearchIndex(searchDocumentsFor(directory)).search('').map((hit) => hit.id);
}

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
