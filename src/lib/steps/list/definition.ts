/** The definition of a list step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import type * as v from 'valibot';
import { stepSchema, textKeySchema } from '../step-schema';

export const listDefinition = stepSchema('list', { itemLabel: textKeySchema, addLabel: textKeySchema });

export type ListStep = v.InferOutput<typeof listDefinition>;
