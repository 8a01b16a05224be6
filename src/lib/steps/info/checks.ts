/** The shape and checks of a `info` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { InfoStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { infoDefinition } from './definition';

export default defineStepChecks<InfoStep>({
	definitionSchema: infoDefinition,
	check(step, context) {
		for (const recalled of step.recap ?? []) {
			if (!context.isEarlier(recalled)) context.report('bad-source', `recap "${recalled}" is not an earlier step`);
		}
	},
	texts: (step) => (step.body ?? []).map((key, index) => [`body[${index}]`, key])
});
