/** The shape and checks of a `card` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { CardStep } from './definition';
import { defineStepChecks } from '../step-kind';
import { cardDefinition } from './definition';

export default defineStepChecks<CardStep>({
	definitionSchema: cardDefinition,
	check(step, context) {
		for (const shown of step.shows) if (!context.isEarlier(shown)) context.report('bad-source', `shows "${shown}", which is not an earlier step`);
		if (step.service !== undefined && context.stepAt(step.service)?.kind !== 'documents') {
			context.report('bad-source', `service "${step.service}" is not a documents step`);
		}
	}
});
