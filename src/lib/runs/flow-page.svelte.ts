/**
 * What the page of one exercise shows before and while a run goes on: a first look at the
 * exercise, the offer to continue a saved run or start again, then the run itself.
 */
import { latestActiveRun, type RunRecord } from '$lib/db/runs.repo';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { takeResumeAfterUpdate } from '$lib/pwa/updates.svelte';
import { RunSession } from './run-session.svelte';

export type FlowPagePhase = 'loading' | 'intro' | 'offer' | 'running';

export class FlowPage {
	phase = $state<FlowPagePhase>('loading');
	session = $state.raw<RunSession | null>(null);
	/** The saved, unfinished run offered for continuing. */
	saved = $state.raw<RunRecord | null>(null);
	readonly definition: FlowDefinition;

	constructor(definition: FlowDefinition) {
		this.definition = definition;
	}

	async open(): Promise<void> {
		try {
			this.saved = (await latestActiveRun(this.definition.id)) ?? null;
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
		}
		this.phase = this.saved ? 'offer' : 'intro';
		if (this.saved && takeResumeAfterUpdate()) this.continueSaved();
	}

	async begin(): Promise<void> {
		this.#replace(RunSession.start(this.definition));
		await this.session?.save();
	}

	continueSaved(): void {
		if (this.saved) this.#replace(RunSession.resume(this.definition, this.saved));
	}

	dispose(): void {
		this.session?.dispose();
	}

	#replace(session: RunSession): void {
		this.session?.dispose();
		this.session = session;
		this.saved = null;
		this.phase = 'running';
	}
}
