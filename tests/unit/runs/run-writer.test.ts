import { afterEach, describe, expect, it } from 'vitest';
import { parseRunTabMessage, RunWriter, runLockName, type RunChannel, type RunLocks, type RunTabMessage, type RunWriterHooks, type WriterRole } from '$lib/runs/run-writer.svelte';

/** Web Locks as the browser runs them for one origin: exclusive, queued, ifAvailable, steal, signal. */
class FakeLocks implements RunLocks {
	#held = new Map<string, { reject: (error: unknown) => void }>();
	#queues = new Map<string, (() => void)[]>();

	request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> {
		return new Promise((resolve, reject) => {
			const grant = () => {
				const entry = { reject };
				this.#held.set(name, entry);
				void Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).then((value) => {
					if (this.#held.get(name) !== entry) return;
					this.#held.delete(name);
					resolve(value);
					this.#queues.get(name)?.shift()?.();
				});
			};
			if (options.steal) {
				this.#held.get(name)?.reject(new DOMException('stolen', 'AbortError'));
				this.#held.delete(name);
				grant();
			} else if (this.#held.has(name) || (this.#queues.get(name)?.length ?? 0) > 0) {
				if (options.ifAvailable) {
					void Promise.resolve(callback(null)).then(resolve);
					return;
				}
				const queue = this.#queues.get(name) ?? [];
				this.#queues.set(name, queue);
				queue.push(grant);
				options.signal?.addEventListener('abort', () => {
					const at = queue.indexOf(grant);
					if (at >= 0) queue.splice(at, 1);
					reject(new DOMException('aborted', 'AbortError'));
				});
			} else {
				grant();
			}
		});
	}
}

/** Tabs talking over one BroadcastChannel name: a message reaches every other open channel. */
class FakeHub {
	#channels = new Set<{ listeners: ((event: MessageEvent) => void)[] }>();
	readonly sent: RunTabMessage[] = [];

