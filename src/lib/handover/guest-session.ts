/**
 * Guest mode for a shared phone: a social worker lends their phone to a client for a session.
 * The tab then uses a database of its own ("langkah-guest-<id>"), so the client's answers never
 * enter the phone owner's data, and the owner's runs, lock and settings are neither read nor
 * changed. The session ends with "end session" (its database is deleted) or when the tab closes
 * (sessionStorage forgets it; the database left behind is deleted the next time Langkah starts).
 * Starting and ending reload the app, so that nothing read from one database stays on screen.
 * This code (and Dexie, for the switch) loads at start only in a guest tab, or while a guest
 * database may be left over (see guest-flag.ts): most pages read no saved data at all.
 */
import { deleteGuestDatabase, deleteLeftoverGuestDatabases } from '$lib/db/guest-database';
import { GUEST_DATABASE_PREFIX, GUEST_KEY, guestDatabaseName, markGuestDatabases } from './guest-flag';

/** Resolves the Web Lock this tab holds while its guest session lives. */
let releaseLock: (() => void) | undefined;

function holdLock(name: string): void {
	if (releaseLock || typeof navigator === 'undefined' || !navigator.locks) return;
	void navigator.locks.request(name, () => new Promise<void>((resolve) => (releaseLock = resolve)));
}

/**
 * At start (the root layout's load, before anything reads the database): in a guest tab, its own
 * database is used from the first read on; in every tab, guest databases no open tab uses any more
 * are deleted (in the background).
 */
export async function startGuestMode(): Promise<void> {
	const name = guestDatabaseName();
	if (name) {
		const { useDatabaseNamed } = await import('$lib/db/database');
		useDatabaseNamed(name);
		holdLock(name);
	}
	void cleanUpGuestDatabases(name);
}

/** Deletes the guest databases no open tab uses; the mark goes once none is left (see guest-flag.ts). */
async function cleanUpGuestDatabases(keep: string | undefined): Promise<void> {
	try {
		await deleteLeftoverGuestDatabases(GUEST_DATABASE_PREFIX, keep);
		const left = (await indexedDB.databases()).some((info) => info.name?.startsWith(GUEST_DATABASE_PREFIX));
		if (!left) markGuestDatabases(false);
	} catch {
		// Tried again at the next start.
	}
}

/** Starts a session for someone else in this tab, then opens the home page in it. */
export function beginGuestSession(go: (href: string) => void = (href) => location.assign(href)): void {
	const id = crypto.randomUUID().slice(0, 8);
	markGuestDatabases(true);
	sessionStorage.setItem(GUEST_KEY, `${GUEST_DATABASE_PREFIX}${id}`);
	go('/');
}

/** Ends the guest session: its database is deleted, and the app opens again as the owner's. */
export async function endGuestSession(go: (href: string) => void = (href) => location.assign(href)): Promise<void> {
	const name = guestDatabaseName();
	sessionStorage.removeItem(GUEST_KEY);
	if (name) {
		const { resetDatabase, useDatabaseNamed } = await import('$lib/db/database');
		resetDatabase();
		useDatabaseNamed();
		await deleteGuestDatabase(name);
		releaseLock?.();
		releaseLock = undefined;
		await cleanUpGuestDatabases(undefined);
	}
	go('/worker');
}
