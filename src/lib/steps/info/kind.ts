/** An info step: a heading, help and paragraphs to read; it asks nothing. */
import type { InfoStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { infoDefinition } from './definition';

export default defineStepKind<InfoStep>({
	kind: 'info',
	definitionSchema: infoDefinition,
	check(step, context) {
		for (const recalled of step.recap ?? []) {
			if (!context.isEarlier(recalled)) context.report('bad-source', `recap "${recalled}" is not an earlier step`);
		}
	},
	texts: (step) => (step.body ?? []).map((key, index) => [`body[${index}]`, key]),
	readAloud: (step) => step.body ?? [],
	view: () => import('./InfoStep.svelte')
});
