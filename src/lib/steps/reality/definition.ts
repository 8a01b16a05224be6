/** The definition of a reality step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const realityDefinition = stepSchema('reality', { source: v.string() });

export type RealityStep = v.InferOutput<typeof realityDefinition>;
