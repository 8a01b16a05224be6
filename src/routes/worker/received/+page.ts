import { i18n } from '$lib/i18n/i18n.svelte';

export async function load({ parent }) {
	await parent();
	// The names of needs (the `resources` texts) load with a list that shows some (see the page).
	await i18n.use('handover');
}
