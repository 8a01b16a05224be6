/** Links to where the person may go next (other flows, help); an empty `href` finishes the run here. */
import * as v from 'valibot';
import type { NextStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { sameOriginPathSchema, stepSchema, textKeySchema } from '../step-schema';

export default defineStepKind<NextStep>({
	kind: 'next',
	definitionSchema: stepSchema('next', {
		choices: v.array(v.object({ id: v.string(), label: textKeySchema, href: v.union([v.literal(''), sameOriginPathSchema]) }))
	}),
	texts: (step) => step.choices.map((choice) => [`choice "${choice?.id}"`, choice?.label]),
	optionIds: (step) => ({ ids: step.choices.map((choice) => choice?.id), needsOptions: false }),
	ownsNavigation: true,
	view: () => import('./NextChoices.svelte')
});
