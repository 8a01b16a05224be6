/** The definition of a points step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const pointsDefinition = stepSchema('points', { source: v.string() });

export type PointsStep = v.InferOutput<typeof pointsDefinition>;
