import { describe, expect, it } from 'vitest';
import { keepScreenOn, type WakeLockEnvironment } from '$lib/pwa/wake-lock';

class FakeSentinel {
	released = false;
	constructor(private readonly failRelease = false) {}
	release(): Promise<void> {
		this.released = true;
		return this.failRelease ? Promise.reject(new DOMException('gone', 'InvalidStateError')) : Promise.resolve();
	}
}

/** A `navigator.wakeLock` whose answers the test decides: grant, refuse, throw, or wait. */
class FakeWakeLock {
	readonly sentinels: FakeSentinel[] = [];
	readonly types: string[] = [];
	answer: 'grant' | 'refuse' | 'throw' | 'wait' = 'grant';
	failRelease = false;
	private waiting: (() => void)[] = [];

	request(type: 'screen'): Promise<FakeSentinel> {
		this.types.push(type);
		if (this.answer === 'throw') throw new TypeError('no');
		if (this.answer === 'refuse') return Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
		const sentinel = new FakeSentinel(this.failRelease);
		this.sentinels.push(sentinel);
		if (this.answer === 'grant') return Promise.resolve(sentinel);
		return new Promise((resolve) => this.waiting.push(() => resolve(sentinel)));
	}

	/** Grants the requests that were told to wait. */
	grantWaiting(): void {
		this.waiting.splice(0).forEach((grant) => grant());
	}

	/** The sentinels not released yet. */
	get held(): FakeSentinel[] {
		return this.sentinels.filter((sentinel) => !sentinel.released);
	}
}

class FakeDocument extends EventTarget {
	visibilityState: DocumentVisibilityState = 'visible';

	/** Hides or shows the page; hiding drops every lock, as browsers do. */
	show(state: DocumentVisibilityState, wakeLock?: FakeWakeLock): void {
		this.visibilityState = state;
		if (state === 'hidden') wakeLock?.held.forEach((sentinel) => (sentinel.released = true));
		this.dispatchEvent(new Event('visibilitychange'));
	}
}

function fakes() {
	const wakeLock = new FakeWakeLock();
	const document = new FakeDocument();
	const environment = { navigator: { wakeLock }, document } as unknown as WakeLockEnvironment;
	return { wakeLock, document, environment };
}

/** Lets promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepScreenOn', () => {
	it('asks for a screen wake lock and releases it when stopped', async () => {
		const { wakeLock, environment } = fakes();
		const stop = keepScreenOn(environment);
		await settle();
		expect(wakeLock.types).toEqual(['screen']);
		expect(wakeLock.held).toHaveLength(1);
		stop();
		expect(wakeLock.held).toHaveLength(0);
		stop();
		expect(wakeLock.sentinels).toHaveLength(1);
	});

	it('asks again when the page is visible again, and not while it is hidden or after stopping', async () => {
		const { wakeLock, document, environment } = fakes();
		const stop = keepScreenOn(environment);
		await settle();
		document.show('hidden', wakeLock);
		await settle();
		expect(wakeLock.sentinels).toHaveLength(1);
		expect(wakeLock.held).toHaveLength(0);
		document.show('visible');
		await settle();
		expect(wakeLock.sentinels).toHaveLength(2);
		expect(wakeLock.held).toHaveLength(1);
		// Still held: a visibility event alone does not ask twice.
		document.show('visible');
		await settle();
		expect(wakeLock.sentinels).toHaveLength(2);

		stop();
		document.show('hidden', wakeLock);
		document.show('visible');
		await settle();
		expect(wakeLock.sentinels).toHaveLength(2);
		expect(wakeLock.held).toHaveLength(0);
	});

	it('waits for a hidden page to be shown before asking', async () => {
		const { wakeLock, document, environment } = fakes();
		document.visibilityState = 'hidden';
		const stop = keepScreenOn(environment);
		await settle();
		expect(wakeLock.types).toEqual([]);
		document.show('visible');
		await settle();
		expect(wakeLock.held).toHaveLength(1);
		stop();
	});

	it('releases a lock granted only after stopping, and does not ask twice while waiting', async () => {
		const { wakeLock, document, environment } = fakes();
		wakeLock.answer = 'wait';
		const stop = keepScreenOn(environment);
		document.show('visible');
		expect(wakeLock.types).toEqual(['screen']);
		stop();
		wakeLock.grantWaiting();
		await settle();
		expect(wakeLock.sentinels).toHaveLength(1);
		expect(wakeLock.held).toHaveLength(0);
	});

	it('stays quiet when the lock is refused, throws or fails to release, and tries again on the next visit', async () => {
		const { wakeLock, document, environment } = fakes();
		wakeLock.answer = 'refuse';
		const refused = keepScreenOn(environment);
		await settle();
		expect(wakeLock.types).toEqual(['screen']);
		wakeLock.answer = 'grant';
		document.show('hidden');
		document.show('visible');
		await settle();
		expect(wakeLock.held).toHaveLength(1);
		refused();

		wakeLock.answer = 'throw';
		const thrown = keepScreenOn(environment);
		await settle();
		expect(() => thrown()).not.toThrow();

		wakeLock.answer = 'grant';
		wakeLock.failRelease = true;
		const failing = keepScreenOn(environment);
		await settle();
		expect(() => failing()).not.toThrow();
		// A rejected release would fail the test run as an unhandled rejection.
		await settle();
	});

	it('does nothing where the browser has no wake lock', () => {
		const document = new FakeDocument();
		for (const environment of [{}, { navigator: {} }, { navigator: { wakeLock: {} }, document }]) {
			const stop = keepScreenOn(environment as unknown as WakeLockEnvironment);
			expect(() => stop()).not.toThrow();
		}
		// Node has no document and no wake lock.
		expect(() => keepScreenOn()()).not.toThrow();
	});
});
