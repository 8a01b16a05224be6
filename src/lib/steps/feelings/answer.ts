/** The answer of a feelings step, as a schema (read by the kind and by the code that shows or weighs the answer). */
import * as v from 'valibot';
import type { FeelingAnswer } from '$lib/flows/flow-types';

export const feelingAnswerSchema: v.GenericSchema<unknown, FeelingAnswer> = v.object({
	id: v.string(),
	intensity: v.pipe(v.number(), v.finite())
});
