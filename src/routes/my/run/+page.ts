import { i18n } from '$lib/i18n/i18n.svelte';

export async function load({ parent }) {
	await parent();
	// The texts of the run shown (its exercise, its steps, the follow-ups) load with it: see +page.svelte.
	await i18n.use('my');
}
