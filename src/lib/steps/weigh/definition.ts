/** The definition of a weigh step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const weighDefinition = stepSchema('weigh', {
	/** The options step. */
	source: v.string(),
	/** The points step (of the same options). */
	points: v.string(),
	reality: v.optional(v.string()),
	people: v.optional(v.string())
});

export type WeighStep = v.InferOutput<typeof weighDefinition>;
