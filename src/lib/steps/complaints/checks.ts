/** The shape and checks of a `complaints` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { ComplaintsStep } from './definition';
import { defineStepChecks } from '../step-kind';
import { complaintsDefinition } from './definition';

export default defineStepChecks<ComplaintsStep>({
	definitionSchema: complaintsDefinition,
	check(step, context) {
		for (const [field, source] of [
			['situation', step.situation],
			['serviceKind', step.serviceKind]
		] as const) {
			if (source === undefined) continue;
			if (!context.isEarlier(source) || context.stepAt(source)?.kind !== 'choice') {
				context.report('bad-source', `${field} "${source}" is not an earlier choice step`);
			}
		}
	}
});
