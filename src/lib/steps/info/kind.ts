/** An info step: a heading, help and paragraphs to read; it asks nothing. */
import * as v from 'valibot';
import type { InfoStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { stepSchema, textKeySchema } from '../step-schema';

export default defineStepKind<InfoStep>({
	kind: 'info',
	definitionSchema: stepSchema('info', {
		body: v.optional(v.array(textKeySchema)),
		/** Show the help lines (112, 110, 119, SAPA 129, Healing119) under the text. */
		helpLines: v.optional(v.boolean()),
		/** Earlier steps whose answers are shown again here (e.g. the calm scores before and after). */
		recap: v.optional(v.array(v.string()))
	}),
	check(step, context) {
		for (const recalled of step.recap ?? []) {
			if (!context.isEarlier(recalled)) context.report('bad-source', `recap "${recalled}" is not an earlier step`);
		}
	},
	texts: (step) => (step.body ?? []).map((key, index) => [`body[${index}]`, key]),
	readAloud: (step) => step.body ?? [],
	view: () => import('./InfoStep.svelte')
});
