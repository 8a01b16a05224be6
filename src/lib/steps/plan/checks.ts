/** The shape and checks of a `plan` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { PlanStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { planDefinition } from './definition';

export default defineStepChecks<PlanStep>({
	definitionSchema: planDefinition,
	check(step, context) {
		if (!step.from) return;
		if (!context.isEarlier(step.from.source) || context.stepAt(step.from.source)?.kind !== 'list') {
			context.report('bad-source', `from.source "${step.from.source}" is not an earlier list step`);
		}
		const sort = step.from.filter && (context.stepAt(step.from.filter.sort) as { kind: string; id: string; source?: string } | undefined);
		if (step.from.filter && (!sort || sort.kind !== 'sort' || !context.isEarlier(sort.id) || sort.source !== step.from.source)) {
			context.report('bad-filter', `from.filter.sort "${step.from.filter.sort}" is not an earlier sort step of "${step.from.source}"`);
		}
	},
	conditions: { count: () => undefined }
});
