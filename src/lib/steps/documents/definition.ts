/** The definition of a documents step, as a schema; its type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, textKeySchema } from '../step-schema';

export const documentsDefinition = stepSchema('documents', { itemLabel: textKeySchema, addLabel: textKeySchema });

export type DocumentsStep = v.InferOutput<typeof documentsDefinition>;
