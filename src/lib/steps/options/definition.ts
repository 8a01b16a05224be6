/** The definition of an options step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import type * as v from 'valibot';
import { stepSchema, textKeySchema } from '../step-schema';

export const optionsDefinition = stepSchema('options', { itemLabel: textKeySchema, addLabel: textKeySchema });

export type OptionsStep = v.InferOutput<typeof optionsDefinition>;
