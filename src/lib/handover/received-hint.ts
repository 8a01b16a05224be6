/**
 * A mark in localStorage: this phone has received an exercise from a social worker, so the home
 * page reads the database (and loads its code) only when there is something to list there.
 */
import { isGuestSession } from './guest-flag';

const HINT_KEY = 'langkah.fromWorker';

export function hasReceivedHint(): boolean {
	try {
		return localStorage.getItem(HINT_KEY) === '1';
	} catch {
		return false;
	}
}

/** Sets the mark (not in a guest session: nothing of it may stay for the phone's owner). */
export function markReceived(): void {
	if (isGuestSession()) return;
	try {
		localStorage.setItem(HINT_KEY, '1');
	} catch {
		// Without the mark, the home page does not list them; My space still does.
	}
}
