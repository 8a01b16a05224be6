/** The list of saved runs on the My space page, newest first, with deleting. */
import { deleteRun, listRuns, type RunRecord } from '$lib/db/runs.repo';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { isFlowId } from '$lib/flows/registry';

export class MySpace {
	runs = $state.raw<RunRecord[] | null>(null);
	/** True when the saved runs could not be read (storage blocked or missing). */
	unreadable = $state(false);

	async load(): Promise<void> {
		try {
			this.runs = (await listRuns()).filter((run) => isFlowId(run.flowId));
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			this.unreadable = true;
			this.runs = [];
		}
	}

	async delete(id: string): Promise<boolean> {
		const result = await writeSafely(() => deleteRun(id));
		if (result.ok) this.runs = (this.runs ?? []).filter((run) => run.id !== id);
		return result.ok;
	}
}
