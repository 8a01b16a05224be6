/** The answer of a points step, as a schema (read by the kind and by the code that shows or weighs the answer). */
import * as v from 'valibot';
import { IMPORTANCE_MAX, IMPORTANCE_MIN, POINT_SIDES } from '$lib/flows/flow-types';

export const decisionPointSchema = v.object({
	id: v.string(),
	text: v.string(),
	side: v.picklist(POINT_SIDES),
	/** How much it matters: IMPORTANCE_MIN..IMPORTANCE_MAX. */
	importance: v.pipe(v.number(), v.integer(), v.minValue(IMPORTANCE_MIN), v.maxValue(IMPORTANCE_MAX)),
	/** The options it counts for (without retyping it). */
	options: v.array(v.string())
});

export type DecisionPoint = v.InferOutput<typeof decisionPointSchema>;

/** A point with a damaged importance or option list: the importance is brought within the scale, bad option ids dropped. */
export const oldPointSchema: v.GenericSchema<unknown, DecisionPoint> = v.object({
	id: v.string(),
	text: v.string(),
	side: v.picklist(POINT_SIDES),
	importance: v.pipe(
		v.fallback(v.pipe(v.number(), v.finite()), 3),
		v.transform((value) => Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(value))))
	),
	options: v.pipe(
		v.fallback(v.array(v.unknown()), []),
		v.transform((ids) => ids.filter((id): id is string => typeof id === 'string'))
	)
});
