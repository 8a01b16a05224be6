/** The supportive reflection: the person's own words given back with kind messages; it asks nothing. */
import type { ReflectionStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { stepSchema } from '../step-schema';

export default defineStepKind<ReflectionStep>({
	kind: 'reflection',
	definitionSchema: stepSchema('reflection', {}),
	view: () => import('./ReflectionStep.svelte')
});
