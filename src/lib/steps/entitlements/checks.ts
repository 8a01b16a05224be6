/** The shape and checks of a `entitlements` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import type { EntitlementsStep } from './definition';
import { defineStepChecks } from '../step-kind';
import { entitlementsDefinition } from './definition';

export default defineStepChecks<EntitlementsStep>({
	definitionSchema: entitlementsDefinition,
	check(step, context) {
		for (const [question, source] of Object.entries(step.household)) {
			if (source === undefined) continue;
			const other = context.stepAt(source);
			if (!other || !context.isEarlier(source) || other.kind !== 'choice') {
				context.report('bad-source', `household "${question}" is "${source}", which is not an earlier choice step`);
			}
		}
	}
});
