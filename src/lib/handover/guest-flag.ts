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
