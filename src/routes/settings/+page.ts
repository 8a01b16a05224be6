import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/i18n.svelte';
import { settings } from '$lib/settings/settings.svelte';

export async function load({ parent }) {
	await parent();
	await Promise.all([i18n.use('settings'), browser ? settings.load() : undefined]);
}
