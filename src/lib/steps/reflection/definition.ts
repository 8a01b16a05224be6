/** The definition of a reflection step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const reflectionDefinition = stepSchema('reflection', {
	/** The steps whose answers are given back (see $lib/flows/reflection.ts for what each holds). */
	sources: v.object({
		feelings: v.optional(v.string()),
		what: v.optional(v.string()),
		areas: v.optional(v.string()),
		tried: v.optional(v.string()),
		wish: v.optional(v.string()),
		danger: v.optional(v.string()),
		thoughts: v.optional(v.string())
	})
});

export type ReflectionStep = v.InferOutput<typeof reflectionDefinition>;
