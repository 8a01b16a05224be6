/**
 * Quick exit, after the GOV.UK "Exit this page" pattern and beyond it: the button, or Shift pressed
 * three times within two seconds, leaves Langkah for a neutral page.
 *
 * 1. At once, before any navigation: a class on <html> blanks the page, the title turns neutral,
 *    and whatever registered with `onQuickExit` runs (the lock, when there is one).
 * 2. The entries this document added to the tab's history are walked back one by one; each gets the
 *    plain address `/` before it is left, so Back, Forward and the history list no longer show an
 *    exercise, a service or a filter. On the first entry, `location.replace` puts the neutral page
 *    there: Back goes to whatever was open before Langkah.
 * 3. The tab is marked. An app page that comes back from history (a fresh load, or the back-forward
 *    cache) shows only a neutral cover with "Open again" until the person chooses to come back.
 *
 * Storage: sessionStorage (this tab only) holds `langkah.quickExit.cover` while the tab is marked,
 * and `langkah.quickExit.pending` (the neutral address and a time) while an exit is under way, so
 * that a page loaded half way finishes it. `src/app.html` reads both before the first paint.
 * Chromium sometimes loses a tab's sessionStorage when a page of this site is loaded afresh from
 * history after another site, so the mark is also kept in localStorage: it covers any app page that
 * comes from history (Back, Forward, the back-forward cache) in any tab, but not one the person
 * opens anew (the icon, a link, the address bar). "Open again" removes both marks.
 * None of this erases the browser's own history list or the installed icon (the privacy page says so).
 */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=cuaca+hari+ini';
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;

export const COVER_FLAG_KEY = 'langkah.quickExit.cover';
export const PENDING_EXIT_KEY = 'langkah.quickExit.pending';
/** On <html> from the press until the page is gone: everything is hidden, nothing is shown. */
export const LEAVING_CLASS = 'quick-exit-leaving';
/** On <html> while a marked tab shows an app page: only the "Open again" cover is shown. */
export const COVER_CLASS = 'quick-exit-cover';
/** The address every walked-back entry is given: the home page, nothing of what was open. */
export const NEUTRAL_APP_PATH = '/';
export const NEUTRAL_TITLE = 'Langkah';
/** A half-finished exit older than this is not continued: the person may be coming back on purpose. */
export const PENDING_EXIT_MAX_AGE_MS = 10_000;
/** Frames to wait after marking the tab and before leaving, so that the mark is kept. */
export const MARK_SETTLE_FRAMES = 6;
/** How long one step back may take before the exit stops walking and leaves from where it is. */
export const TRAVERSE_TIMEOUT_MS = 500;

type ExitListener = () => void;
const exitListeners = new Set<ExitListener>();

/**
 * Runs `listener` at the moment of a quick exit, before anything navigates (for the lock: drop the
 * key). Listeners must be synchronous and quick. Returns a function that removes it.
 */
export function onQuickExit(listener: ExitListener): () => void {
	exitListeners.add(listener);
	return () => {
		exitListeners.delete(listener);
	};
}

function notifyExitListeners(): void {
	for (const listener of [...exitListeners]) {
		try {
			listener();
		} catch {
			// One failing listener must not keep the person on the page.
		}
	}
}

/**
 * How many history entries this document has added, from SvelteKit's navigations
 * (`afterNavigate`): a fresh load starts at 0, a link or `goto` adds one, back and forward move by
 * their delta. It is only the fallback for browsers without the Navigation API, which counts exactly.
 * Kept per document, not in sessionStorage: after a reload the earlier entries belong to another
 * document, and going back into them would end this document before it could finish the exit.
 */
export function createHistoryDepth() {
	let depth = 0;
	return {
		record(type: string, delta?: number): void {
			if (type === 'enter') depth = 0;
			else if (type === 'popstate') depth = Math.max(0, depth + (delta ?? 0));
			else if (type === 'link' || type === 'goto' || type === 'form') depth += 1;
		},
		get current(): number {
			return depth;
		}
	};
}

export const historyDepth = createHistoryDepth();

interface NavigationEntryLike {
	sameDocument: boolean;
}

export interface NavigationLike {
	currentEntry: { index: number } | null;
	entries(): NavigationEntryLike[];
}

/**
 * The number of entries right behind the current one that belong to this same document, read from
 * the Navigation API (it knows hash links and shallow routing too), or undefined without it.
 */
