/**
 * One writer per run across the tabs of this browser, so that two tabs on the same exercise never
 * overwrite each other's words.
 *
 * The writer holds the Web Lock "langkah-run:<run id>". A tab that opens a run someone else holds
 * becomes a reader: its screen is read-only and reloads the run each time the writer says it saved
 * (a BroadcastChannel message, "langkah-runs"). A reader also waits in the lock's queue, so when the
 * writer's tab closes, the next tab takes over by itself.
 *
 * Taking over by hand ("write here instead"): the reader asks the writer to hand over; the writer
 * stops taking input, writes everything still pending, and answers that it is ready; then the reader
 * steals the lock, reloads the run from storage and starts writing. A writer that does not answer
 * in time (a frozen tab has already written its words when it was hidden) loses the lock anyway.
 *
 * Without Web Locks (old browsers, or a page served over plain http) every tab writes, as before.
 */
import { newId } from '$lib/ids';

export type WriterRole = 'pending' | 'writer' | 'reader';

export const RUNS_CHANNEL = 'langkah-runs';
const HANDOVER_TIMEOUT_MS = 2500;

export type RunTabMessage =
	| { type: 'saved'; runId: string; from: string }
	| { type: 'handover-request'; runId: string; from: string }
	| { type: 'handover-ready'; runId: string; from: string; to: string };

/** Reads a message from the channel; anything else (another version, a stranger) is ignored. */
export function parseRunTabMessage(data: unknown): RunTabMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const m = data as Record<string, unknown>;
	if (typeof m.runId !== 'string' || typeof m.from !== 'string') return undefined;
	if (m.type === 'saved' || m.type === 'handover-request') return { type: m.type, runId: m.runId, from: m.from };
	if (m.type === 'handover-ready' && typeof m.to === 'string') return { type: m.type, runId: m.runId, from: m.from, to: m.to };
	return undefined;
}

export function runLockName(runId: string): string {
	return `langkah-run:${runId}`;
}

export interface RunWriterHooks {
	/** Writes everything on screen that is not stored yet; called before this tab stops writing. */
	flush(): Promise<void>;
	/** Reloads the run from storage: before this tab starts writing, and when the writer saved. */
	reload(): Promise<void>;
	/** The role changed (the screen turns read-only or writable). */
	onRole(role: WriterRole): void;
}

/** The parts of a MessagePort-like channel used here (BroadcastChannel in the browser). */
export interface RunChannel {
	postMessage(message: RunTabMessage): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	close(): void;
}

/** The one form of navigator.locks.request used here (with options). */
export interface RunLocks {
	request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void> | void): Promise<unknown>;
}

export interface RunWriterEnvironment {
	locks?: RunLocks;
	openChannel?: () => RunChannel | undefined;
	handoverTimeoutMs?: number;
}

function browserEnvironment(): RunWriterEnvironment {
	return {
		locks: globalThis.navigator?.locks,
		openChannel: () => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(RUNS_CHANNEL) : undefined)
	};
}

export class RunWriter {
	role = $state<WriterRole>('pending');
	/** True while this tab asks the writer to hand over. */
	takingOver = $state(false);
	readonly runId: string;
	readonly #tabId = newId();
	readonly #hooks: RunWriterHooks;
	readonly #locks: RunLocks | undefined;
	readonly #channel: RunChannel | undefined;
	readonly #handoverTimeoutMs: number;
	/** Ends the hold on the lock. */
	#release: (() => void) | undefined;
	/** Cancels a request waiting in the lock's queue. */
	#waiting: AbortController | undefined;
	#readyFor: (() => void) | undefined;
	#reloading: Promise<void> | undefined;
	#reloadAgain = false;
	#disposed = false;

	constructor(runId: string, hooks: RunWriterHooks, environment: RunWriterEnvironment = browserEnvironment()) {
		this.runId = runId;
		this.#hooks = hooks;
		this.#locks = environment.locks;
		this.#channel = environment.openChannel?.();
		this.#handoverTimeoutMs = environment.handoverTimeoutMs ?? HANDOVER_TIMEOUT_MS;
		this.#channel?.addEventListener('message', (event) => this.#onMessage(parseRunTabMessage(event.data)));
	}

	/**
	 * Tries to become the writer. `fresh`: a run just made in this tab, which no other tab can know
	 * yet, so the screen is writable at once.
	 */
	start({ fresh = false }: { fresh?: boolean } = {}): void {
		if (!this.#locks) {
			this.#setRole('writer');
			return;
		}
		if (fresh) this.#setRole('writer');
		this.#request({ ifAvailable: true }, false);
	}

