/** The shape and checks of a `readiness` step's definition within its flow (used only when a flow is validated: see ../checks.ts). */
import { ACTION_KINDS, type ReadinessStep } from '$lib/flows/flow-types';
import { defineStepChecks } from '../step-kind';
import { readinessDefinition } from './definition';

export default defineStepChecks<ReadinessStep>({
	definitionSchema: readinessDefinition,
	check(step, context) {
		for (const question of step.questions) {
			const helps: unknown = question?.helps;
			const known = Array.isArray(helps) && helps.every((kind) => (ACTION_KINDS as readonly unknown[]).includes(kind));
			if (!known) context.report('bad-need', `question "${question?.id}" must list next steps among ${ACTION_KINDS.join(', ')}`);
		}
	},
	texts: (step) =>
		step.questions.flatMap((question) => [
			[`question "${question?.id}"`, question?.label],
			[`statement of "${question?.id}"`, question?.statement],
			[`need of "${question?.id}"`, question?.need]
		]),
	optionIds: (step) => ({ ids: step.questions.map((question) => question?.id), needsOptions: true }),
	conditions: { count: () => undefined }
});
