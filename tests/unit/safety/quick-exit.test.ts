import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
	COVER_CLASS,
	COVER_FLAG_KEY,
	LEAVING_CLASS,
	PENDING_EXIT_KEY,
	QUICK_EXIT_URL,
	createHistoryDepth,
	createShiftCounter,
	isPageCovered,
	onPageRestored,
	onQuickExit,
	quickExit,
	reopenAfterExit,
	sameDocumentEntriesBehind,
	takePendingExit,
	type ExitEnvironment
} from '$lib/safety/quick-exit';

/** Where popstate arrives: listeners in order, stopImmediatePropagation honoured. */
function fakeWindowEvents() {
	const listeners = new Set<(event: Event) => void>();
	return {
		addEventListener: (_type: string, listener: EventListenerOrEventListenerObject | null) => {
			if (typeof listener === 'function') listeners.add(listener);
		},
		removeEventListener: (_type: string, listener: EventListenerOrEventListenerObject | null) => {
			if (typeof listener === 'function') listeners.delete(listener);
		},
		popState() {
			let stopped = false;
			const event = { stopImmediatePropagation: () => (stopped = true) } as unknown as Event;
			for (const listener of [...listeners]) {
				listener(event);
				if (stopped) break;
			}
		}
	};
}

/** A fake Storage over a map. */
function fakeStorage(stored: Map<string, string>): ExitEnvironment['storage'] {
	return {
		getItem: (key) => stored.get(key) ?? null,
		setItem: (key, value) => void stored.set(key, value),
		removeItem: (key) => void stored.delete(key)
	};
}

/** A tab: its history entries (addresses), the classes on <html>, its sessionStorage, the site's localStorage, and what happened when. */
function fakeTab(urls: string[], { sameDocument = urls.length - 1, traversals = true } = {}) {
	const entries = [...urls];
	let index = entries.length - 1;
	const events = fakeWindowEvents();
	const classes = new Set<string>();
	const stored = new Map<string, string>();
	const shared = new Map<string, string>();
	const log: string[] = [];
	let title = 'Ceritakan · Langkah';
	const routerSawPopState = vi.fn();
	// The router's own listener, registered first (the exit's listener runs in the capture phase).
	const routerListener = (event: Event) => routerSawPopState(event);
	const dispatchPopState = () => {
		// Capture-phase listeners (the exit's) run before the router's bubble-phase listener.
		events.removeEventListener('popstate', routerListener);
		events.addEventListener('popstate', routerListener);
		events.popState();
	};
	const env: ExitEnvironment = {
		location: {
			replace: (url: string) => {
				log.push(classes.has(LEAVING_CLASS) ? `replace ${url}` : `replace ${url} while visible`);
				entries[index] = url;
			}
		},
		history: {
			go: (delta = 0) => {
				log.push(classes.has(LEAVING_CLASS) ? `go ${delta}` : `go ${delta} while visible`);
				if (!traversals) return;
				setTimeout(() => {
					index += delta;
					dispatchPopState();
				}, 1);
			},
			replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
				entries[index] = String(url);
			}
		},
		events,
		storage: fakeStorage(stored),
		sharedStorage: fakeStorage(shared),
		root: {
			classList: {
				add: (...names: string[]) => names.forEach((name) => classes.add(name)),
				remove: (...names: string[]) => names.forEach((name) => classes.delete(name)),
				contains: (name: string) => classes.has(name)
			}
		},
		setTitle: (value) => (title = value),
		nextFrame: () => Promise.resolve(),
		entriesBehind: () => sameDocument,
		now: () => 1_000_000
	};
	return { env, entries, classes, stored, shared, log, routerSawPopState, title: () => title, index: () => index };
}

