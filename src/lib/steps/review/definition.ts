/** The definition of a review step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import type * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const reviewDefinition = stepSchema('review', {});

export type ReviewStep = v.InferOutput<typeof reviewDefinition>;
