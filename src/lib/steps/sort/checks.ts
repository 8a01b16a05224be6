/** The shape and checks of a `sort` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { SortStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { sortDefinition } from './definition';

export default defineStepChecks<SortStep>({
	definitionSchema: sortDefinition,
	check(step, context) {
		if (!context.isEarlier(step.source) || context.stepAt(step.source)?.kind !== 'list') {
			context.report('bad-source', `source "${step.source}" is not an earlier list step`);
		}
	},
	texts: (step) => step.groups.map((group) => [`group "${group?.id}"`, group?.label]),
	optionIds: (step) => ({ ids: step.groups.map((group) => group?.id), needsOptions: true }),
	conditions: { count: () => undefined }
});
