/** The definition of a breathing step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const breathingDefinition = stepSchema('breathing', { lengths: v.array(v.number()) });

export type BreathingStep = v.InferOutput<typeof breathingDefinition>;
