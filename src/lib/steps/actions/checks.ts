/** The shape and checks of a `actions` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { ActionsStep } from '$lib/flows/flow-types';
import { checkReference } from '../decision-references';
import { defineStepChecks } from '../step-kind';
import { actionsDefinition } from './definition';

export default defineStepChecks<ActionsStep>({
	definitionSchema: actionsDefinition,
	check(step, context) {
		checkReference(step, context, 'source', 'options');
		checkReference(step, context, 'readiness', 'readiness', true);
		checkReference(step, context, 'reality', 'reality', true);
		checkReference(step, context, 'weigh', 'weigh', true);
	},
	conditions: { count: () => undefined }
});
