/** The shape and checks of a `pick` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { PickStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { pickDefinition } from './definition';

export default defineStepChecks<PickStep>({
	definitionSchema: pickDefinition,
	check(step, context) {
		if (!context.isEarlier(step.source) || context.stepAt(step.source)?.kind !== 'list') {
			context.report('bad-source', `source "${step.source}" is not an earlier list step`);
		}
		if (step.filter === undefined) return;
		const sort = context.stepAt(step.filter.sort) as { kind: string; id: string; source?: string; groups?: { id: string }[] } | undefined;
		if (!sort || sort.kind !== 'sort' || !context.isEarlier(sort.id)) {
			context.report('bad-filter', `filter.sort "${step.filter.sort}" is not an earlier sort step`);
		} else if (sort.source !== step.source) {
			context.report('bad-filter', `filter.sort "${sort.id}" sorts "${sort.source}", not "${step.source}"`);
		} else if (!(sort.groups ?? []).some((group) => group?.id === step.filter?.group)) {
			context.report('bad-filter', `filter.group "${step.filter.group}" is not a group of "${sort.id}"`);
		}
	}
});
