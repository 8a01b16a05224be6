/** A list the person writes, one item a line (problems, worries, ...). */
import * as v from 'valibot';
import type { ListItem, ListStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-free-text';
import { listItemSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';

export default defineStepKind<ListStep, ListItem[]>({
	kind: 'list',
	answerSchema: v.array(listItemSchema),
	salvage: (_step, value) => salvageList(value, listItemSchema),
	summary: (_step, answer) => answer.map((item) => item.text).filter((text) => text.trim()),
	freeText: decisionFreeText,
	namespaces: ['steps'],
	view: () => import('./ListStep.svelte')
});
