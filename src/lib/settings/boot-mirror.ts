/**
 * A copy of the theme and language choices in localStorage, read by the inline script in app.html
 * before the first paint (IndexedDB cannot be read synchronously). The database stays the truth.
 */
import { isGuestSession } from '$lib/handover/guest-flag';

const KEYS = { theme: 'langkah.theme', language: 'langkah.lang' } as const;
export type MirroredKey = keyof typeof KEYS;

export function writeMirror(key: MirroredKey, value: string | undefined): void {
	// A guest session's choices are its own: the phone owner's first paint stays theirs.
	if (isGuestSession()) return;
	try {
		if (value === undefined) localStorage.removeItem(KEYS[key]);
		else localStorage.setItem(KEYS[key], value);
	} catch {
		// No localStorage (private mode, disabled storage): the first paint just uses the defaults.
	}
}

export function readMirror(key: MirroredKey): string | undefined {
	try {
		return localStorage.getItem(KEYS[key]) ?? undefined;
	} catch {
		return undefined;
	}
}

export function clearMirror(): void {
	for (const key of Object.keys(KEYS) as MirroredKey[]) writeMirror(key, undefined);
}
