/** The definition of a people step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const peopleDefinition = stepSchema('people', { source: v.string() });

export type PeopleStep = v.InferOutput<typeof peopleDefinition>;
