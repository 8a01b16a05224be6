/** The definition of a complaints step (the choice steps of what happened and of the kind of service), as a schema; its type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

export const complaintsDefinition = stepSchema('complaints', { situation: v.optional(v.string()), serviceKind: v.optional(v.string()) });

export type ComplaintsStep = v.InferOutput<typeof complaintsDefinition>;
