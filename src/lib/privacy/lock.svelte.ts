/**
 * The lock as the pages see it: whether a lock is set, whether it is open, waits after wrong
 * entries, and closing it after some minutes hidden, at quick exit and on "lock now".
 *
 * Stored: the key material, the on/off marker, wrong-entry counts and the minutes in `settings`
 * (see lock-keys.ts); the data key only in memory (at-rest.ts). One more mark, in localStorage:
 * `langkah.lock` = "1" while a lock is set, so that a start without a lock does not load the
 * database code just to find out (a database that is locked without the mark still refuses every
 * read and write of the person's words; it just is not asked for a PIN until Settings).
 */
import type { LockAfterMinutes, LockKind } from './lock-rules';
import { onLockedDataFound } from './lock-signal';
import { isGuestSession } from '$lib/handover/guest-flag';

// The database code (Dexie, in lock-keys.ts) loads only to unlock or change the lock; what pages
// show is read without it (lock-read.ts).
const lockKeys = () => import('./lock-keys');
const lockRead = () => import('./lock-read');
const lockRules = () => import('./lock-rules');
const HINT_KEY = 'langkah.lock';

export type LockStatus = 'unknown' | 'off' | 'locked' | 'unlocked';

function readHint(): boolean {
	try {
		return localStorage.getItem(HINT_KEY) === '1';
	} catch {
		return false;
	}
}

function writeHint(on: boolean): void {
	if (isGuestSession()) return;
	try {
		if (on) localStorage.setItem(HINT_KEY, '1');
		else localStorage.removeItem(HINT_KEY);
	} catch {
		// No localStorage: the database still refuses plain reads while locked.
	}
}

class Lock {
	status = $state<LockStatus>('unknown');
	kind = $state<LockKind>('pin');
	/** When the next try is allowed after wrong entries (0: now). */
	waitUntil = $state(0);
	lockAfterMinutes = $state<LockAfterMinutes>(5);
	/** A change (turning on or off) is under way. */
	busy = $state(false);
	private hiddenAt: number | undefined;
	private hiddenTimer: ReturnType<typeof setTimeout> | undefined;

	get isSet(): boolean {
		return this.status === 'locked' || this.status === 'unlocked';
	}

	/** At start (the root layout's load): locked when a lock is set and the key is not in memory. */
	async start(): Promise<void> {
		if (this.status !== 'unknown') return;
		// A guest session has no lock of its own, and must not change the owner's mark.
		if (!readHint() || isGuestSession()) {
			this.status = 'off';
			return;
		}
		await this.readFromDatabase();
	}

	/**
	 * When the database says a lock is set though the mark said none (a browser killed before the
	 * mark reached the disk): locked after all.
	 */
	async recheck(): Promise<void> {
		if (this.status === 'off') await this.readFromDatabase();
	}

	/** Reads the stored lock without the database code (lock-read.ts); Dexie loads to unlock or change it. */
	private async readFromDatabase(): Promise<void> {
		try {
			const [{ readLockSettings }, rules] = await Promise.all([lockRead(), lockRules()]);
			const stored = await readLockSettings();
			rules.prepareKeyring(stored.state);
			this.kind = stored.key?.kind ?? 'pin';
			this.waitUntil = rules.nextTryAt(stored.failures);
			this.lockAfterMinutes = stored.lockAfterMinutes;
			this.status = stored.state === 'off' || !stored.key ? 'off' : 'locked';
			if (this.status === 'off') writeHint(false);
		} catch {
			// Storage unreadable: nothing can be shown from it anyway.
			this.status = 'off';
		}
	}

	/** Reads the settings page's details (minutes) when a lock may not have been checked yet. */
	async loadSettings(): Promise<void> {
		if (this.status === 'off') return this.readFromDatabase();
		const { readLockSettings } = await lockRead();
		this.lockAfterMinutes = (await readLockSettings()).lockAfterMinutes;
	}

	/** 'ok', 'wrong' or 'wait' (then `waitUntil` says until when). */
	async unlock(secret: string): Promise<'ok' | 'wrong' | 'wait'> {
		const keys = await lockKeys();
		try {
			await keys.unlock(secret);
		} catch (error) {
			this.waitUntil = keys.nextTryAt(await keys.readFailures());
			if (error instanceof keys.MustWaitError) return 'wait';
			if (error instanceof keys.WrongSecretError) return this.waitUntil > Date.now() ? 'wait' : 'wrong';
			throw error;
		}
		this.waitUntil = 0;
		const state = await keys.readLockState();
		this.status = state === 'off' ? 'off' : 'unlocked';
		writeHint(this.status !== 'off');
		return 'ok';
	}

	async turnOn(kind: LockKind, secret: string): Promise<void> {
		const keys = await lockKeys();
		this.busy = true;
		try {
			writeHint(true);
			try {
				await keys.turnLockOn(kind, secret);
			} catch (error) {
				if (!(error instanceof keys.LockAlreadySetError)) throw error;
				await this.readFromDatabase();
				return;
			}
			this.kind = kind;
			this.status = 'unlocked';
		} finally {
			this.busy = false;
		}
	}

	async turnOff(): Promise<void> {
		const keys = await lockKeys();
		this.busy = true;
		try {
			await keys.turnLockOff();
			this.status = 'off';
			writeHint(false);
		} finally {
			this.busy = false;
		}
	}

	/** Checks the current secret, then sets a new one; false when the current one is wrong. */
	async change(current: string, kind: LockKind, secret: string): Promise<boolean> {
		const keys = await lockKeys();
		try {
			await keys.changeSecret(current, kind, secret);
		} catch (error) {
			if (error instanceof keys.WrongSecretError) return false;
			throw error;
		}
		this.kind = kind;
		return true;
	}

	async setLockAfter(minutes: LockAfterMinutes): Promise<void> {
		this.lockAfterMinutes = minutes;
		await (await lockKeys()).saveLockAfterMinutes(minutes);
	}

	/** Drops the key from memory; the unlock screen replaces the page. */
	lockNow(): void {
		if (this.status !== 'unlocked') return;
		void lockKeys().then((keys) => keys.lockNow());
		this.status = 'locked';
	}

	/** The page was hidden or shown again: lock when it stayed hidden too long. */
	visibilityChanged(hidden: boolean, now = Date.now()): void {
		clearTimeout(this.hiddenTimer);
		if (hidden) {
			this.hiddenAt = now;
			// Timers may be slowed while hidden; the check on return below catches up.
			this.hiddenTimer = setTimeout(() => this.lockNow(), this.lockAfterMinutes * 60_000);
			return;
		}
		if (this.hiddenAt !== undefined && now - this.hiddenAt >= this.lockAfterMinutes * 60_000) this.lockNow();
		this.hiddenAt = undefined;
	}

	/** After everything was deleted: no lock any more. */
	forget(): void {
		writeHint(false);
		this.status = 'off';
	}
}

export const lock = new Lock();
onLockedDataFound(() => void lock.recheck());
