/**
 * One guided-flow run in progress: an XState actor compiled from the flow definition, bridged to
 * Svelte with createSubscriber, and saved to the `runs` table after every change. A write starts
 * at once; changes made while it is in flight are written right after it, so the stored run is
 * never more than one write behind what is on screen. Pending writes are flushed when the page
 * hides or a new version takes over (see db/pending-writes). Once all data is deleted, in this tab or
 * another, the session writes nothing more (privacy/data-wiped). While another tab writes this run
 * (see run-writer), the session is read-only: it takes no events and starts no write, and the page
 * replaces it with the run as stored each time that writer saves.
 *
 * The database code (Dexie, runs.repo) loads with the first write, not with the session: a new run
 * is first written when there is something to keep (its first answer or step, or the answers it
 * was started with; see FlowPage.begin), so its first step shows without it.
 */
import { createSubscriber } from 'svelte/reactivity';
import { createActor } from 'xstate';
import { registerFlush } from '$lib/db/pending-writes';
import type { RunOrigin, RunRecord } from '$lib/db/runs.records';
import { writeSafely } from '$lib/db/storage-status.svelte';
import {
	canGoBack,
	createFlowMachine,
	currentStepId,
	progressOf,
	stepById,
	type FlowActor,
	type FlowEvent
} from '$lib/flows/flow-engine';
import { restoreFlowActorInput, startWithAnswers } from '$lib/flows/flow-restore';
import { DONE, type Answer, type Answers, type FlowDefinition, type StepDefinition } from '$lib/flows/flow-types';
import { newId } from '$lib/ids';
import { dataGeneration } from '$lib/privacy/data-wiped';
import { settings } from '$lib/settings/settings.svelte';

/** The runs table's writes, loaded once, with the first write of any session. */
let runsRepo: Promise<typeof import('$lib/db/runs.repo')> | undefined;
function loadRunsRepo(): Promise<typeof import('$lib/db/runs.repo')> {
	runsRepo ??= import('$lib/db/runs.repo').catch((error: unknown) => {
		// A failed load (the app was updated meanwhile, the network went) is tried again next time.
		runsRepo = undefined;
		throw error;
	});
	return runsRepo;
}

export class RunSession {
	readonly definition: FlowDefinition;
	readonly id: string;
	/** Set when a saved run could not continue as it was and started again with its answers kept. */
	readonly restarted: 'version' | 'corrupt' | undefined;
	/** The run whose answers this one started with, if any (kept on every save). */
	readonly origin: RunOrigin | undefined;
	readonly #createdAt: number;
	readonly #actor: FlowActor;
	readonly #subscribe: () => void;
	readonly #unregisterFlush: () => void;
	#writing: Promise<void> | undefined;
	#dirty = false;
	#writable = true;
	/** Called after each successful write (the page tells other tabs). */
	onSaved: (() => void) | undefined;
	/** The data generation this session was made in: once "delete all" moves it on, nothing is written. */
	readonly #generation = dataGeneration();