export function sameDocumentEntriesBehind(navigation: NavigationLike | undefined): number | undefined {
	if (!navigation?.currentEntry || typeof navigation.entries !== 'function') return undefined;
	const entries = navigation.entries();
	const index = navigation.currentEntry.index;
	if (index < 0 || index >= entries.length) return undefined;
	let behind = 0;
	while (index - behind - 1 >= 0 && entries[index - behind - 1]?.sameDocument) behind += 1;
	return behind;
}

export interface ExitEnvironment {
	location: Pick<Location, 'replace'>;
	history: Pick<History, 'go' | 'replaceState'>;
	/** Where popstate arrives (the window). */
	events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
	/** localStorage: the copy of the mark that survives when the tab's own storage is lost. */
	sharedStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
	root: { classList: Pick<DOMTokenList, 'add' | 'remove' | 'contains'> } | undefined;
	setTitle(title: string): void;
	/** Resolves after the browser has had a moment to record a change (the next frame, at most 50 ms). */
	nextFrame(): Promise<void>;
	/** History entries of this document behind the current one. */
	entriesBehind(): number;
	now(): number;
}

function storageOrUndefined(kind: 'sessionStorage' | 'localStorage'): Storage | undefined {
	try {
		return window[kind];
	} catch {
		return undefined; // Storage blocked: the exit still works, only the cover does not.
	}
}

export function browserExitEnvironment(): ExitEnvironment {
	return {
		location: window.location,
		history: window.history,
		events: window,
		storage: storageOrUndefined('sessionStorage'),
		sharedStorage: storageOrUndefined('localStorage'),
		root: document.documentElement,
		setTitle: (title) => (document.title = title),
		nextFrame: () =>
			new Promise((resolve) => {
				const timer = setTimeout(resolve, 50);
				requestAnimationFrame(() => {
					clearTimeout(timer);
					resolve();
				});
			}),
		entriesBehind: () => sameDocumentEntriesBehind((globalThis as { navigation?: NavigationLike }).navigation) ?? historyDepth.current,
		now: () => Date.now()
	};
}

function tryStorage(action: () => void): void {
	try {
		action();
	} catch {
		// Quota or blocked storage: leaving matters more than the mark.
	}
}

/** Goes `delta` entries through history and resolves true once there, swallowing the popstate. */
function traverse(env: ExitEnvironment, delta: number): Promise<boolean> {
	return new Promise((resolve) => {
		const onPopState = (event: Event) => {
			// The router must not render the page it would find there.
			event.stopImmediatePropagation();
			finish(true);
		};
		const timer = setTimeout(() => finish(false), TRAVERSE_TIMEOUT_MS);
		function finish(arrived: boolean) {
			clearTimeout(timer);
			env.events.removeEventListener('popstate', onPopState, true);
			resolve(arrived);
		}
		env.events.addEventListener('popstate', onPopState, true);
		env.history.go(delta);
	});
}

/**
 * Leaves Langkah. The page is blank when this returns; the navigation follows once the history
 * walk is done (a few milliseconds an entry). The returned promise settles when the neutral page
 * has been asked for.
 */
export async function quickExit(env: ExitEnvironment = browserExitEnvironment()): Promise<void> {
	if (env.root?.classList.contains(LEAVING_CLASS)) {
		// Pressed again while the walk is under way: leave now, from wherever history is.
		env.location.replace(QUICK_EXIT_URL);
		return;
	}
	env.root?.classList.add(LEAVING_CLASS);
	env.setTitle(NEUTRAL_TITLE);
	tryStorage(() => {
		env.storage?.setItem(COVER_FLAG_KEY, '1');
		env.sharedStorage?.setItem(COVER_FLAG_KEY, '1');
		env.storage?.setItem(PENDING_EXIT_KEY, JSON.stringify({ url: QUICK_EXIT_URL, at: env.now() }));
	});
	notifyExitListeners();

	let behind = env.entriesBehind();
	try {
		for (let step = 1; behind > 0; step++) {
			env.history.replaceState(null, '', NEUTRAL_APP_PATH);
			if (!(await traverse(env, -1))) break;
			// An entry keeps the title it was last shown with, until the title changes while it is the
			// current one (once the browser has taken in the step): alternate two neutral titles that
			// look the same (Chromium ignores an empty one).
			await env.nextFrame();
			env.setTitle(step % 2 === 1 ? `${NEUTRAL_TITLE}\u00a0` : NEUTRAL_TITLE);
			await env.nextFrame();
			behind -= 1;
		}
		env.history.replaceState(null, '', NEUTRAL_APP_PATH);
	} catch {
		// A browser that refuses a step: leave from where we are.
	}
	tryStorage(() => env.storage?.removeItem(PENDING_EXIT_KEY));
	// Chromium can lose this tab's sessionStorage writes (the mark) when another site replaces the
	// page too soon after them; the page is blank already, so a few frames' wait (about a tenth of a
	// second) costs nothing visible.
	for (let frame = 0; frame < MARK_SETTLE_FRAMES; frame++) await env.nextFrame();
	env.location.replace(QUICK_EXIT_URL);
}

