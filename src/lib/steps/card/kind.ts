/**
 * A one-page card of earlier answers (`shows`: step ids, in order), to show or read from on the
 * phone during a meeting, and to print (clean on A4 and on a narrow phone). The title names the
 * service when a documents step (`service`) knows it. It asks nothing.
 */
import { defineStepKind } from '../step-kind';
import { cardDefinition, type CardStep } from './definition';

export type { CardStep };

export default defineStepKind<CardStep>({
	kind: 'card',
	definitionSchema: cardDefinition,
	check(step, context) {
		for (const shown of step.shows) if (!context.isEarlier(shown)) context.report('bad-source', `shows "${shown}", which is not an earlier step`);
		if (step.service !== undefined && context.stepAt(step.service)?.kind !== 'documents') {
			context.report('bad-source', `service "${step.service}" is not a documents step`);
		}
	},
	namespaces: ['services'],
	view: () => import('./CardStep.svelte')
});
