import { i18n } from '$lib/i18n/i18n.svelte';

// The texts of exercises and step kinds that notes quote come with the answers (run-choices.ts).
export async function load({ parent }) {
	await parent();
	await i18n.use('resources', 'service-links', 'service-notes', 'my');
}
