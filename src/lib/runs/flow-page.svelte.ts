/**
 * What the page of one exercise shows before and while a run goes on: a first look at the
 * exercise, the offer to continue a saved run or start again, then the run itself. When the
 * address asks to carry answers in (see carry-in.ts), a new run starts with them.
 */
import { latestActiveRun, type RunRecord } from '$lib/db/runs.repo';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { takeResumeAfterUpdate } from '$lib/pwa/updates.svelte';
import { carryIn, type CarriedIn, type CarryRequest } from './carry-in';
import { RunSession } from './run-session.svelte';

export type FlowPagePhase = 'loading' | 'intro' | 'offer' | 'running';

export class FlowPage {
	phase = $state<FlowPagePhase>('loading');
	session = $state.raw<RunSession | null>(null);
	/** The saved, unfinished run offered for continuing. */
	saved = $state.raw<RunRecord | null>(null);
	/** Answers to start a new run with, carried in from another run. */
	carried = $state.raw<CarriedIn | null>(null);
	readonly definition: FlowDefinition;

	constructor(definition: FlowDefinition) {
		this.definition = definition;
	}

	async open(request: CarryRequest = {}): Promise<void> {
		try {
			this.saved = (await latestActiveRun(this.definition.id)) ?? null;
			this.carried = await carryIn(this.definition, request);
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
		}
		this.phase = this.saved ? 'offer' : 'intro';
		if (this.saved && takeResumeAfterUpdate()) this.continueSaved();
	}

	async begin(): Promise<void> {
		const carried = this.carried;
		this.#replace(RunSession.start(this.definition, carried?.answers, carried?.origin));
		this.carried = null;
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
