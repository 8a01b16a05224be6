/** The shape and checks of a `people` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { PeopleStep } from '$lib/flows/flow-types';
import { checkReference } from '../decision-references';
import { defineStepChecks } from '../step-kind';
import { peopleDefinition } from './definition';

export default defineStepChecks<PeopleStep>({
	definitionSchema: peopleDefinition,
	check: (step, context) => checkReference(step, context, 'source', 'options'),
	conditions: { count: () => undefined }
});
