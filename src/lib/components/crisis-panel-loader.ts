/**
 * The crisis panel (with the help lines and the `safety` texts) loads when it may be needed: on a
 * step that always offers help lines, or once the person writes (with the crisis detector). Kept
 * here, once for the page, so that a run shown again (another tab's save, a resume) draws it at once.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import type CrisisPanel from './CrisisPanel.svelte';

let loaded: typeof CrisisPanel | undefined;
let loading: Promise<typeof CrisisPanel> | undefined;

/** Loads the panel and its texts (once). */
export function loadCrisisPanel(): Promise<typeof CrisisPanel> {
	loading ??= Promise.all([import('./CrisisPanel.svelte'), i18n.use('safety')])
		.then(([module]) => (loaded = module.default))
		.catch((error: unknown) => {
			// Tried again the next time it is needed.
			loading = undefined;
			throw error;
		});
	return loading;
}

/** The panel, if it has been loaded. */
export function loadedCrisisPanel(): typeof CrisisPanel | undefined {
	return loaded;
}
