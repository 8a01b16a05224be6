/**
 * The situations and kinds of service of "When it does not work out" (the flow's option ids), apart
 * from the channels and sources (complaints.ts), so that the step that reads them stays small.
 */

/** The kinds of service a person may be dealing with. */
export const SERVICE_KINDS = ['social', 'health', 'school', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** What happened. */
export const SITUATIONS = ['refused', 'sent-elsewhere', 'treated-badly', 'waiting'] as const;
export type Situation = (typeof SITUATIONS)[number];
