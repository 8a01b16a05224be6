import { i18n } from '$lib/i18n/i18n.svelte';

// The texts of the notes and trackers come with them; those of the exercises and step kinds that
// notes quote, with the answers (run-choices.ts).
export async function load({ parent }) {
	await parent();
	await i18n.use('resources');
}
