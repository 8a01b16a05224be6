/** The definition of a plan step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

/**
 * `from`: where the first small steps come from: the items of an earlier list (optionally only those
 * a sort step put in one group, e.g. the ideas marked "I'll use"), each the first words of a small
 * step while the plan is still empty. The person changes or removes them freely.
 */
export const planDefinition = stepSchema('plan', {
	from: v.optional(
		v.object({
			source: v.string(),
			filter: v.optional(v.object({ sort: v.string(), group: v.string() }))
		})
	)
});

export type PlanStep = v.InferOutput<typeof planDefinition>;
