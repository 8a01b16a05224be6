/** The supportive reflection: the person's own words given back with kind messages; it asks nothing. */
import type { ReflectionStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<ReflectionStep>({
	kind: 'reflection',
	// The feelings named earlier, and the help lines it lists when the person may be in danger.
	namespaces: ['steps', 'feelings', 'safety'],
	view: () => import('./ReflectionStep.svelte')
});
