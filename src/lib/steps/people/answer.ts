/** The answer of a people step, as a schema (read by the kind and by the code that shows or weighs the answer). */
import * as v from 'valibot';
import { PRESSURES } from '$lib/flows/flow-types';
import { textOrEmpty } from '../answer-salvage';

export const personSchema = v.object({
	id: v.string(),
	who: v.string(),
	/** An option id, or PREFERS_UNKNOWN. */
	prefers: v.string(),
	presses: v.picklist(PRESSURES)
});

export type PersonItem = v.InferOutput<typeof personSchema>;

export const oldPersonSchema: v.GenericSchema<unknown, PersonItem> = v.object({
	id: v.string(),
	who: v.string(),
	prefers: textOrEmpty,
	presses: v.fallback(v.picklist(PRESSURES), '')
});
