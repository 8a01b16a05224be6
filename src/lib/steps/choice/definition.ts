/** The definition of a choice step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, optionSchema } from '../step-schema';

export const choiceDefinition = stepSchema('choice', { multiple: v.boolean(), options: v.array(optionSchema) });

export type ChoiceStep = v.InferOutput<typeof choiceDefinition>;
