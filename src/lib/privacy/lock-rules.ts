/**
 * The lock's rules and stored settings as plain data, without the database code: what a PIN or
 * passphrase must be, the waits after wrong entries, and the checks that turn the stored `settings`
 * records (see lock-keys.ts for what each holds) into typed values. lock-keys.ts (which writes them,
 * through Dexie) and lock-read.ts (which reads them straight from IndexedDB, for the settings page
 * and the start) both use these, so the two paths read a record the same way.
 */
import { atRestKeyring } from './at-rest';
import { normalizePassphrase } from './passphrase-crypto';

export type LockKind = 'pin' | 'passphrase';
export type LockState = 'off' | 'turning-on' | 'on' | 'turning-off';
export const LOCK_AFTER_CHOICES = [1, 5, 15] as const;
export type LockAfterMinutes = (typeof LOCK_AFTER_CHOICES)[number];
export const DEFAULT_LOCK_AFTER_MINUTES: LockAfterMinutes = 5;
export const MIN_PIN_DIGITS = 6;
export const MIN_LOCK_PASSPHRASE_LENGTH = 8;
export const FREE_TRIES = 5;
export const FIRST_WAIT_MS = 30_000;

export const LOCK_SETTING_KEYS = ['lock', 'lockState', 'lockFailures', 'lockAfterMinutes', 'lockOffered'] as const;

export interface StoredLockKey {
	kind: LockKind;
	salt: string;
	iterations: number;
	wrapIv: string;
	wrappedKey: string;
}

export interface LockFailures {
	count: number;
	lastAt: number;
}

export function isValidSecret(kind: LockKind, secret: string): boolean {
	if (kind === 'pin') return new RegExp(`^\\d{${MIN_PIN_DIGITS},}$`).test(secret);
	return [...normalizePassphrase(secret)].length >= MIN_LOCK_PASSPHRASE_LENGTH;
}

/** How long the person must wait after `count` wrong entries in a row. */
export function waitAfterFailures(count: number): number {
	return count < FREE_TRIES ? 0 : FIRST_WAIT_MS * 2 ** (count - FREE_TRIES);
}

/** When the next try is allowed (0: now). */
export function nextTryAt(failures: LockFailures): number {
	const wait = waitAfterFailures(failures.count);
	return wait === 0 ? 0 : failures.lastAt + wait;
}

/** The stored `lockState` value as a state ('off' for anything else). */
export function toLockState(value: unknown): LockState {
	return value === 'turning-on' || value === 'on' || value === 'turning-off' ? value : 'off';
}

/** The stored `lockFailures` value (none counted when missing). */
export function toFailures(value: unknown): LockFailures {
	const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<LockFailures>;
	return { count: stored.count ?? 0, lastAt: stored.lastAt ?? 0 };
}

/** The stored `lockAfterMinutes` value, or the default when it is not one of the choices. */
export function toLockAfterMinutes(value: unknown): LockAfterMinutes {
	return (LOCK_AFTER_CHOICES as readonly unknown[]).includes(value) ? (value as LockAfterMinutes) : DEFAULT_LOCK_AFTER_MINUTES;
}

/** The stored `lock` value (the wrapped key), as stored. */
export function toLockKey(value: unknown): StoredLockKey | undefined {
	return (value ?? undefined) as StoredLockKey | undefined;
}

/**
 * At start: with a lock set (any state but off), writes refuse plain text until unlocked; with
 * none, the keyring is cleared.
 */
export function prepareKeyring(state: LockState): void {
	if (state === 'off') atRestKeyring.set(undefined, false);
	else atRestKeyring.set(atRestKeyring.key, state !== 'turning-off');
}
