/** The answer of an options step, as a schema (read by the kind and by the code that weighs the options). */
import * as v from 'valibot';

export const decisionOptionSchema = v.object({
	id: v.string(),
	text: v.string(),
	/** Marks "doing nothing / waiting", whose words come from the app. */
	waiting: v.optional(v.literal(true))
});

export type DecisionOption = v.InferOutput<typeof decisionOptionSchema>;

/** An option whose `waiting` mark is damaged is kept as an ordinary option. */
export const oldOptionSchema: v.GenericSchema<unknown, DecisionOption> = v.object({ id: v.string(), text: v.string() });
