/** The definition of a card step (the earlier steps it shows, and the documents step that names the service), as a schema; its type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const cardDefinition = stepSchema('card', { shows: v.array(v.string()), service: v.optional(v.string()) });

export type CardStep = v.InferOutput<typeof cardDefinition>;
