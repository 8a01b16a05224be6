import { classifyStorageError, type StorageProblem } from './storage-errors';

export type WriteResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** The latest storage problem, shown as one calm message until the person dismisses it. */
class StorageStatus {
	problem = $state<StorageProblem | null>(null);

	report(problem: StorageProblem): void {
		this.problem = problem;
	}

	dismiss(): void {
		this.problem = null;
	}

	reset(): void {
		this.problem = null;
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
