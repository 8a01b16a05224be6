/** The answer of a feelings step, as a schema (read by the kind and by the code that shows or weighs the answer). */
import * as v from 'valibot';

export const feelingAnswerSchema = v.object({
	id: v.string(),
	/** 1 (a little) to 5 (very strongly). */
	intensity: v.pipe(v.number(), v.finite())
});

export type FeelingAnswer = v.InferOutput<typeof feelingAnswerSchema>;
