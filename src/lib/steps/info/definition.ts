/** The definition of an info step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, textKeySchema } from '../step-schema';

export const infoDefinition = stepSchema('info', {
	body: v.optional(v.array(textKeySchema)),
	/** Show the help lines (112, 110, 119, SAPA 129, Healing119) under the text. */
	helpLines: v.optional(v.boolean()),
	/** Earlier steps whose answers are shown again here (e.g. the calm scores before and after). */
	recap: v.optional(v.array(v.string()))
});

export type InfoStep = v.InferOutput<typeof infoDefinition>;