function isMarked(storage: Pick<Storage, 'getItem'> | undefined): boolean {
	try {
		return storage?.getItem(COVER_FLAG_KEY) === '1';
	} catch {
		return false;
	}
}

/**
 * True when an app page should show the cover: this tab was left by quick exit, or any tab was and
 * the page comes from history, and the person has not chosen to come back.
 */
export function isPageCovered(env: Pick<ExitEnvironment, 'storage' | 'sharedStorage'>, fromHistory: boolean): boolean {
	return isMarked(env.storage) || (fromHistory && isMarked(env.sharedStorage));
}

/**
 * The neutral address of an exit that a page of this tab started and could not finish (the history
 * walk reached another document), if it is recent; it is consumed.
 */
export function takePendingExit(
	storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined,
	now: number
): string | undefined {
	try {
		const raw = storage?.getItem(PENDING_EXIT_KEY);
		if (!raw) return undefined;
		storage?.removeItem(PENDING_EXIT_KEY);
		const pending = JSON.parse(raw) as { url?: unknown; at?: unknown };
		const fresh = typeof pending.at === 'number' && now - pending.at >= 0 && now - pending.at < PENDING_EXIT_MAX_AGE_MS;
		return fresh && pending.url === QUICK_EXIT_URL ? QUICK_EXIT_URL : undefined;
	} catch {
		return undefined;
	}
}

/**
 * For a page shown again from the back-forward cache: finish a half-done exit, show the cover if
 * the tab is marked, or show the page if the person has come back in the meantime.
 */
export function onPageRestored(env: ExitEnvironment = browserExitEnvironment()): void {
	const pending = takePendingExit(env.storage, env.now());
	if (pending) {
		env.root?.classList.add(LEAVING_CLASS);
		env.location.replace(pending);
		return;
	}
	if (isPageCovered(env, true)) {
		env.root?.classList.add(COVER_CLASS);
		env.root?.classList.remove(LEAVING_CLASS);
	} else {
		env.root?.classList.remove(COVER_CLASS, LEAVING_CLASS);
	}
}

/**
 * For a page going into the back-forward cache: blank it, so that if the tab is left by quick exit
 * meanwhile, nothing of it can paint when it comes back before `onPageRestored` runs.
 */
export function onPageFrozen(env: Pick<ExitEnvironment, 'root'> = browserExitEnvironment()): void {
	env.root?.classList.add(LEAVING_CLASS);
}

/** "Open again" on the cover: the mark is removed and the page underneath shows. */
export function reopenAfterExit(env: Pick<ExitEnvironment, 'storage' | 'sharedStorage' | 'root'> = browserExitEnvironment()): void {
	tryStorage(() => env.storage?.removeItem(COVER_FLAG_KEY));
	tryStorage(() => env.sharedStorage?.removeItem(COVER_FLAG_KEY));
	env.root?.classList.remove(COVER_CLASS, LEAVING_CLASS);
}

/**
 * Counts lone Shift presses: a Shift released without another key pressed while it was held.
 * Shift used to type a capital letter does not count, and any other key starts the count over.
 */
export function createShiftCounter(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS) {
	let times: number[] = [];
	let shiftHeld = false;
	let usedAsModifier = false;
	return {
		keydown(key: string, repeat = false): void {
			if (key === 'Shift') {
				if (!repeat) {
					shiftHeld = true;
					usedAsModifier = false;
				}
				return;
			}
			if (shiftHeld) usedAsModifier = true;
			times = [];
		},
		/** Returns true when this release completes the third lone Shift within the time window. */
		keyup(key: string, at: number): boolean {
			if (key !== 'Shift') return false;
			shiftHeld = false;
			if (usedAsModifier) return false;
			times = [...times.filter((t) => at - t <= windowMs), at];
			if (times.length < presses) return false;
			times = [];
			return true;
		}
	};
}
