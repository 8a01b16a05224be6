import { browser } from '$app/environment';
import { isGuestSession, mayHaveGuestDatabases } from '$lib/handover/guest-flag';
import { i18n } from '$lib/i18n/i18n.svelte';
import { lock } from '$lib/privacy/lock.svelte';
import { settings } from '$lib/settings/settings.svelte';

export const prerender = true;
export const trailingSlash = 'never';

export async function load() {
	// A guest session's tab reads and writes only its own database, from the very first read on;
	// a guest database a closed tab left behind is deleted.
	if (browser && (isGuestSession() || mayHaveGuestDatabases())) await (await import('$lib/handover/guest-session')).startGuestMode();
	// In the browser the page hydrates in the person's language; prerendered HTML is Indonesian.
	if (browser) await i18n.changeLanguage(settings.startLanguage(navigator.languages ?? []));
	// Whether a lock is set is known before any page renders: a locked app shows only the unlock screen.
	await Promise.all([i18n.use('common'), browser ? lock.start() : undefined]);
}
