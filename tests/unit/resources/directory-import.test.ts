import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, resetDatabase } from '$lib/db/database';
import { importFiles } from '$lib/db/directory-import';
import { listPacks } from '$lib/db/resources.repo';
import { exampleEntry } from './hsds-schema';

afterEach(async () => {
	resetDatabase();
	await Dexie.delete(DATABASE_NAME);
});

const asFile = (name: string, bytes: Uint8Array) => new File([bytes as Uint8Array<ArrayBuffer>], name);

describe('importFiles (the import worker’s job, run in place where there is no Worker)', () => {
	it('reads, writes and reports, without sending the records back', async () => {
		const entry = exampleEntry('service_full.json');
		const outcome = await importFiles([asFile(entry.name, entry.bytes)], { language: 'en' });
		if (!outcome.ok) throw new Error(JSON.stringify(outcome));
		expect(outcome.pack.language).toBe('en');
		expect(outcome.summary.services.added).toBe(1);
		expect('records' in outcome || 'added' in outcome).toBe(false);
		expect(await listPacks()).toHaveLength(1);
	});

	it('refuses a broken file as a whole, with the values its message needs, and writes nothing', async () => {
		const outcome = await importFiles([asFile('broken.json', new TextEncoder().encode('{"id": "x", '))]);
		expect(outcome).toEqual({ ok: false, code: 'invalid-json', file: 'broken.json', params: { file: 'broken.json', line: '', limit: 32 } });
		expect(await database().directoryRecords.count()).toBe(0);
		expect(await listPacks()).toEqual([]);
	});
});
