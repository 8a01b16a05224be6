/** The definition of a scale step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema, textKeySchema } from '../step-schema';

export const scaleDefinition = stepSchema('scale', { min: v.number(), max: v.number(), minLabel: textKeySchema, maxLabel: textKeySchema });

export type ScaleStep = v.InferOutput<typeof scaleDefinition>;
