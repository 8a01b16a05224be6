/**
 * "Delete all my data": removes everything Langkah keeps in this browser, in this order.
 * 1. Writers stop: this tab's data generation moves on, and the other open tabs are told on the
 *    BroadcastChannel `langkah-data` (privacy/data-wiped); they stop writing, clear their own
 *    sessionStorage and reload to a clean home page.
 * 2. IndexedDB: every table of the `langkah` database is emptied, then the database is deleted.
 * 3. localStorage: all of it (the theme and language copy read before the first paint).
 * 4. sessionStorage: all of it (SvelteKit's page snapshots and scroll positions, the update mark)
 *    and the words pages kept for Back (privacy/page-snapshots), so Back shows no search words.
 * 5. Cache Storage: every cache except the service worker's precache of the app itself
 *    (`workbox-precache-*`, the app's own files, none of the person's). The app makes no other
 *    cache today; any other found (an older version's, a future one's) is deleted.
 * What it cannot do: the browser may keep traces of deleted records in its files on disk until its
 * own clean-up. Clearing the site's data in the browser's settings removes those too; the settings
 * page says so.
 */
import { deleteDatabase } from '$lib/db/database';
import { announceDataWiped, clearSessionTraces, markDataWiped } from './data-wiped';

/** The prefix of the caches Workbox precaches the app into (workbox-precaching's default name). */
export const APP_PRECACHE_PREFIX = 'workbox-precache';

export interface WipeOutcome {
	/** False when the database refused to be emptied: the person should try again. */
	ok: boolean;
	/** Why the database refused, when it did. */
	error?: unknown;
	/** False when the emptied database could not be deleted yet (another tab held on to it). */
	databaseDeleted: boolean;
	/** The caches that were deleted (not the app's precache). */
	cachesDeleted: string[];
}

/** Names of the caches that may hold something of the person's: all but the app's precache. */
export function cachesToDelete(names: readonly string[]): string[] {
	return names.filter((name) => !name.startsWith(APP_PRECACHE_PREFIX));
}

async function deleteCaches(): Promise<string[]> {
	if (typeof caches === 'undefined') return [];
	const names = cachesToDelete(await caches.keys());
	await Promise.all(names.map((name) => caches.delete(name)));
	return names;
}

function clearLocalStorage(): void {
	try {
		localStorage.clear();
	} catch {
		// No localStorage (blocked storage): nothing was kept there.
	}
}

/** Deletes everything; every step runs even if an earlier one failed. */
export async function wipeAllData(): Promise<WipeOutcome> {
	markDataWiped();
	announceDataWiped();

	let error: unknown;
	let databaseDeleted = false;
	try {
		databaseDeleted = await deleteDatabase();
	} catch (refused) {
		error = refused;
	}
	clearLocalStorage();
	clearSessionTraces();
	const cachesDeleted = await deleteCaches().catch(() => []);
	return error === undefined ? { ok: true, databaseDeleted, cachesDeleted } : { ok: false, error, databaseDeleted, cachesDeleted };
}
