/**
 * Whole records read straight from IndexedDB, without Dexie, with the person's words decrypted as
 * the at-rest middleware would (privacy/at-rest.ts): pages that only show what is stored (My
 * support network, My progress, My services, the worker's lists) draw from these, and load Dexie
 * only when the person changes something.
 *
 * Nothing is written and no database is created (see raw-read.ts). A store that does not exist yet
 * reads as empty. While the app is locked, a record with encrypted words throws
 * `DatabaseLockedError`, as a read through Dexie does, and the lock screen shows.
 */
import { databaseName } from './database-name';
import { readStores, result } from './raw-read';

/** True when a field of the record holds an encrypted value (`{ $enc: 1, ... }`, see privacy/at-rest.ts). */
function holdsEncrypted(record: unknown): boolean {
	if (typeof record !== 'object' || record === null) return false;
	return Object.values(record).some((value) => typeof value === 'object' && value !== null && (value as { $enc?: unknown }).$enc === 1);
}

async function decrypted(store: string, records: unknown[]): Promise<unknown[]> {
	// The decryption code loads only when something read is encrypted (the lock is, or was, on).
	if (!records.some(holdsEncrypted)) return records;
	const { atRestKeyring, decryptRecord, ENCRYPTED_FIELDS } = await import('$lib/privacy/at-rest');
	const fields = ENCRYPTED_FIELDS[store];
	if (!fields) return records;
	return Promise.all(records.map((record) => decryptRecord(atRestKeyring.key, store, fields, record)));
}

/**
 * Every record of `store`, in key order, or in the order of `index` (its records with `only` as the
 * index's value, when given). Records come as stored: each repo checks them as it does Dexie's.
 */
export async function readAllRecords(store: string, options: { index?: string; only?: IDBValidKey } = {}, name = databaseName()): Promise<unknown[]> {
	const stored = await readStores(
		[store],
		(transaction) => {
			const source = options.index ? transaction.objectStore(store).index(options.index) : transaction.objectStore(store);
			return result<unknown[]>(source.getAll(options.only === undefined ? undefined : IDBKeyRange.only(options.only)));
		},
		[],
		name
	);
	return decrypted(store, stored);
}

/** One record of `store` by its key, decrypted, or undefined. */
export async function readRecord(store: string, key: IDBValidKey, name = databaseName()): Promise<unknown> {
	const stored = await readStores([store], (transaction) => result<unknown>(transaction.objectStore(store).get(key)), undefined, name);
	return stored === undefined ? undefined : (await decrypted(store, [stored]))[0];
}
