import { error } from '@sveltejs/kit';
import { hasDecisionSteps, loadDecisionStepView } from '$lib/components/decision-steps';
import { FLOW_IDS, isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { i18n } from '$lib/i18n/i18n.svelte';

export const entries = () => FLOW_IDS.map((id) => ({ id }));

export async function load({ params, parent }) {
	if (!isFlowId(params.id)) error(404, 'No such exercise');
	await parent();
	const definition = await loadFlowDefinition(params.id);
	// The decision steps' code and texts come only with the flows that have them.
	const decisions = hasDecisionSteps(definition);
	await Promise.all([
		i18n.use(definition.namespace, 'flow-ui', 'steps', 'feelings', 'safety', ...(decisions ? ['decision'] : [])),
		decisions ? loadDecisionStepView() : undefined
	]);
	return { definition };
}
