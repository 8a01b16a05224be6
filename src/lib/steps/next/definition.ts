/** The definition of a next step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, textKeySchema, sameOriginPathSchema } from '../step-schema';

export const nextDefinition = stepSchema('next', {
	choices: v.array(v.object({ id: v.string(), label: textKeySchema, href: v.union([v.literal(''), sameOriginPathSchema]) }))
});

export type NextStep = v.InferOutput<typeof nextDefinition>;
