/** The definition of a text step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, textKeySchema } from '../step-schema';

export const textDefinition = stepSchema('text', { placeholder: v.optional(textKeySchema) });

export type TextStep = v.InferOutput<typeof textDefinition>;
