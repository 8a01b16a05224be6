/**
 * What the page of one exercise shows before and while a run goes on: a first look at the
 * exercise, the offer to continue a saved run or start again, then the run itself. When the
 * address asks to carry answers in (see carry-in.ts), a new run starts with them. The run is
 * written by one tab at a time (see run-writer): in the other tabs it is read-only and follows.
 */
import { peekLatestActiveRun, type SavedRunGlance } from '$lib/db/runs-peek';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { takeResumeAfterUpdate } from '$lib/pwa/updates.svelte';
import { carryIn, type CarriedIn, type CarryRequest } from './carry-in';
import type { RunSession } from './run-session.svelte';
import { RunWriter } from './run-writer.svelte';

/**
 * The run itself (XState, the engine, the step kinds, with the texts of the flow's steps) loads
 * only when a run starts: the first look needs none of it. Of the step views, only the one of the
 * step shown first comes with it; each later step's view loads when that step is reached (see
 * FlowRunner), so a long exercise does not load every view up front.
 */
async function loadRunSession(definition: FlowDefinition) {
	const [{ RunSession }, steps, { getRun }] = await Promise.all([import('./run-session.svelte'), import('$lib/steps/registry'), import('$lib/db/runs.repo')]);
	await i18n.use(...steps.stepNamespaces(definition.steps));
	return { RunSession, loadStepView: steps.loadStepView, getRun };
}

type RunCode = Awaited<ReturnType<typeof loadRunSession>>;

export type FlowPagePhase = 'loading' | 'intro' | 'offer' | 'running';

export class FlowPage {
	phase = $state<FlowPagePhase>('loading');
	session = $state.raw<RunSession | null>(null);
	/** The saved, unfinished run offered for continuing (read without Dexie: see runs-peek). */
	saved = $state.raw<SavedRunGlance | null>(null);
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
			this.saved = (await peekLatestActiveRun(this.definition.id)) ?? null;
			this.carried = await carryIn(this.definition, request);
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
		}
		this.phase = this.saved ? 'offer' : 'intro';
		if (this.saved && takeResumeAfterUpdate()) await this.continueSaved();
	}

	async begin(): Promise<void> {
		const carried = this.carried;
		const session = await this.#load(({ RunSession }) => RunSession.start(this.definition, carried?.answers, carried?.origin));
		if (!session) return;
		this.#replace(session);
		this.#claim(session, true);
		this.carried = null;
		await this.session?.save();
	}

	async continueSaved(): Promise<void> {
		const saved = this.saved;
		if (!saved) return;
		let gone = false;
		let session: RunSession | undefined;
		try {
			session = await this.#load(async ({ RunSession, getRun }) => {
				const record = await getRun(saved.id);
				gone = record === undefined;
				return record && RunSession.resume(this.definition, record);
			});
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			return;
		}
		if (!session) {
			// The run went away meanwhile (finished or deleted in another tab): offer a new one.
			if (gone && !this.#disposed) {
				this.saved = null;
				this.phase = 'intro';
			}
			return;
		}
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
		const { RunSession, loadStepView, getRun } = await loadRunSession(this.definition);
		const record = await getRun(runId);
		if (!record || this.#disposed || this.session?.id !== runId) return;
		const next = RunSession.resume(this.definition, record);
		if (next.step) await loadStepView(next.step.kind);
		if (this.#disposed || this.session?.id !== runId) return next.dispose();
		next.setWritable(this.writer?.role === 'writer');
		next.onSaved = () => this.writer?.announceSaved();
		this.session.dispose();
		this.session = next;
	}

	/** Loads the run's code, makes the session, and loads the view of the step it shows first. */
	async #load(make: (code: RunCode) => RunSession | undefined | Promise<RunSession | undefined>): Promise<RunSession | undefined> {
		if (this.#starting) return undefined;
		this.#starting = true;
		try {
			const code = await loadRunSession(this.definition);
			// The page may have been left while the code loaded: then no run starts.
			if (this.#disposed) return undefined;
			const session = await make(code);
			if (!session) return undefined;
			if (session.step) await code.loadStepView(session.step.kind);
			if (!this.#disposed) return session;
			session.dispose();
			return undefined;
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
