import { FLOW_SUMMARIES } from '$lib/flows/registry';
import { i18n } from '$lib/i18n/i18n.svelte';

export async function load({ parent }) {
	await parent();
	await i18n.use('resources', 'service-links', 'service-notes', 'my', 'flow-ui', 'steps', 'feelings', 'decision', ...FLOW_SUMMARIES.map((flow) => flow.namespace));
}
