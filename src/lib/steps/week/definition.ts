/** The definition of a week step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const weekDefinition = stepSchema('week', {
	/** Earlier multiple-choice or list steps whose answers are the activities to plan. */
	sources: v.pipe(v.array(v.string()), v.minLength(1))
});

export type WeekStep = v.InferOutput<typeof weekDefinition>;
