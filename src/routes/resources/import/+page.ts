import { i18n } from '$lib/i18n/i18n.svelte';

export async function load({ parent }) {
	await parent();
	await i18n.use('resources', 'directory-import');
}
