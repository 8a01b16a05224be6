/**
 * Finds out, without Dexie, whether this browser lets Langkah keep anything: it opens and deletes a
 * small separate database ("langkah-probe"; the person's data in "langkah" is never touched), then
 * reads the storage estimate. The result is one of:
 * - `device`: storage works; what the person writes stays on this phone;
 * - `private`: storage works, but the quota is far below what a normal window gets, which is what
 *   private (incognito) windows of some browsers report. Only a hint: current Chrome reports the
 *   same quota in every window on purpose, so most private windows are NOT recognised, and we never
 *   claim one when the numbers do not say so;
 * - `unavailable`: IndexedDB is missing, blocked (site data off) or refuses to open.
 */

export type StorageMode = 'device' | 'private' | 'unavailable';

const PROBE_DATABASE = 'langkah-probe';
const PROBE_TIMEOUT_MS = 3000;
/** Below this, a quota is far from anything a normal window is given (browsers give gigabytes). */
const SMALL_QUOTA_BYTES = 120 * 1024 * 1024;

export interface StorageFacts {
	/** The probe database opened. */
	opened: boolean;
	/** navigator.storage.estimate().quota, when the browser tells. */
	quota?: number;
	/** performance.memory.jsHeapSizeLimit (Chromium only), when the browser tells. */
	heapLimit?: number;
}

/**
 * Judges the facts. A private window of Chromium before version 138 gets a quota tied to memory
 * (well under twice the script heap limit); a normal window gets a share of the disk, gigabytes.
 * Without a heap limit to compare with, only a very small quota counts as private.
 */
export function judgeStorage(facts: StorageFacts): StorageMode {
	if (!facts.opened) return 'unavailable';
	const quota = facts.quota;
	if (quota === undefined || !Number.isFinite(quota) || quota <= 0) return 'device';
	const ceiling = facts.heapLimit !== undefined && facts.heapLimit > 0 ? Math.min(2 * facts.heapLimit, 2 * 1024 ** 3) : SMALL_QUOTA_BYTES;
	return quota < ceiling ? 'private' : 'device';
}

/** True when a database can be opened (and then deleted) in this factory. */
export function canOpenDatabase(factory: () => IDBFactory | undefined, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
	return new Promise((resolve) => {
		let settled = false;
		const done = (opened: boolean) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			resolve(opened);
		};
		const timer = setTimeout(() => done(false), timeoutMs);
		try {
			const indexedDB = factory();
			if (!indexedDB) return done(false);
			const request = indexedDB.open(PROBE_DATABASE, 1);
			request.onsuccess = () => {
				request.result.close();
				// It opened: the answer is yes, once the probe is tidied away (an empty one left is harmless).
				try {
					const deletion = indexedDB.deleteDatabase(PROBE_DATABASE);
					deletion.onsuccess = deletion.onerror = deletion.onblocked = () => done(true);
				} catch {
					done(true);
				}
			};
			request.onerror = () => done(false);
			request.onblocked = () => done(false);
		} catch {
			// Some browsers throw on touching indexedDB at all when site data is blocked.
			done(false);
		}
	});
}

/** Reads the facts from this browser. Never throws. */
export async function readStorageFacts(): Promise<StorageFacts> {
	const opened = await canOpenDatabase(() => globalThis.indexedDB);
	const facts: StorageFacts = { opened };
	if (!opened) return facts;
	try {
		const estimate = await globalThis.navigator?.storage?.estimate?.();
		if (typeof estimate?.quota === 'number') facts.quota = estimate.quota;
	} catch {
		// No estimate: nothing to judge from, so nothing is claimed.
	}
	const memory = (globalThis.performance as { memory?: { jsHeapSizeLimit?: unknown } } | undefined)?.memory;
	if (typeof memory?.jsHeapSizeLimit === 'number') facts.heapLimit = memory.jsHeapSizeLimit;
	return facts;
}

export async function probeStorage(): Promise<StorageMode> {
	return judgeStorage(await readStorageFacts());
}
