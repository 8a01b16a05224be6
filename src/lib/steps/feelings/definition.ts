/** The definition of a feelings step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const feelingsDefinition = stepSchema('feelings', { feelings: v.array(v.string()) });

export type FeelingsStep = v.InferOutput<typeof feelingsDefinition>;
