/**
 * The lock's key material and its turning on and off (no UI state: that is lock.svelte.ts).
 *
 * Stored in the `settings` table, plain (none of it reveals anything the person wrote):
 * - `lock`: `{ kind: 'pin' | 'passphrase', salt, iterations, wrapIv, wrappedKey }`: PBKDF2-SHA256
 *   (600,000 iterations or more) turns the PIN or passphrase into a key that wraps (AES-GCM) a
 *   random AES-GCM-256 data key; only the wrapped data key is stored. The data key is unwrapped as
 *   non-extractable into memory (`atRestKeyring`) and never written anywhere;
 * - `lockState`: 'off' | 'turning-on' | 'on' | 'turning-off'. Turning on or off first stores the key
 *   material and this marker, then rewrites the records batch by batch (at-rest.ts), then sets the
 *   final state. A crash half way leaves the marker: the next unlock finishes the job;
 * - `lockFailures`: `{ count, lastAt }` wrong entries in a row (after 5, a wait of 30 s, doubling);
 * - `lockAfterMinutes`: 1, 5 or 15 (default 5): minutes hidden before the lock closes;
 * - `lockOffered`: true once the gentle offer was shown.
 * None of these keys travel in a backup (backup.ts copies only the person's language and theme).
 */
import { database, type LangkahDatabase } from '$lib/db/database';
import { atRestKeyring, rewriteRecords, type RewriteOptions } from './at-rest';
import {
	isValidSecret,
	nextTryAt,
	prepareKeyring,
	toFailures,
	toLockAfterMinutes,
	toLockKey,
	toLockState,
	type LockAfterMinutes,
	type LockFailures,
	type LockKind,
	type LockState,
	type StoredLockKey
} from './lock-rules';
import { deriveKeyFromPassphrase, fromBase64, IV_BYTES, MIN_PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, toBase64 } from './passphrase-crypto';

export {
	DEFAULT_LOCK_AFTER_MINUTES,
	FIRST_WAIT_MS,
	FREE_TRIES,
	isValidSecret,
	LOCK_AFTER_CHOICES,
	LOCK_SETTING_KEYS,
	MIN_LOCK_PASSPHRASE_LENGTH,
	MIN_PIN_DIGITS,
	nextTryAt,
	waitAfterFailures,
	type LockAfterMinutes,
	type LockFailures,
	type LockKind,
	type LockState,
	type StoredLockKey
} from './lock-rules';

/** Thrown by `unlock` for a wrong PIN or passphrase (the failure is counted first). */
export class WrongSecretError extends Error {
	constructor() {
		super('Wrong PIN or passphrase');
		this.name = 'WrongSecretError';
	}
}

/** Thrown by `turnLockOn` when the database already has a lock (only unlocking may go on from there). */
export class LockAlreadySetError extends Error {
	constructor() {
		super('A lock is already set');
		this.name = 'LockAlreadySetError';
	}
}

/** Thrown by `unlock` while a wait after wrong entries is running. */
export class MustWaitError extends Error {
	constructor(readonly until: number) {
		super('Too many wrong entries: wait');
		this.name = 'MustWaitError';
	}
}

async function readSetting(db: LangkahDatabase, key: string): Promise<unknown> {
	return (await db.settings.get(key))?.value;
}

export async function readLockState(db: LangkahDatabase = database()): Promise<LockState> {
	return toLockState(await readSetting(db, 'lockState'));
}

export async function readLockKey(db: LangkahDatabase = database()): Promise<StoredLockKey | undefined> {
	return toLockKey(await readSetting(db, 'lock'));
}

export async function readFailures(db: LangkahDatabase = database()): Promise<LockFailures> {
	return toFailures(await readSetting(db, 'lockFailures'));
}

export async function readLockAfterMinutes(db: LangkahDatabase = database()): Promise<LockAfterMinutes> {
	return toLockAfterMinutes(await readSetting(db, 'lockAfterMinutes'));
}

export async function saveLockAfterMinutes(minutes: LockAfterMinutes, db: LangkahDatabase = database()): Promise<void> {
	await db.settings.put({ key: 'lockAfterMinutes', value: minutes });
}

async function wrappingKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
	return deriveKeyFromPassphrase(secret, salt, iterations, ['wrapKey', 'unwrapKey']);
}

async function wrapDataKey(kind: LockKind, secret: string, dataKey: CryptoKey, iterations: number): Promise<StoredLockKey> {
	const salt = randomBytes(SALT_BYTES);
	const wrapIv = randomBytes(IV_BYTES);
	const kek = await wrappingKey(secret, salt, iterations);
	const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: wrapIv }));
	return { kind, salt: toBase64(salt), iterations, wrapIv: toBase64(wrapIv), wrappedKey: toBase64(wrapped) };
}

/** The data key from the stored material, or undefined for a wrong secret. */
async function unwrapDataKey(stored: StoredLockKey, secret: string, extractable = false): Promise<CryptoKey | undefined> {
	const salt = fromBase64(stored.salt);
	const iv = fromBase64(stored.wrapIv);
	const wrapped = fromBase64(stored.wrappedKey);
	if (!salt || !iv || !wrapped) return undefined;
	const kek = await wrappingKey(secret, salt, stored.iterations);
	try {
		return await crypto.subtle.unwrapKey('raw', wrapped, kek, { name: 'AES-GCM', iv }, { name: 'AES-GCM', length: 256 }, extractable, ['encrypt', 'decrypt']);
	} catch {
		return undefined;
	}
}

