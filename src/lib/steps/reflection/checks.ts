/** The shape and checks of a `reflection` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { ReflectionSources, ReflectionStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { reflectionDefinition } from './definition';

export default defineStepChecks<ReflectionStep>({
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
	}
});
