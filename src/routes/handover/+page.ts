import { i18n } from '$lib/i18n/i18n.svelte';

export async function load({ parent }) {
	await parent();
	// The texts of the exercises a link hands over load with the link (see the page).
	await i18n.use('handover');
}
