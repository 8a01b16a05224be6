/**
 * Reading the database straight from IndexedDB, without Dexie, for what pages show first (the
 * saved runs, the settings, the backup reminder's dates): those pages then draw without loading
 * the database code (Dexie, about 30 KB), which comes when something is written.
 *
 * Only fields that are never encrypted are read this way (see privacy/at-rest.ts), and nothing is
 * written. A database that does not exist yet is not created: the open is aborted in
 * `upgradeneeded`, and the reader's fallback is the answer. A store that does not exist yet (an
 * older schema) gives the fallback too.
 */
import { databaseName } from './database-name';

/** Opens the database as it is, or resolves undefined when there is none. */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
	return new Promise((resolve, reject) => {
		let request: IDBOpenDBRequest;
		try {
			request = indexedDB.open(name);
		} catch (error) {
			reject(error);
			return;
		}
		let created = false;
		request.onupgradeneeded = () => {
			// No database yet: Dexie makes it, with its schema, when something is saved.
			created = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => {
			const db = request.result;
			// Another tab upgrading the schema must not wait for this short read.
			db.onversionchange = () => db.close();
			resolve(db);
		};
		request.onerror = (event) => {
			if (!created) return reject(request.error);
			event.preventDefault();
			resolve(undefined);
		};
		request.onblocked = () => reject(Object.assign(new Error('The database is busy'), { name: 'UnknownError' }));
	});
}

/** The result of one IndexedDB request. */
export function result<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * Runs `read` in one read-only transaction over `stores`, or gives `fallback` when the database
 * or one of the stores does not exist.
 */
export async function readStores<T>(stores: readonly string[], read: (transaction: IDBTransaction) => Promise<T>, fallback: T, name = databaseName()): Promise<T> {
	const db = await openExisting(name);
	if (!db) return fallback;
	try {
		if (!stores.every((store) => db.objectStoreNames.contains(store))) return fallback;
		return await read(db.transaction([...stores], 'readonly'));
	} finally {
		db.close();
	}
}
