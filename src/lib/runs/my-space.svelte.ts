/** The list of saved runs on the My space page, newest first, with deleting. */
import { deleteRun, listRuns, type RunRecord } from '$lib/db/runs.repo';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { isFlowId } from '$lib/flows/registry';
import type { ReceivedExercise } from '$lib/handover/received-exercises';
import { hasReceivedHint } from '$lib/handover/received-hint';

/** Exercises from the person's worker: read (and their code loaded) only on a phone that has received one. */
async function receivedExercises(): Promise<ReceivedExercise[]> {
	if (!hasReceivedHint()) return [];
	return (await import('$lib/handover/received-exercises')).listReceivedExercises();
}

export class MySpace {
	runs = $state.raw<RunRecord[] | null>(null);
	/** Exercises from the person's worker, by id: their runs are listed too, with their titles. */
	received = $state.raw<readonly ReceivedExercise[]>([]);

	/** The exercise from the person's worker of this id, if the run is of one. */
	receivedExercise(flowId: string): ReceivedExercise | undefined {
		return this.received.find((exercise) => exercise.id === flowId);
	}
	/** True when the saved runs could not be read (storage blocked or missing). */
	unreadable = $state(false);

	async load(): Promise<void> {
		try {
			const [runs, received] = await Promise.all([listRuns(), receivedExercises()]);
			this.received = received;
			this.runs = runs.filter((run) => isFlowId(run.flowId) || received.some((exercise) => exercise.id === run.flowId));
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
