/**
 * Registers the service worker and announces a new version once it is installed and waiting.
 * The new version takes over only when the person agrees; pending writes are flushed first.
 */
import { flushPendingWrites } from '$lib/db/pending-writes';

const RESUME_KEY = 'langkah.resumeAfterUpdate';

function markResumeAfterReload(): void {
	try {
		sessionStorage.setItem(RESUME_KEY, '1');
	} catch {
		// Without sessionStorage the person is offered "continue" instead: nothing is lost.
	}
}

/** True once after an update reload: the page should go straight back into the open run. */
export function takeResumeAfterUpdate(): boolean {
	try {
		const marked = sessionStorage.getItem(RESUME_KEY) === '1';
		sessionStorage.removeItem(RESUME_KEY);
		return marked;
	} catch {
		return false;
	}
}

class UpdateManager {
	/** True when a new version is installed and waiting for the person's agreement. */
	ready = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	async start(scriptUrl: string, type: WorkerType): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			const registration = await navigator.serviceWorker.register(scriptUrl, { type });
			this.#registration = registration;
			if (registration.waiting && navigator.serviceWorker.controller) this.ready = true;
			registration.addEventListener('updatefound', () => this.#watch(registration.installing));
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
			});
		} catch {
			// Without a service worker the app still works online; nothing to tell the person.
		}
	}

	async apply(): Promise<void> {
		const waiting = this.#registration?.waiting;
		if (!waiting) return;
		await flushPendingWrites();
		markResumeAfterReload();
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismiss(): void {
		this.ready = false;
	}

	#watch(worker: ServiceWorker | null): void {
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) this.ready = true;
		});
	}
}

export const updates = new UpdateManager();
