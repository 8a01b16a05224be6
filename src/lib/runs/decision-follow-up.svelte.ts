/**
 * Looking back at a finished decision: the notes on how it went ("how did it go?"), kept on the
 * run's record in order, and where the decision came from. Reopening a decision does not change
 * this run: it starts a new one (see carry-in.ts) that links back here.
 */
import { addFollowUp, getRun, type FollowUp, type FollowUpOutcome, type RunRecord } from '$lib/db/runs.repo';
import { writeSafely } from '$lib/db/storage-status.svelte';
import { newId } from '$lib/ids';

export class DecisionFollowUp {
	readonly runId: string;
	followUps = $state.raw<FollowUp[]>([]);
	/** The date of the run this one was opened again from, when known. */
	originDate = $state<number | null>(null);
	justSaved = $state(false);

	constructor(record: RunRecord) {
		this.runId = record.id;
		this.followUps = record.followUps ?? [];
	}

	/** Reads when the run this decision came from was last changed (it may have been deleted). */
	async loadOrigin(record: RunRecord): Promise<void> {
		if (!record.origin) return;
		const origin = await getRun(record.origin.runId).catch(() => undefined);
		this.originDate = origin ? (origin.finishedAt ?? origin.updatedAt) : null;
	}

	/** Saves a note; returns whether it was stored (a storage problem is reported to the person). */
	async add(outcome: FollowUpOutcome, note: string, now: number = Date.now()): Promise<boolean> {
		this.justSaved = false;
		const result = await writeSafely(() => addFollowUp(this.runId, { id: newId(), at: now, outcome, note }));
		if (!result.ok || !result.value) return false;
		this.followUps = result.value.followUps ?? [];
		this.justSaved = true;
		return true;
	}
}
