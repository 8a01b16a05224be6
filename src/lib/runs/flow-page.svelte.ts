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
import type { RunSession } from './run-session.svelte';

/** The run itself (XState and the engine) loads only when a run starts: the first look needs none of it. */
const loadRunSession = async () => (await import('./run-session.svelte')).RunSession;

export type FlowPagePhase = 'loading' | 'intro' | 'offer' | 'running';

export class FlowPage {
	phase = $state<FlowPagePhase>('loading');
	session = $state.raw<RunSession | null>(null);
	/** The saved, unfinished run offered for continuing. */
	saved = $state.raw<RunRecord | null>(null);
	/** Answers to start a new run with, carried in from another run. */
	carried = $state.raw<CarriedIn | null>(null);
	readonly definition: FlowDefinition;
	/** Set while the run's code loads, so a second tap on "start" does not start a second run. */
	#starting = false;
	#disposed = false;

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
		if (this.saved && takeResumeAfterUpdate()) await this.continueSaved();
	}

	async begin(): Promise<void> {
		const carried = this.carried;
		const RunSession = await this.#load();
		if (!RunSession) return;
		this.#replace(RunSession.start(this.definition, carried?.answers, carried?.origin));
		this.carried = null;
		await this.session?.save();
	}

	async continueSaved(): Promise<void> {
		const saved = this.saved;
		if (!saved) return;
		const RunSession = await this.#load();
		if (!RunSession) return;
		this.#replace(RunSession.resume(this.definition, saved));
	}

	dispose(): void {
		this.#disposed = true;
		this.session?.dispose();
	}

	async #load(): Promise<typeof RunSession | undefined> {
		if (this.#starting) return undefined;
		this.#starting = true;
		try {
			const RunSession = await loadRunSession();
			// The page may have been left while the code loaded: then no run starts.
			return this.#disposed ? undefined : RunSession;
		} finally {
			this.#starting = false;
		}
	}

	#replace(session: RunSession): void {
		this.session?.dispose();
		this.session = session;
		this.saved = null;
		this.phase = 'running';
	}
}
