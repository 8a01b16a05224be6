/** The supportive reflection: the person's own words given back with kind messages; it asks nothing. */
import type { ReflectionSources, ReflectionStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { reflectionDefinition } from './definition';

export default defineStepKind<ReflectionStep>({
	kind: 'reflection',
	definitionSchema: reflectionDefinition,
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
