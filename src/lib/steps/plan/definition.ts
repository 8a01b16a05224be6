/** The definition of a plan step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import type * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const planDefinition = stepSchema('plan', {});

export type PlanStep = v.InferOutput<typeof planDefinition>;
