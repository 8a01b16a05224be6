/** Other people involved: who, which option of `source` they prefer, whether they press the person. */
import * as v from 'valibot';
import type { PeopleStep, PersonItem } from '$lib/flows/flow-types';
import { decisionFreeText, describeDecisionAnswer } from '$lib/decisions/decision-summary';
import { checkReference } from '../decision-references';
import { personSchema, oldPersonSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { peopleDefinition } from './definition';

export default defineStepKind<PeopleStep, PersonItem[]>({
	kind: 'people',
	definitionSchema: peopleDefinition,
	answerSchema: v.array(personSchema),
	salvage: (_step, value) => salvageList(value, personSchema, oldPersonSchema),
	check: (step, context) => checkReference(step, context, 'source', 'options'),
	conditions: { count: () => undefined },
	summary: (step, answer, answers, t) => describeDecisionAnswer(step, answer, answers, t) ?? [],
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./PeopleStep.svelte')
});
