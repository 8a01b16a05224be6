/**
 * The list of saved runs on the My space page, newest first, with deleting. The list is read
 * without Dexie (db/runs-peek.ts: it shows no one's words); the database code loads to delete.
 */
import { peekRuns, type RunGlance } from '$lib/db/runs-peek';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { isFlowId } from '$lib/flows/registry';

export class MySpace {
	runs = $state.raw<RunGlance[] | null>(null);
	/** True when the saved runs could not be read (storage blocked or missing). */
	unreadable = $state(false);

	async load(): Promise<void> {
		try {
			this.runs = (await peekRuns()).filter((run) => isFlowId(run.flowId));
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			this.unreadable = true;
			this.runs = [];
		}
	}

	async delete(id: string): Promise<boolean> {
		const result = await writeSafely(async () => (await import('$lib/db/runs.repo')).deleteRun(id));
		if (result.ok) this.runs = (this.runs ?? []).filter((run) => run.id !== id);
		return result.ok;
	}
}
