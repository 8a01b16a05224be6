/**
 * Whether this browser holds Langkah's database yet, asked without loading Dexie: home loads the
 * database code (for what is due) only when there is something to read. Browsers that cannot list
 * their databases answer "maybe" (true).
 */
import { databaseName } from './database-name';

export async function databaseMayExist(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined') return false;
		if (typeof indexedDB.databases !== 'function') return true;
		return (await indexedDB.databases()).some((info) => info.name === databaseName());
	} catch {
		return true;
	}
}
