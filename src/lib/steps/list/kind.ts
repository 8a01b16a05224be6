/** A list the person writes, one item a line (problems, worries, ...). */
import * as v from 'valibot';
import type { ListItem, ListStep } from '$lib/flows/flow-types';
import { decisionFreeText } from '$lib/decisions/decision-summary';
import { listItemSchema } from './answer';
import { defineStepKind } from '../step-kind';
import { salvageList } from '../answer-salvage';
import { listDefinition } from './definition';

export default defineStepKind<ListStep, ListItem[]>({
	kind: 'list',
	definitionSchema: listDefinition,
	answerSchema: v.array(listItemSchema),
	salvage: (_step, value) => salvageList(value, listItemSchema),
	texts: (step) => [
		['itemLabel', step.itemLabel],
		['addLabel', step.addLabel]
	],
	conditions: { count: () => undefined },
	summary: (_step, answer) => answer.map((item) => item.text).filter((text) => text.trim()),
	freeText: decisionFreeText,
	view: () => import('./ListStep.svelte')
});
