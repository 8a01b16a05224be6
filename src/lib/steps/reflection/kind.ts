/** The supportive reflection: the person's own words given back with kind messages; it asks nothing. */
import * as v from 'valibot';
import type { ReflectionSources, ReflectionStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { stepSchema } from '../step-schema';

export default defineStepKind<ReflectionStep>({
	kind: 'reflection',
	definitionSchema: stepSchema('reflection', {
		/** The steps whose answers are given back (see $lib/flows/reflection.ts for what each holds). */
		sources: v.object({
			feelings: v.optional(v.string()),
			what: v.optional(v.string()),
			areas: v.optional(v.string()),
			tried: v.optional(v.string()),
			wish: v.optional(v.string()),
			danger: v.optional(v.string()),
			thoughts: v.optional(v.string())
		})
	}),
	check(step, context) {
		const kinds: Record<keyof ReflectionSources, string> = {
			feelings: 'feelings',
			what: 'text',
			areas: 'choice',
			tried: 'text',
			wish: 'text',
			danger: 'choice',
			thoughts: 'choice'
		};
		for (const [role, kind] of Object.entries(kinds) as [keyof ReflectionSources, string][]) {
			const id = step.sources[role];
			if (id === undefined) continue;
			if (!context.isEarlier(id) || context.stepAt(id)?.kind !== kind) {
				context.report('bad-source', `sources.${role} "${id}" is not an earlier ${kind} step`);
			}
		}
	},
	view: () => import('./ReflectionStep.svelte')
});
