/** The definition of a sort step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, optionSchema } from '../step-schema';

export const sortDefinition = stepSchema('sort', {
	/** The id of an earlier list step whose items are sorted. */
	source: v.string(),
	groups: v.array(optionSchema)
});

export type SortStep = v.InferOutput<typeof sortDefinition>;