	open = (): RunChannel => {
		const channel = { listeners: [] as ((event: MessageEvent) => void)[] };
		this.#channels.add(channel);
		return {
			postMessage: (message) => {
				this.sent.push(message);
				for (const other of this.#channels) {
					if (other === channel) continue;
					queueMicrotask(() => other.listeners.forEach((listener) => listener({ data: message } as MessageEvent)));
				}
			},
			addEventListener: (_type, listener) => channel.listeners.push(listener),
			close: () => this.#channels.delete(channel)
		};
	};
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** One tab's side: what it has on screen, what is stored, and the order things happened in. */
function tab(name: string, log: string[], store: { text: string }) {
	const state = { screen: store.text, pending: '' as string, roles: [] as WriterRole[] };
	const hooks: RunWriterHooks = {
		async flush() {
			if (state.pending) {
				store.text = state.pending;
				state.pending = '';
			}
			log.push(`${name} flush`);
		},
		async reload() {
			state.screen = store.text;
			log.push(`${name} reload`);
		},
		onRole(role) {
			state.roles.push(role);
			log.push(`${name} ${role}`);
		}
	};
	return { state, hooks };
}

const writers: RunWriter[] = [];
afterEach(() => {
	writers.splice(0).forEach((writer) => writer.dispose());
});

function writer(runId: string, hooks: RunWriterHooks, locks: FakeLocks | undefined, hub: FakeHub): RunWriter {
	const made = new RunWriter(runId, hooks, { locks, openChannel: hub.open, handoverTimeoutMs: 50 });
	writers.push(made);
	return made;
}

describe('one writer per run', () => {
	it('the first tab writes, the second reads', async () => {
		const locks = new FakeLocks();
		const hub = new FakeHub();
		const log: string[] = [];
		const store = { text: '' };
		const a = writer('run-1', tab('A', log, store).hooks, locks, hub);
		a.start({ fresh: true });
		expect(a.role).toBe('writer');
		await settle();
		const b = writer('run-1', tab('B', log, store).hooks, locks, hub);
		b.start();
		await settle();
		expect(a.role).toBe('writer');
		expect(b.role).toBe('reader');
	});

	it('a reader reloads each time the writer says it saved; a writer ignores that', async () => {
		const locks = new FakeLocks();
		const hub = new FakeHub();
		const log: string[] = [];
		const store = { text: 'one' };
		const a = writer('run-1', tab('A', log, store).hooks, locks, hub);
		a.start({ fresh: true });
		const bTab = tab('B', log, store);
		const b = writer('run-1', bTab.hooks, locks, hub);
		b.start();
		await settle();
		store.text = 'one two';
		a.announceSaved();
		await settle();
		expect(bTab.state.screen).toBe('one two');
		b.announceSaved(); // a reader never announces
		expect(hub.sent.filter((m) => m.type === 'saved' && m.from !== hub.sent[0]?.from)).toHaveLength(0);
	});

	it('taking over: the writer writes what is pending before the new writer reloads, then roles swap', async () => {
		const locks = new FakeLocks();
		const hub = new FakeHub();
		const log: string[] = [];
		const store = { text: 'A wrote' };
		const aTab = tab('A', log, store);
		const a = writer('run-1', aTab.hooks, locks, hub);
		a.start({ fresh: true });
		const bTab = tab('B', log, store);
		const b = writer('run-1', bTab.hooks, locks, hub);
		b.start();
		await settle();
		aTab.state.pending = 'A wrote more'; // typed, not yet stored
		log.length = 0;
		await b.takeOver();
		await settle();
		expect(a.role).toBe('reader');
		expect(b.role).toBe('writer');
		expect(bTab.state.screen).toBe('A wrote more');
		expect(log.indexOf('A reader')).toBeLessThan(log.indexOf('A flush'));
		expect(log.indexOf('A flush')).toBeLessThan(log.indexOf('B reload'));
		expect(log.indexOf('B reload')).toBeLessThan(log.indexOf('B writer'));
	});

	it('takes over even when the writing tab does not answer', async () => {
		const locks = new FakeLocks();
		const silent = new FakeHub();
		const log: string[] = [];
		const store = { text: '' };
		// A holds the lock but hears nothing (its own channel is another hub).
		const a = writer('run-1', tab('A', log, store).hooks, locks, new FakeHub());
		a.start({ fresh: true });
		const b = writer('run-1', tab('B', log, store).hooks, locks, silent);
		b.start();
		await settle();
		await b.takeOver();
		await settle();
		expect(b.role).toBe('writer');
		expect(a.role).toBe('reader');
	});

	it('when the writing tab closes, a reading tab becomes the writer by itself, from what is stored', async () => {
		const locks = new FakeLocks();
		const hub = new FakeHub();
		const log: string[] = [];
		const store = { text: 'kept' };
		const a = writer('run-1', tab('A', log, store).hooks, locks, hub);
		a.start({ fresh: true });
		const bTab = tab('B', log, store);
		const b = writer('run-1', bTab.hooks, locks, hub);
		b.start();
		await settle();
		store.text = 'kept and more';
		a.dispose();
		await settle();
		expect(b.role).toBe('writer');
		expect(bTab.state.screen).toBe('kept and more');
	});

	it('different runs do not wait for each other', async () => {
		const locks = new FakeLocks();
		const hub = new FakeHub();
		const log: string[] = [];
		const store = { text: '' };
		const a = writer('run-1', tab('A', log, store).hooks, locks, hub);
		const b = writer('run-2', tab('B', log, store).hooks, locks, hub);
		a.start();
		b.start();
		await settle();
		expect([a.role, b.role]).toEqual(['writer', 'writer']);
	});

	it('without Web Locks every tab writes, as before', () => {
		const log: string[] = [];
		const a = writer('run-1', tab('A', log, { text: '' }).hooks, undefined, new FakeHub());
		a.start();
		expect(a.role).toBe('writer');
	});
});

describe('messages between tabs', () => {
	it('reads the three kinds and ignores anything else', () => {
		expect(parseRunTabMessage({ type: 'saved', runId: 'r', from: 't' })).toEqual({ type: 'saved', runId: 'r', from: 't' });
		expect(parseRunTabMessage({ type: 'handover-ready', runId: 'r', from: 't', to: 'u' })).toEqual({ type: 'handover-ready', runId: 'r', from: 't', to: 'u' });
		expect(parseRunTabMessage({ type: 'handover-ready', runId: 'r', from: 't' })).toBeUndefined();
		expect(parseRunTabMessage({ type: 'delete-all', runId: 'r', from: 't' })).toBeUndefined();
		expect(parseRunTabMessage('saved')).toBeUndefined();
		expect(parseRunTabMessage(null)).toBeUndefined();
	});

	it('names one lock per run', () => {
		expect(runLockName('abc')).toBe('langkah-run:abc');
		expect(runLockName('abc')).not.toBe(runLockName('abd'));
	});
});