describe('quick exit', () => {
	it('blanks the page and marks the tab before anything navigates', async () => {
		const tab = fakeTab(['https://search.example/', '/', '/flow/tell'], { sameDocument: 1 });
		const done = quickExit(tab.env);
		expect(tab.classes.has(LEAVING_CLASS)).toBe(true);
		expect(tab.title()).toBe('Langkah');
		expect(tab.stored.get(COVER_FLAG_KEY)).toBe('1');
		expect(tab.shared.get(COVER_FLAG_KEY)).toBe('1');
		await done;
		expect(tab.log).toEqual(['go -1', `replace ${QUICK_EXIT_URL}`]);
	});

	it('walks back over the pages it opened, leaving them the plain home address, then replaces the first', async () => {
		const tab = fakeTab(['https://search.example/', '/', '/flow/tell', '/my', '/resources?need=violence-abuse'], { sameDocument: 3 });
		await quickExit(tab.env);
		expect(tab.entries).toEqual(['https://search.example/', QUICK_EXIT_URL, '/', '/', '/']);
		expect(tab.index()).toBe(1);
		expect(tab.log.at(-1)).toBe(`replace ${QUICK_EXIT_URL}`);
		// The router never heard of the walk, so it rendered none of those pages again.
		expect(tab.routerSawPopState).not.toHaveBeenCalled();
		// The exit finished in this document: nothing is left for another page to continue.
		expect(tab.stored.has(PENDING_EXIT_KEY)).toBe(false);
		expect(isPageCovered(tab.env, false)).toBe(true);
	});

	it('leaves from where it is when the browser does not move back', async () => {
		vi.useFakeTimers();
		const tab = fakeTab(['/', '/my'], { traversals: false });
		const done = quickExit(tab.env);
		await vi.advanceTimersByTimeAsync(1000);
		await done;
		vi.useRealTimers();
		expect(tab.log).toEqual(['go -1', `replace ${QUICK_EXIT_URL}`]);
		expect(tab.entries).toEqual(['/', QUICK_EXIT_URL]);
	});

	it('leaves at once when pressed again during the walk', () => {
		const tab = fakeTab(['/', '/my', '/help']);
		void quickExit(tab.env);
		void quickExit(tab.env);
		expect(tab.log).toEqual(['go -1', `replace ${QUICK_EXIT_URL}`]);
	});

	it('runs what registered with onQuickExit first, even when one of them fails, until it unregisters', () => {
		const tab = fakeTab(['/']);
		const lock = vi.fn(() => expect(tab.log).toEqual([]));
		const broken = vi.fn(() => {
			throw new Error('broken');
		});
		const stopLock = onQuickExit(lock);
		const stopBroken = onQuickExit(broken);
		void quickExit(tab.env);
		expect(broken).toHaveBeenCalledTimes(1);
		expect(lock).toHaveBeenCalledTimes(1);
		stopLock();
		stopBroken();
		void quickExit(fakeTab(['/']).env);
		expect(lock).toHaveBeenCalledTimes(1);
	});

	it('counts the entries of this document with the Navigation API, or from the navigations seen', () => {
		const entries = [{ sameDocument: false }, { sameDocument: true }, { sameDocument: true }, { sameDocument: true }, { sameDocument: true }];
		expect(sameDocumentEntriesBehind({ currentEntry: { index: 3 }, entries: () => entries })).toBe(2);
		expect(sameDocumentEntriesBehind({ currentEntry: { index: 0 }, entries: () => entries })).toBe(0);
		expect(sameDocumentEntriesBehind(undefined)).toBeUndefined();

		const depth = createHistoryDepth();
		depth.record('enter');
		depth.record('link');
		depth.record('goto');
		depth.record('link');
		depth.record('popstate', -2);
		depth.record('link');
		expect(depth.current).toBe(2);
		depth.record('popstate', -5);
		expect(depth.current).toBe(0);
		depth.record('link');
		depth.record('enter');
		expect(depth.current).toBe(0);
	});

	it('covers a page restored from the back-forward cache until the person opens it again', () => {
		const tab = fakeTab(['/']);
		tab.classes.add(LEAVING_CLASS);
		tab.stored.set(COVER_FLAG_KEY, '1');
		onPageRestored(tab.env);
		expect([...tab.classes]).toEqual([COVER_CLASS]);
		reopenAfterExit(tab.env);
		expect([...tab.classes]).toEqual([]);
		expect(isPageCovered(tab.env, true)).toBe(false);
		// Reopened elsewhere in this tab in the meantime: the restored page just shows.
		tab.classes.add(LEAVING_CLASS);
		onPageRestored(tab.env);
		expect([...tab.classes]).toEqual([]);
	});

	it("covers pages that come from history even when the tab's own mark was lost, but not a page opened anew", async () => {
		const tab = fakeTab(['https://search.example/', '/', '/flow/tell'], { sameDocument: 1 });
		await quickExit(tab.env);
		tab.stored.clear(); // Chromium dropped the tab's sessionStorage
		expect(isPageCovered(tab.env, true)).toBe(true);
		expect(isPageCovered(tab.env, false)).toBe(false);
		tab.classes.add(LEAVING_CLASS);
		onPageRestored(tab.env);
		expect([...tab.classes]).toEqual([COVER_CLASS]);
		reopenAfterExit(tab.env);
		expect(tab.shared.has(COVER_FLAG_KEY)).toBe(false);
		expect(isPageCovered(tab.env, true)).toBe(false);
	});

	it('finishes an exit that a page started and could not finish, only when it is recent', () => {
		const tab = fakeTab(['/']);
		tab.stored.set(PENDING_EXIT_KEY, JSON.stringify({ url: QUICK_EXIT_URL, at: 995_000 }));
		onPageRestored(tab.env);
		expect(tab.log).toEqual([`replace ${QUICK_EXIT_URL}`]);
		expect(tab.stored.has(PENDING_EXIT_KEY)).toBe(false);
		tab.stored.set(PENDING_EXIT_KEY, JSON.stringify({ url: QUICK_EXIT_URL, at: 900_000 }));
		expect(takePendingExit(tab.env.storage, 1_000_000)).toBeUndefined();
		tab.stored.set(PENDING_EXIT_KEY, JSON.stringify({ url: 'https://elsewhere.example/', at: 999_000 }));
		expect(takePendingExit(tab.env.storage, 1_000_000)).toBeUndefined();
	});

	it('is read by the page frame before the first paint, with the same names', () => {
		const appHtml = readFileSync('src/app.html', 'utf8');
		for (const name of [COVER_FLAG_KEY, PENDING_EXIT_KEY, COVER_CLASS, LEAVING_CLASS]) expect(appHtml).toContain(`'${name}'`);
		const css = readFileSync('src/app.css', 'utf8');
		for (const name of [COVER_CLASS, LEAVING_CLASS]) expect(css).toContain(`html.${name}`);
		expect(new URL(QUICK_EXIT_URL).protocol).toBe('https:');
	});

	function pressShift(counter: ReturnType<typeof createShiftCounter>, at: number): boolean {
		counter.keydown('Shift');
		return counter.keyup('Shift', at);
	}

	it('fires on the third Shift within two seconds', () => {
		const counter = createShiftCounter();
		expect(pressShift(counter, 0)).toBe(false);
		expect(pressShift(counter, 700)).toBe(false);
		expect(pressShift(counter, 1900)).toBe(true);
	});

	it('does not fire when the presses are spread over more than two seconds', () => {
		const counter = createShiftCounter();
		expect(pressShift(counter, 0)).toBe(false);
		expect(pressShift(counter, 1500)).toBe(false);
		expect(pressShift(counter, 2600)).toBe(false);
		expect(pressShift(counter, 3000)).toBe(true);
	});

	it('ignores a held Shift key repeating', () => {
		const counter = createShiftCounter();
		counter.keydown('Shift');
		counter.keydown('Shift', true);
		counter.keydown('Shift', true);
		expect(counter.keyup('Shift', 100)).toBe(false);
		expect(pressShift(counter, 200)).toBe(false);
		expect(pressShift(counter, 300)).toBe(true);
	});

	it('does not count Shift used for a capital letter, and starts over when other keys are typed', () => {
		const counter = createShiftCounter();
		expect(pressShift(counter, 0)).toBe(false);
		expect(pressShift(counter, 100)).toBe(false);
		counter.keydown('Shift');
		counter.keydown('A');
		expect(counter.keyup('Shift', 200)).toBe(false);
		counter.keydown('b');
		expect(pressShift(counter, 300)).toBe(false);
		expect(pressShift(counter, 400)).toBe(false);
		expect(pressShift(counter, 500)).toBe(true);
	});
});
