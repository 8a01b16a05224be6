/** An info step: a heading, help and paragraphs to read; it asks nothing. */
import type { InfoStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<InfoStep>({
	kind: 'info',
	readAloud: (step) => step.body ?? [],
	view: () => import('./InfoStep.svelte')
});
