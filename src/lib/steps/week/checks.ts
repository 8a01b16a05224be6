/** The shape and checks of a `week` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { WeekStep } from './definition';
import { defineStepChecks } from '../step-kind';
import { weekDefinition } from './definition';

export default defineStepChecks<WeekStep>({
	definitionSchema: weekDefinition,
	check(step, context) {
		for (const source of step.sources) {
			const earlier = context.isEarlier(source) ? context.stepAt(source) : undefined;
			const fits = earlier?.kind === 'list' || (earlier?.kind === 'choice' && (earlier as unknown as { multiple?: boolean }).multiple === true);
			if (!fits) context.report('bad-source', `source "${source}" is not an earlier list step or multiple-choice step`);
		}
	},
	conditions: { count: () => undefined }
});
