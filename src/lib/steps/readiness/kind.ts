/** The readiness check: yes/no questions in the spirit of the SURE test; a "no" names a need. */
import * as v from 'valibot';
import { ACTION_KINDS, type ReadinessStep } from '$lib/flows/flow-types';
import { describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { defineStepKind } from '../step-kind';
import { salvageRecord } from '../answer-salvage';
import { readinessDefinition } from './definition';

export default defineStepKind<ReadinessStep, Record<string, string>>({
	kind: 'readiness',
	definitionSchema: readinessDefinition,
	/** Question id -> 'yes' | 'no'. */
	answerSchema: v.record(v.string(), v.picklist(['yes', 'no'])),
	salvage(step, value) {
		const questionIds = new Set(step.questions.map((question) => question.id));
		return salvageRecord(value, (id, said) => (questionIds.has(id) && (said === 'yes' || said === 'no') ? said : undefined));
	},
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
	conditions: { count: () => undefined },
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	namespaces: ['decision'],
	view: () => import('./ReadinessStep.svelte')
});
