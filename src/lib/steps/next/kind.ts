/** Links to where the person may go next (other flows, help); an empty `href` finishes the run here. */
import type { NextStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { nextDefinition } from './definition';

export default defineStepKind<NextStep>({
	kind: 'next',
	definitionSchema: nextDefinition,
	texts: (step) => step.choices.map((choice) => [`choice "${choice?.id}"`, choice?.label]),
	optionIds: (step) => ({ ids: step.choices.map((choice) => choice?.id), needsOptions: false }),
	ownsNavigation: true,
	view: () => import('./NextChoices.svelte')
});