	/** "Write here instead": the writer in the other tab writes what it has, then this tab writes. */
	async takeOver(): Promise<void> {
		if (this.role !== 'reader' || this.takingOver || !this.#locks) return;
		this.takingOver = true;
		const ready = new Promise<void>((resolve) => (this.#readyFor = resolve));
		this.#post({ type: 'handover-request', runId: this.runId, from: this.#tabId });
		await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, this.#handoverTimeoutMs))]);
		this.#readyFor = undefined;
		if (this.#disposed) return;
		this.#waiting?.abort();
		this.#waiting = undefined;
		this.#request({ steal: true }, true);
	}

	/** Tells the readers in other tabs that the run was saved (they reload it). */
	announceSaved(): void {
		if (this.role === 'writer') this.#post({ type: 'saved', runId: this.runId, from: this.#tabId });
	}

	dispose(): void {
		this.#disposed = true;
		this.#waiting?.abort();
		this.#release?.();
		this.#release = undefined;
		this.#channel?.close();
	}

	#request(options: LockOptions, reloadFirst: boolean): void {
		const locks = this.#locks;
		if (!locks || this.#disposed) return;
		const queued = !options.ifAvailable && !options.steal ? new AbortController() : undefined;
		if (queued) this.#waiting = queued;
		let held = false;
		locks
			.request(runLockName(this.runId), queued ? { signal: queued.signal } : options, async (lock) => {
				if (this.#waiting === queued) this.#waiting = undefined;
				if (!lock || this.#disposed) {
					if (!this.#disposed) this.#becomeReader();
					return;
				}
				held = true;
				await this.#hold(reloadFirst);
			})
			.catch(() => {
				// Aborted while waiting (taking over, leaving), or taken by another tab while held.
				if (held && !this.#disposed) this.#lost();
			});
	}

	async #hold(reloadFirst: boolean): Promise<void> {
		const released = new Promise<void>((resolve) => (this.#release = resolve));
		// The other tab wrote last: start from what is stored, so its words are kept.
		if (reloadFirst) await this.#reload();
		if (this.#disposed) return;
		this.takingOver = false;
		this.#setRole('writer');
		await released;
	}

	/** Another tab took the lock: read from now on, and wait in line to write again. */
	#lost(): void {
		this.#release = undefined;
		this.#becomeReader();
	}

	#becomeReader(): void {
		this.#setRole('reader');
		if (!this.#waiting) this.#request({}, true);
	}

	/** Asked by another tab: stop taking input, write everything pending, then say so. */
	async #handOver(to: string): Promise<void> {
		if (this.role !== 'writer') return;
		this.#setRole('reader');
		await this.#hooks.flush();
		this.#post({ type: 'handover-ready', runId: this.runId, from: this.#tabId, to });
		// The asking tab now steals the lock, which ends this hold (see #request's catch). Should it
		// never come, let go after a while so that someone can write again.
		const release = this.#release;
		setTimeout(() => {
			if (this.#release === release && this.role === 'reader') {
				this.#release?.();
				this.#release = undefined;
				if (!this.#waiting) this.#request({}, true);
			}
		}, this.#handoverTimeoutMs * 2);
	}

	#onMessage(message: RunTabMessage | undefined): void {
		if (!message || message.runId !== this.runId || message.from === this.#tabId || this.#disposed) return;
		if (message.type === 'saved' && this.role !== 'writer') void this.#reload();
		else if (message.type === 'handover-request') void this.#handOver(message.from);
		else if (message.type === 'handover-ready' && message.to === this.#tabId) this.#readyFor?.();
	}

	/** Reloads, one at a time; saves that arrive meanwhile lead to one more reload after it. */
	#reload(): Promise<void> {
		if (this.#reloading) {
			this.#reloadAgain = true;
			return this.#reloading;
		}
		this.#reloading = (async () => {
			do {
				this.#reloadAgain = false;
				try {
					await this.#hooks.reload();
				} catch {
					// Storage refused: the screen keeps what it shows.
				}
			} while (this.#reloadAgain && !this.#disposed);
		})().finally(() => (this.#reloading = undefined));
		return this.#reloading;
	}

	#setRole(role: WriterRole): void {
		if (this.role === role) return;
		this.role = role;
		this.#hooks.onRole(role);
	}

	#post(message: RunTabMessage): void {
		try {
			this.#channel?.postMessage(message);
		} catch {
			// A closed channel (the page is going away): nothing to tell.
		}
	}
}
