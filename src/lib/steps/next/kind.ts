/** Links to where the person may go next (other flows, help); an empty `href` finishes the run here. */
import type { NextStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<NextStep>({
	kind: 'next',
	ownsNavigation: true,
	view: () => import('./NextChoices.svelte')
});
