/** The definition of an actions step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const actionsDefinition = stepSchema('actions', {
	/** The options step. */
	source: v.string(),
	readiness: v.optional(v.string()),
	reality: v.optional(v.string()),
	/** The weigh step, whose answer is the option the person leans to. */
	weigh: v.optional(v.string())
});

export type ActionsStep = v.InferOutput<typeof actionsDefinition>;
