/** The definition of a pick step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const pickDefinition = stepSchema('pick', {
	source: v.string(),
	filter: v.optional(v.object({ sort: v.string(), group: v.string() }))
});

export type PickStep = v.InferOutput<typeof pickDefinition>;
