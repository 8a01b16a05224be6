/**
 * How the database tells the lock that it met the person's encrypted words with no key in memory.
 * The lock's quick start trusts a mark in localStorage, which a killed browser can lose; this signal
 * brings up the unlock screen anyway. No imports, so the lock can listen without loading the
 * database code on pages that do not need it.
 */
let listener: (() => void) | undefined;

export function onLockedDataFound(callback: () => void): void {
	listener = callback;
}

export function lockedDataFound(): void {
	listener?.();
}
