/**
 * Whether this browser holds Langkah's database yet, asked without loading Dexie: home loads the
 * database code (for what is due) only when there is something to read. Browsers that cannot list
 * their databases answer "maybe" (true).
 */

/** The database's name; the same as DATABASE_NAME in database.ts, which this file must not import (it would bring Dexie). */
export const DATABASE_NAME_WITHOUT_DEXIE = 'langkah';

export async function databaseMayExist(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined') return false;
		if (typeof indexedDB.databases !== 'function') return true;
		return (await indexedDB.databases()).some((info) => info.name === DATABASE_NAME_WITHOUT_DEXIE);
	} catch {
		return true;
	}
}
