import { browser } from '$app/environment';
import { i18n } from '$lib/i18n/i18n.svelte';
import { loadDirectoryList, type DirectoryList } from '$lib/resources/directory-loader';

/** How long the browser waits for the directory before showing the page without it (it follows). */
const WAIT_MS = 1000;

export async function load({ parent }) {
	await parent();
	await i18n.use('resources', 'service-links');
	// The first results are in the prerendered page (the bundled directory, in Indonesian), and the page
	// hydrates with the same list, so nothing moves. A very large imported directory does not hold the
	// page back: after WAIT_MS it shows without the list, which follows.
	const directory = loadDirectoryList(i18n.language).catch(() => undefined);
	const timeout = new Promise<undefined>((done) => setTimeout(done, WAIT_MS));
	return { directory: (await (browser ? Promise.race([directory, timeout]) : directory)) as DirectoryList | undefined };
}