	private constructor(
		definition: FlowDefinition,
		actor: FlowActor,
		id: string,
		createdAt: number,
		restarted?: 'version' | 'corrupt',
		origin?: RunOrigin
	) {
		this.definition = definition;
		this.#actor = actor;
		this.id = id;
		this.#createdAt = createdAt;
		this.restarted = restarted;
		this.origin = origin;
		this.#subscribe = createSubscriber((update) => {
			const subscription = actor.subscribe(update);
			return () => subscription.unsubscribe();
		});
		this.#unregisterFlush = registerFlush(() => this.flush());
		actor.start();
	}

	/** A new run, optionally with answers carried in (from another exercise, or an earlier run opened again). */
	static start(definition: FlowDefinition, answers: Answers = {}, origin?: RunOrigin): RunSession {
		const actor = createActor(createFlowMachine(definition), { input: startWithAnswers(definition, answers) });
		return new RunSession(definition, actor, newId(), Date.now(), undefined, origin);
	}

	/** Continues a saved run exactly where it was, or restarts it with every answer that can be kept. */
	static resume(definition: FlowDefinition, record: RunRecord): RunSession {
		const machine = createFlowMachine(definition);
		const restored = restoreFlowActorInput(definition, record);
		const actor =
			restored.kind === 'resume'
				? createActor(machine, { snapshot: restored.snapshot })
				: createActor(machine, { input: startWithAnswers(definition, restored.answers) });
		const restarted = restored.kind === 'restart' ? restored.reason : undefined;
		return new RunSession(definition, actor, record.id, record.createdAt, restarted, record.origin);
	}

	get #snapshot() {
		this.#subscribe();
		return this.#actor.getSnapshot();
	}

	get stepId(): string {
		return currentStepId(this.#snapshot);
	}

	get step(): StepDefinition | undefined {
		return stepById(this.definition, this.stepId);
	}

	get answers(): Answers {
		return this.#snapshot.context.answers;
	}

	get isDone(): boolean {
		return this.stepId === DONE;
	}

	get progress() {
		return progressOf(this.definition, this.#snapshot);
	}

	get canGoBack(): boolean {
		return canGoBack(this.#snapshot);
	}

	/** False while another tab writes this run: input is ignored and nothing new is written. */
	get writable(): boolean {
		return this.#writable;
	}

	/** Turns input and writing on or off; a change already pending still goes out on flush(). */
	setWritable(writable: boolean): void {
		this.#writable = writable;
	}

	get isEditingFromReview(): boolean {
		return this.#snapshot.context.returnToReview !== null;
	}

	answer(step: string, value: Answer | undefined): void {
		this.#send(value === undefined ? { type: 'answer.clear', step } : { type: 'answer.set', step, value });
	}

	next(): void {
		this.#send({ type: 'step.next' });
	}

	back(): void {
		this.#send({ type: 'step.back' });
	}

	goTo(step: string): void {
		this.#send({ type: 'step.goto', step });
	}

	finish(): void {
		this.#send({ type: 'flow.finish' });
	}

	/**
	 * Resolves once everything on screen is stored (or the storage refused, which is reported). A
	 * change waiting behind a write in flight is written at once: when the page is going away
	 * (reload, closing the tab) there is no time to wait for the first write to finish. IndexedDB
	 * runs the two writes in the order they were started, so the newer one lands last.
	 */
	async flush(): Promise<void> {
		if (this.#writing && this.#dirty) {
			this.#dirty = false;
			const latest = this.#write();
			await Promise.allSettled([this.#writing, latest]);
		}
		while (this.#writing) await this.#writing;
	}

	/** Saves now (used when a run starts with answers carried in, so that they are kept at once). */
	save(): Promise<void> {
		if (this.#writable) this.#scheduleWrite();
		return this.flush();
	}

	/**
	 * Loads the database code now (the person has begun to tap or type in the run), so that the
	 * first write, a moment later, does not wait for it.
	 */
	prepareToWrite(): void {
		if (this.#writable && this.#generation === dataGeneration()) void loadRunsRepo().catch(() => undefined);
	}

	dispose(): void {
		this.#unregisterFlush();
		this.#actor.stop();
	}

	#send(event: FlowEvent): void {
		if (!this.#writable) return;
		this.#actor.send(event);
		this.#scheduleWrite();
	}

	#scheduleWrite(): void {
		if (this.#generation !== dataGeneration()) return;
		if (this.#writing) {
			this.#dirty = true;
			return;
		}
		this.#writing = this.#write().finally(() => {
			this.#writing = undefined;
			if (this.#dirty) {
				this.#dirty = false;
				this.#scheduleWrite();
			}
		});
	}

	async #write(): Promise<void> {
		if (this.#generation !== dataGeneration()) return;
		const now = Date.now();
		const done = this.#actor.getSnapshot().status === 'done';
		const record: RunRecord = {
			id: this.id,
			flowId: this.definition.id,
			flowVersion: this.definition.version,
			status: done ? 'finished' : 'active',
			snapshot: this.#actor.getPersistedSnapshot(),
			createdAt: this.#createdAt,
			updatedAt: now,
			finishedAt: done ? now : undefined,
			origin: this.origin
		};
		const result = await writeSafely(async () => (await loadRunsRepo()).saveRun(record));
		if (result.ok) {
			this.onSaved?.();
			await settings.noteSaved();
		}
	}
}
