/** The definition of an entitlements step (which earlier choice step holds each household answer), as a schema; its type is inferred from it. */
import * as v from 'valibot';
import { stepSchema } from '../step-schema';

const source = v.optional(v.string());

export const entitlementsDefinition = stepSchema('entitlements', {
	household: v.object({ members: source, money: source, welfare: source, health: source, legal: source })
});

export type EntitlementsStep = v.InferOutput<typeof entitlementsDefinition>;
