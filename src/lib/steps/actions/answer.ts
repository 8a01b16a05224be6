/** The answer of a actions step, as a schema (read by the kind and by the code that shows or weighs the answer). */
import * as v from 'valibot';
import { ACTION_KINDS } from '$lib/flows/flow-types';
import { textOrEmpty } from '../answer-salvage';

export const actionSchema = v.object({
	id: v.string(),
	kind: v.picklist(ACTION_KINDS),
	what: v.string(),
	/** YYYY-MM-DD, or '' when not set. */
	date: v.string(),
	who: v.string()
});

export type ActionItem = v.InferOutput<typeof actionSchema>;

export const oldActionSchema: v.GenericSchema<unknown, ActionItem> = v.object({
	id: v.string(),
	kind: v.picklist(ACTION_KINDS),
	what: textOrEmpty,
	date: textOrEmpty,
	who: textOrEmpty
});