export interface TurnOptions extends RewriteOptions {
	db?: LangkahDatabase;
	iterations?: number;
}

/**
 * Turns the lock on: a new data key, wrapped with the secret and stored with the 'turning-on'
 * marker, then every record rewritten encrypted, then 'on'. The key stays in memory (unlocked).
 * Returns false when stopped early (tests): the marker stays, and `unlock` finishes later.
 */
export async function turnLockOn(kind: LockKind, secret: string, options: TurnOptions = {}): Promise<boolean> {
	if (!isValidSecret(kind, secret)) throw new RangeError('The PIN or passphrase is too short');
	const db = options.db ?? database();
	// A new key over records encrypted with the old one would make them unreadable for good.
	if ((await readLockState(db)) !== 'off' && (await readLockKey(db))) throw new LockAlreadySetError();
	const exportable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
	const stored = await wrapDataKey(kind, secret, exportable, options.iterations ?? MIN_PBKDF2_ITERATIONS);
	const dataKey = await unwrapDataKey(stored, secret);
	if (!dataKey) throw new Error('The new key could not be read back');
	await db.transaction('rw', db.settings, async () => {
		await db.settings.put({ key: 'lock', value: stored });
		await db.settings.put({ key: 'lockState', value: 'turning-on' satisfies LockState });
		await db.settings.delete('lockFailures');
	});
	atRestKeyring.set(dataKey, true);
	return finishTurning('turning-on', db, options);
}

/** Finishes an interrupted change (after `unlock`, with the key in memory). */
async function finishTurning(state: LockState, db: LangkahDatabase, options: RewriteOptions): Promise<boolean> {
	if (state !== 'turning-on' && state !== 'turning-off') return true;
	atRestKeyring.encryptsWrites = state === 'turning-on';
	if (!(await rewriteRecords(db, options))) return false;
	if (state === 'turning-on') {
		await db.settings.put({ key: 'lockState', value: 'on' satisfies LockState });
	} else {
		await db.transaction('rw', db.settings, async () => {
			await db.settings.bulkDelete(['lock', 'lockState', 'lockFailures']);
		});
		atRestKeyring.set(undefined, false);
	}
	return true;
}

/**
 * Turns the lock off (the app must be unlocked): the 'turning-off' marker first, then every record
 * rewritten plain, then the key material removed.
 */
export async function turnLockOff(options: TurnOptions = {}): Promise<boolean> {
	const db = options.db ?? database();
	if (!atRestKeyring.key) throw new Error('Unlock first');
	await db.settings.put({ key: 'lockState', value: 'turning-off' satisfies LockState });
	return finishTurning('turning-off', db, options);
}

/**
 * Checks the secret; on success puts the data key in memory, clears the failures and finishes an
 * interrupted change. Throws MustWaitError while a wait runs, WrongSecretError for a wrong secret.
 */
export async function unlock(secret: string, options: TurnOptions & { now?: number } = {}): Promise<void> {
	const db = options.db ?? database();
	const now = options.now ?? Date.now();
	const failures = await readFailures(db);
	const allowedAt = nextTryAt(failures);
	if (allowedAt > now) throw new MustWaitError(allowedAt);
	const stored = await readLockKey(db);
	if (!stored) return;
	const dataKey = await unwrapDataKey(stored, secret);
	if (!dataKey) {
		await db.settings.put({ key: 'lockFailures', value: { count: failures.count + 1, lastAt: now } satisfies LockFailures });
		throw new WrongSecretError();
	}
	if (failures.count > 0) await db.settings.delete('lockFailures');
	const state = await readLockState(db);
	atRestKeyring.set(dataKey, state !== 'turning-off' && state !== 'off');
	await finishTurning(state, db, options);
}

/** Changes the PIN or passphrase: the same data key, wrapped again (no record is rewritten). */
export async function changeSecret(oldSecret: string, kind: LockKind, newSecret: string, options: TurnOptions = {}): Promise<void> {
	const db = options.db ?? database();
	if (!isValidSecret(kind, newSecret)) throw new RangeError('The PIN or passphrase is too short');
	const stored = await readLockKey(db);
	if (!stored) throw new Error('No lock is set');
	const exportable = await unwrapDataKey(stored, oldSecret, true);
	if (!exportable) throw new WrongSecretError();
	const rewrapped = await wrapDataKey(kind, newSecret, exportable, options.iterations ?? stored.iterations);
	await db.settings.put({ key: 'lock', value: rewrapped });
}

/** Drops the key from memory: the person's words cannot be read until `unlock`. */
export function lockNow(): void {
	atRestKeyring.forgetKey();
}

/** At start: whether a lock is set (any state but off), with writes refusing plain text until unlocked. */
export async function prepareAtStart(db: LangkahDatabase = database()): Promise<LockState> {
	const state = await readLockState(db);
	prepareKeyring(state);
	return state;
}
