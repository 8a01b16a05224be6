import { error, redirect } from '@sveltejs/kit';
import { FLOW_IDS, isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { i18n } from '$lib/i18n/i18n.svelte';

export const entries = () => FLOW_IDS.map((id) => ({ id }));

export async function load({ params, parent, url }) {
	if (!isFlowId(params.id)) {
		// A link typed or read aloud with a capital letter ("/flow/Tell") still opens the exercise.
		const id = params.id.toLowerCase();
		if (isFlowId(id)) redirect(308, `/flow/${id}${url.search}`);
		// The message, like the error page, is in the person's language, once the layout has set it.
		await parent();
		error(404, i18n.t('common:error.notFound'));
	}
	await parent();
	const definition = await loadFlowDefinition(params.id);
	i18n.addFlowTexts(definition);
	// The step views and the texts only they need (their kinds' namespaces) come with the run, as
	// each step is reached (see FlowPage, FlowRunner); the crisis panel's (`safety`) with the panel.
	await i18n.use(definition.namespace, 'flow-ui');
	return { definition };
}
