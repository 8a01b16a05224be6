import { i18n } from '$lib/i18n/i18n.svelte';

export async function load({ parent }) {
	await parent();
	// The strengths exercise's texts come with a finished run of it (safety/strengths.svelte.ts).
	await i18n.use('safety-plan', 'safety');
}
