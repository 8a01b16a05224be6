/** The readiness check: yes/no questions in the spirit of the SURE test; a "no" names a need. */
import * as v from 'valibot';
import type { ReadinessStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { salvageRecord } from '../answer-salvage';

export default defineStepKind<ReadinessStep, Record<string, string>>({
	kind: 'readiness',
	/** Question id -> 'yes' | 'no'. */
	answerSchema: v.record(v.string(), v.picklist(['yes', 'no'])),
	salvage(step, value) {
		const questionIds = new Set(step.questions.map((question) => question.id));
		return salvageRecord(value, (id, said) => (questionIds.has(id) && (said === 'yes' || said === 'no') ? said : undefined));
	},
	namespaces: ['decision'],
	view: () => import('./ReadinessStep.svelte')
});
