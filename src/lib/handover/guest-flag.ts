/**
 * Whether this tab runs a guest session (a social worker's phone lent to a client, see
 * guest-session.ts): the guest database's name is kept in sessionStorage, which belongs to this tab
 * only and is gone when the tab closes. Tiny and without imports, so that any module may ask.
 */
export const GUEST_KEY = 'langkah.guest';
export const GUEST_DATABASE_PREFIX = 'langkah-guest-';

/** The name of this tab's guest database, or undefined outside a guest session. */
export function guestDatabaseName(): string | undefined {
	try {
		const name = sessionStorage.getItem(GUEST_KEY);
		return name?.startsWith(GUEST_DATABASE_PREFIX) ? name : undefined;
	} catch {
		return undefined;
	}
}

export function isGuestSession(): boolean {
	return guestDatabaseName() !== undefined;
}

/**
 * A mark in localStorage while guest databases may be left on this phone (set when a session
 * starts, removed once none is left): only then does Langkah load the code that looks for them.
 * It says nothing about what a session held.
 */
const LEFTOVER_KEY = 'langkah.guestUsed';

export function mayHaveGuestDatabases(): boolean {
	try {
		return localStorage.getItem(LEFTOVER_KEY) === '1';
	} catch {
		return true;
	}
}

export function markGuestDatabases(present: boolean): void {
	try {
		if (present) localStorage.setItem(LEFTOVER_KEY, '1');
		else localStorage.removeItem(LEFTOVER_KEY);
	} catch {
		// Without the mark, the leftovers are looked for at every start instead.
	}
}
