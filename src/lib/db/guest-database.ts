/**
 * The throw-away databases of guest sessions ("langkah-guest-<id>", one a tab that runs one; see
 * handover/guest-session.ts): deleting one when its session ends, and deleting any a closed tab
 * left behind. A tab holds a Web Lock named after its guest database for as long as it lives, so a
 * database whose lock nobody holds belongs to no open tab. Plain IndexedDB, without Dexie: this
 * runs at every start, and a page that reads no saved data should not load Dexie for it.
 */

/** Names of the databases this origin has that start with `prefix` (empty where the browser cannot list them). */
async function databasesStartingWith(prefix: string): Promise<string[]> {
	if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
	const all = await indexedDB.databases();
	return all.map((info) => info.name ?? '').filter((name) => name.startsWith(prefix));
}

/** Names of the Web Locks held or asked for now by any tab of this origin. */
async function heldLocks(): Promise<Set<string> | undefined> {
	if (typeof navigator === 'undefined' || !navigator.locks) return undefined;
	const state = await navigator.locks.query();
	return new Set([...(state.held ?? []), ...(state.pending ?? [])].map((lock) => lock.name ?? ''));
}

/** Deletes one guest database; resolves once it is gone (or the browser has it queued behind an open connection). */
export function deleteGuestDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
	});
}

/**
 * Deletes every guest database no open tab uses (except `keep`). Where Web Locks are missing, every
 * one but `keep`. Returns the names deleted.
 */
export async function deleteLeftoverGuestDatabases(prefix: string, keep?: string): Promise<string[]> {
	const [names, held] = await Promise.all([databasesStartingWith(prefix), heldLocks()]);
	const leftovers = names.filter((name) => name !== keep && !held?.has(name));
	await Promise.all(leftovers.map(deleteGuestDatabase));
	return leftovers;
}
