/**
 * What the page of one exercise shows before and while a run goes on: a first look at the
 * exercise, the offer to continue a saved run or start again, then the run itself. When the
 * address asks to carry answers in (see carry-in.ts), a new run starts with them. The run is
 * written by one tab at a time (see run-writer): in the other tabs it is read-only and follows.
 */
import { getRun, latestActiveRun, type RunRecord } from '$lib/db/runs.repo';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { takeResumeAfterUpdate } from '$lib/pwa/updates.svelte';
import { carryIn, type CarriedIn, type CarryRequest } from './carry-in';
import type { RunSession } from './run-session.svelte';
import { RunWriter } from './run-writer.svelte';

/**
 * The run itself (XState, the engine, the step kinds and the views of the flow's steps, with the
 * texts only they need) loads only when a run starts: the first look needs none of it.
 */
async function loadRunSession(definition: FlowDefinition) {
	const [{ RunSession }, steps] = await Promise.all([import('./run-session.svelte'), import('$lib/steps/registry')]);
	await Promise.all([steps.loadStepViews(definition.steps), i18n.use(...steps.stepNamespaces(definition.steps))]);
	return RunSession;
}

export type FlowPagePhase = 'loading' | 'intro' | 'offer' | 'running';

export class FlowPage {
	phase = $state<FlowPagePhase>('loading');
	session = $state.raw<RunSession | null>(null);
	/** The saved, unfinished run offered for continuing. */
	saved = $state.raw<RunRecord | null>(null);
	/** Answers to start a new run with, carried in from another run. */
	carried = $state.raw<CarriedIn | null>(null);
	/** Who writes the run on screen: this tab, or another one (then this screen is read-only). */
	writer = $state.raw<RunWriter | null>(null);
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
		const session = RunSession.start(this.definition, carried?.answers, carried?.origin);
		this.#replace(session);
		this.#claim(session, true);
		this.carried = null;
		await this.session?.save();
	}

	async continueSaved(): Promise<void> {
		const saved = this.saved;
		if (!saved) return;
		const RunSession = await this.#load();
		if (!RunSession) return;
		const session = RunSession.resume(this.definition, saved);
		this.#replace(session);
		this.#claim(session, false);
	}

	/** True while another tab writes the run on screen (or while that is being found out, a moment). */
	get readOnly(): boolean {
		return this.phase === 'running' && this.writer !== null && this.writer.role !== 'writer';
	}

	/** "Write here instead": the other tab writes what it has, becomes read-only, and this tab writes. */
	takeOver(): Promise<void> {
		return this.writer?.takeOver() ?? Promise.resolve();
	}

	dispose(): void {
		this.#disposed = true;
		this.writer?.dispose();
		this.session?.dispose();
	}

	/** Claims writing for the run; `fresh`: made here just now, so no other tab can have it open. */
	#claim(session: RunSession, fresh: boolean): void {
		this.writer?.dispose();
		const writer = new RunWriter(session.id, {
			flush: () => this.session?.flush() ?? Promise.resolve(),
			reload: () => this.#reload(session.id),
			onRole: (role) => this.session?.setWritable(role === 'writer')
		});
		session.setWritable(fresh);
		session.onSaved = () => writer.announceSaved();
		this.writer = writer;
		writer.start({ fresh });
	}

	/** Shows the run as stored now (another tab wrote it); the screen stays read-only until the writer says. */
	async #reload(runId: string): Promise<void> {
		const RunSession = await loadRunSession(this.definition);
		const record = await getRun(runId);
		if (!record || this.#disposed || this.session?.id !== runId) return;
		const next = RunSession.resume(this.definition, record);
		next.setWritable(this.writer?.role === 'writer');
		next.onSaved = () => this.writer?.announceSaved();
		this.session.dispose();
		this.session = next;
	}

	async #load(): Promise<typeof RunSession | undefined> {
		if (this.#starting) return undefined;
		this.#starting = true;
		try {
			const RunSession = await loadRunSession(this.definition);
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
