import { error } from '@sveltejs/kit';
import { FLOW_IDS, isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { i18n } from '$lib/i18n/i18n.svelte';

export const entries = () => FLOW_IDS.map((id) => ({ id }));

export async function load({ params, parent }) {
	if (!isFlowId(params.id)) error(404, 'No such exercise');
	await parent();
	const definition = await loadFlowDefinition(params.id);
	await i18n.use(definition.namespace, 'flow-ui', 'steps', 'feelings', 'safety');
	return { definition };
}
