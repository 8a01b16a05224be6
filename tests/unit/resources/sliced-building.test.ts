import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, resetDatabase } from '$lib/db/database';
import { importDirectory, loadImportedRecordSets } from '$lib/db/resources.repo';
import { bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { parseImportEntries } from '$lib/resources/import';
import { SearchIndex, searchDocumentsFor, searchDocumentsSliced } from '$lib/resources/search';
import { resourceText } from './locale-text';

afterEach(async () => {
	resetDatabase();
	await Dexie.delete(DATABASE_NAME);
});

function services(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
		name: `Layanan ${i % 7 === 0 ? 'Konseling' : 'Pangan'} ${i}`,
		status: 'active',
		phones: [{ id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`, number: `0812${i}` }]
	}));
}

describe('a big directory, read and indexed a slice at a time', () => {
	it('reads every stored record back, batch by batch', async () => {
		const parsed = parseImportEntries([{ name: 'many.json', bytes: new TextEncoder().encode(JSON.stringify(services(2600))) }]);
		if (!parsed.ok) throw new Error(parsed.code);
		const written = await importDirectory(parsed);
		if (!written.ok) throw new Error(written.code);
		const sets = await loadImportedRecordSets();
		expect(sets).toHaveLength(1);
		expect(sets[0]!.records).toHaveLength(5200);
		expect(new Set(sets[0]!.records.map((record) => `${record.type}:${record.data.id}`)).size).toBe(5200);
	});

	it('builds the same directory and search index as at once', async () => {
		const parsed = parseImportEntries([{ name: 'many.json', bytes: new TextEncoder().encode(JSON.stringify(services(700))) }]);
		if (!parsed.ok) throw new Error(parsed.code);
		const sets = [bundledRecordSet(resourceText('id'), 'id'), { packId: 'p', records: parsed.records }];
		const atOnce = new DirectoryIndex(sets);
		const sliced = await DirectoryIndex.build(sets, 100);
		expect(sliced.size).toBe(atOnce.size);
		const documents = searchDocumentsFor(atOnce);
		expect(await searchDocumentsSliced(sliced, [], 50)).toEqual(documents);
		const [a, b] = [new SearchIndex(documents), await SearchIndex.build(documents, {}, 100)];
		for (const query of ['', 'konseling', 'pangan 12', 'sapa', 'konselnig', '0812']) expect(b.search(query), query).toEqual(a.search(query));
	});
});
