/** The answer of an options step, as a schema (read by the kind and by the code that weighs the options). */
import * as v from 'valibot';
import type { DecisionOption } from '$lib/flows/flow-types';

export const decisionOptionSchema: v.GenericSchema<unknown, DecisionOption> = v.object({
	id: v.string(),
	text: v.string(),
	waiting: v.optional(v.literal(true))
});

/** An option whose `waiting` mark is damaged is kept as an ordinary option. */
export const oldOptionSchema: v.GenericSchema<unknown, DecisionOption> = v.object({ id: v.string(), text: v.string() });
