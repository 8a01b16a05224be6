import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, resetDatabase } from '$lib/db/database';
import { readAllRecords, readRecord } from '$lib/db/raw-tables';
import { atRestKeyring, DatabaseLockedError } from '$lib/privacy/at-rest';

const person = (id: string, name: string, needs: string[] = []) => ({ id, name, howTheyCanHelp: 'listens', contact: '0812', needs, createdAt: 1, updatedAt: 1 });

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	resetDatabase();
	await database().delete();
	resetDatabase();
});

afterEach(() => atRestKeyring.set(undefined, false));

describe('whole records read without Dexie', () => {
	it('reads nothing and creates no database on a first visit', async () => {
		expect(await readAllRecords('people')).toEqual([]);
		expect(await readRecord('people', 'a')).toBeUndefined();
		expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(DATABASE_NAME);
	});

	it('reads what Dexie wrote, in key order or by an index value', async () => {
		await database().people.bulkPut([person('b', 'Bu Sri', ['food']), person('a', 'Pak Budi', ['housing', 'food'])]);
		expect((await readAllRecords('people')).map((record) => (record as { name: string }).name)).toEqual(['Pak Budi', 'Bu Sri']);
		expect(await readAllRecords('people', { index: 'needs', only: 'housing' })).toEqual([person('a', 'Pak Budi', ['housing', 'food'])]);
		expect(await readRecord('people', 'b')).toEqual(person('b', 'Bu Sri', ['food']));
	});

	it('decrypts words stored while the lock is on, and refuses them once locked', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await database().people.put(person('a', 'Pak Budi'));
		const stored = await database().backendDB().transaction('people').objectStore('people').get('a');
		await new Promise((resolve) => (stored.onsuccess = resolve));
		expect(JSON.stringify(stored.result)).not.toContain('Pak Budi');
		expect(await readRecord('people', 'a')).toEqual(person('a', 'Pak Budi'));
		expect(await readAllRecords('people')).toEqual([person('a', 'Pak Budi')]);
		atRestKeyring.forgetKey();
		await expect(readAllRecords('people')).rejects.toBeInstanceOf(DatabaseLockedError);
	});
});
