/**
 * The lock's stored settings read straight from IndexedDB (db/raw-tables.ts), without the database
 * code: the start and the settings page learn whether a lock is set, its kind, the wait after wrong
 * entries and the minutes, and load Dexie (lock-keys.ts) only to unlock or change something.
 * The records are checked as lock-keys.ts checks them (lock-rules.ts).
 */
import { readAllRecords } from '$lib/db/raw-tables';
import { toFailures, toLockAfterMinutes, toLockKey, toLockState, type LockAfterMinutes, type LockFailures, type LockState, type StoredLockKey } from './lock-rules';

export interface StoredLockSettings {
	state: LockState;
	key: StoredLockKey | undefined;
	failures: LockFailures;
	lockAfterMinutes: LockAfterMinutes;
}

/** The lock's settings as stored; as with no lock when there is no database yet. */
export async function readLockSettings(name?: string): Promise<StoredLockSettings> {
	const values = new Map<unknown, unknown>();
	for (const record of await readAllRecords('settings', {}, name)) {
		if (typeof record === 'object' && record !== null && 'key' in record) values.set(record.key, (record as { value?: unknown }).value);
	}
	return {
		state: toLockState(values.get('lockState')),
		key: toLockKey(values.get('lock')),
		failures: toFailures(values.get('lockFailures')),
		lockAfterMinutes: toLockAfterMinutes(values.get('lockAfterMinutes'))
	};
}
