/**
 * Keeping the screen on (Screen Wake Lock API) while something runs that the person follows without
 * touching the phone, such as a breathing round. Browsers without the API, a refused lock (low
 * battery, a headless browser, no permission) and a lock the browser drops all leave the screen
 * to its usual timeout: nothing here throws or rejects.
 */

/** The parts of a `WakeLockSentinel` used here. */
interface Sentinel {
	readonly released: boolean;
	release(): Promise<void>;
}

/** Where the lock comes from: the browser's `navigator` and `document`, or fakes in tests. */
export interface WakeLockEnvironment {
	navigator?: { wakeLock?: { request(type: 'screen'): Promise<Sentinel> } };
	document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

function browserEnvironment(): WakeLockEnvironment {
	return {
		navigator: typeof navigator === 'undefined' ? undefined : navigator,
		document: typeof document === 'undefined' ? undefined : document
	};
}

function releaseQuietly(sentinel: Sentinel): void {
	try {
		sentinel.release().catch(() => {});
	} catch {
		// Already released, or a browser that throws: either way the screen may sleep again.
	}
}

/**
 * Asks to keep the screen on until the returned function is called. The browser drops the lock
 * when the page is hidden; it is asked for again when the page is visible again. Calling the
 * returned function more than once is harmless.
 */
export function keepScreenOn(environment: WakeLockEnvironment = browserEnvironment()): () => void {
	const wakeLock = environment.navigator?.wakeLock;
	const page = environment.document;
	if (!wakeLock || typeof wakeLock.request !== 'function') return () => {};

	let wanted = true;
	let asking = false;
	let sentinel: Sentinel | null = null;

	const granted = (lock: Sentinel): void => {
		asking = false;
		if (wanted) sentinel = lock;
		else releaseQuietly(lock);
	};
	const refused = (): void => {
		asking = false;
	};
	const request = (): void => {
		if (!wanted || asking || (sentinel !== null && !sentinel.released) || page?.visibilityState === 'hidden') return;
		asking = true;
		try {
			wakeLock.request('screen').then(granted, refused);
		} catch {
			refused();
		}
	};
	const onVisibilityChange = (): void => {
		if (page?.visibilityState === 'visible') request();
	};

	page?.addEventListener('visibilitychange', onVisibilityChange);
	request();

	return () => {
		if (!wanted) return;
		wanted = false;
		page?.removeEventListener('visibilitychange', onVisibilityChange);
		if (sentinel !== null) releaseQuietly(sentinel);
		sentinel = null;
	};
}
