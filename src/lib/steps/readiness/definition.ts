/** The definition of a readiness step (what kind.ts checks and uses), as a schema; its TypeScript type is inferred from it. */
import * as v from 'valibot';
import { ACTION_KINDS } from '$lib/flows/flow-types';
import { stepSchema, textKeySchema } from '../step-schema';

export const readinessDefinition = stepSchema('readiness', {
	/** Yes/no questions in the spirit of the SURE test; a "no" names `need` and suggests the `helps` next steps; `statement` is the question said about the person, for summaries and notes. */
	questions: v.array(
		v.object({ id: v.string(), label: textKeySchema, statement: textKeySchema, need: textKeySchema, helps: v.array(v.picklist(ACTION_KINDS)) })
	)
});

export type ReadinessStep = v.InferOutput<typeof readinessDefinition>;
