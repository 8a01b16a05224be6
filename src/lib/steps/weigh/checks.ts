/** The shape and checks of a `weigh` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { WeighStep } from '$lib/flows/flow-types';
import { checkReference } from '../decision-references';
import { defineStepChecks } from '../step-kind';
import { weighDefinition } from './definition';

export default defineStepChecks<WeighStep>({
	definitionSchema: weighDefinition,
	check(step, context) {
		checkReference(step, context, 'source', 'options');
		checkReference(step, context, 'points', 'points');
		checkReference(step, context, 'reality', 'reality', true);
		checkReference(step, context, 'people', 'people', true);
	},
	conditions: {
		// The option leaned to is the person's own option id (unknown here), or UNDECIDED.
		equals: (_step, value) => (typeof value === 'string' ? undefined : 'compares the option leaned to with something that is not text')
	}
});
