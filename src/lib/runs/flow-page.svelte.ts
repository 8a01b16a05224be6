/**
 * What the page of one exercise shows before and while a run goes on: a first look at the
 * exercise, the offer to continue a saved run or start again, then the run itself. When the
 * address asks to carry answers in (see carry-in.ts), a new run starts with them. The run is
 * written by one tab at a time (see run-writer): in the other tabs it is read-only and follows.
 */
import { loadCrisisPanel } from '$lib/components/crisis-panel-loader';
import { peekLatestActiveRun, type SavedRunGlance } from '$lib/db/runs-peek';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { takeResumeAfterUpdate } from '$lib/pwa/updates.svelte';
import type { CarriedIn } from './carry-in';
import { asksToCarry, type CarryRequest } from './carry-request';
import type { RunSession } from './run-session.svelte';
import type { RunWriter } from './run-writer.svelte';

/**
 * The run itself (XState, the engine, the step kinds) loads only when a run starts: the first look
 * needs none of it. Of the step views and their texts, only those of the step shown first come
 * with it; each later step's view loads when that step is reached (see FlowRunner), so a long
 * exercise does not load every view up front. The database code (Dexie) is not part of it: a run
 * is read without it (runs.read.ts), and the session loads it with its first write.
 */
async function loadRunSession() {
	const [{ RunSession }, steps, { loadStepSummaries }] = await Promise.all([
		import('./run-session.svelte'),
		import('$lib/steps/registry'),
		import('$lib/steps/summaries')
	]);
	/**
	 * Loads what the step a session shows needs to be drawn: its view (and the crisis panel on a
	 * step that offers help lines), and the texts and summaries of the steps up to it (a recall,
	 * recap or review sums up earlier answers).
	 */
	const loadFirstStep = async (session: RunSession) => {
		const step = session.step;
		const upTo = session.isDone ? session.definition.steps : steps.stepsUpTo(session.definition.steps, session.stepId);
		await Promise.all([
			i18n.use(...steps.stepNamespaces(upTo)),
			loadStepSummaries(upTo.map((shown) => shown.kind)),
			step && steps.loadStepView(step.kind),
			// A step that always offers help lines shows the crisis panel with it.
			step?.kind === 'info' && step.helpLines ? loadCrisisPanel() : undefined
		]);
	};
	/** A saved run, read whole (to continue it, or to follow another tab that writes it). */
	const getRun = async (id: string) => (await import('$lib/db/runs.read')).readRun(id);
	return { RunSession, loadFirstStep, getRun };
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
			// The carrying code loads only when the address asks for it.
			this.carried = asksToCarry(request) ? await (await import('./carry-in')).carryIn(this.definition, request) : null;
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
		this.#claimWhenKept(session);
		this.carried = null;
		// Answers carried in are kept at once; a run started afresh is first written with its first
		// answer or step (see RunSession), so that the database code is not needed to show step one.
		if (carried) await this.session?.save();
	}

	async continueSaved(): Promise<void> {
		const saved = this.saved;
		if (!saved) return;
		let gone = false;
		let session: RunSession | undefined;
		let Writer = undefined as typeof RunWriter | undefined;
		try {
			session = await this.#load(async ({ RunSession, getRun }) => {
				const [record, writerCode] = await Promise.all([getRun(saved.id), import('./run-writer.svelte')]);
				gone = record === undefined;
				Writer = writerCode.RunWriter;
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
		if (Writer) this.#claim(Writer, session, false);
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

	/**
	 * A run made here just now: no other tab can open it before it is stored, so it is writable at
	 * once, and writing is claimed (the writer's code loaded) once its first write is done.
	 */
	#claimWhenKept(session: RunSession): void {
		this.writer?.dispose();
		this.writer = null;
		session.setWritable(true);
		session.onSaved = () => {
			session.onSaved = undefined;
			void import('./run-writer.svelte').then(({ RunWriter }) => {
				if (!this.#disposed && this.session === session && this.writer === null) this.#claim(RunWriter, session, true);
			});
		};
	}

	/** Claims writing for the run; `fresh`: made here just now, so no other tab can have it open. */
	#claim(Writer: typeof RunWriter, session: RunSession, fresh: boolean): void {
		this.writer?.dispose();
		const writer = new Writer(session.id, {
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
		const { RunSession, loadFirstStep, getRun } = await loadRunSession();
		const record = await getRun(runId);
		if (!record || this.#disposed || this.session?.id !== runId) return;
		const next = RunSession.resume(this.definition, record);
		await loadFirstStep(next);
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
			const code = await loadRunSession();
			// The page may have been left while the code loaded: then no run starts.
			if (this.#disposed) return undefined;
			const session = await make(code);
			if (!session) return undefined;
			await code.loadFirstStep(session);
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
