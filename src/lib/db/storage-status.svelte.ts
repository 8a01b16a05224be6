import { classifyStorageError, type StorageProblem } from './storage-errors';
import { probeStorage, type StorageMode } from './storage-probe';

export type WriteResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/**
 * The latest storage problem, shown as one calm message until the person dismisses it; and what
 * the browser lets Langkah keep (`mode`, undefined until checked once at start, see storage-probe).
 */
class StorageStatus {
	problem = $state<StorageProblem | null>(null);
	mode = $state<StorageMode | undefined>(undefined);
	#checking: Promise<StorageMode> | undefined;

	report(problem: StorageProblem): void {
		this.problem = problem;
	}

	/** Checks once whether storage works here (the layout asks when the app starts). */
	check(probe: () => Promise<StorageMode> = probeStorage): Promise<StorageMode> {
		this.#checking ??= probe().then((mode) => (this.mode = mode));
		return this.#checking;
	}

	/**
	 * The i18n key of a "saved on this device" line: the usual one, or, when storage is known not
	 * to last, the one that says so (a private window) or that nothing is saved at all.
	 */
	savedLineKey(usualKey: string): string {
		if (this.mode === 'private') return 'common:storage.savedPrivate';
		if (this.mode === 'unavailable') return 'common:storage.savedNone';
		return usualKey;
	}

	dismiss(): void {
		this.problem = null;
	}

	reset(): void {
		this.problem = null;
		this.mode = undefined;
		this.#checking = undefined;
	}
}

export const storageStatus = new StorageStatus();

/** Runs a write; a failure is reported to `storageStatus` and returned, never thrown. */
export async function writeSafely<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
	try {
		const value = await write();
		return { ok: true, value };
	} catch (error) {
		const problem = classifyStorageError(error);
		storageStatus.report(problem);
		return { ok: false, problem };
	}
}
