/** The answer of a plan step, as a schema (read by the kind and by the code that shows or weighs the answer). */
import * as v from 'valibot';
import { textOrEmpty } from '../answer-salvage';

export const planItemSchema = v.object({
	id: v.string(),
	what: v.string(),
	when: v.string(),
	who: v.string(),
	needs: v.string(),
	date: v.optional(v.string())
});

export type PlanItem = v.InferOutput<typeof planItemSchema>;

/** An item of an older plan: missing fields read as empty. */
export const oldPlanItemSchema: v.GenericSchema<unknown, PlanItem> = v.object({
	id: v.string(),
	what: textOrEmpty,
	when: textOrEmpty,
	who: textOrEmpty,
	needs: textOrEmpty,
	date: v.fallback(v.optional(v.string()), undefined)
});
