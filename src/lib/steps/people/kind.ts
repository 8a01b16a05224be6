/** Other people involved: who, which option of `source` they prefer, whether they press the person. */
import * as v from 'valibot';
import type { PeopleStep, PersonItem } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { personSchema, oldPersonSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<PeopleStep, PersonItem[]>({
	kind: 'people',
	answerSchema: v.array(personSchema),
	salvage: (_step, value) => salvageList(value, personSchema, oldPersonSchema),
	freeText: decisionFreeText,
	namespaces: ['decision'],
	view: () => import('./PeopleStep.svelte')
});
