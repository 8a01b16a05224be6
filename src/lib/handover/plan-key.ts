/**
 * The sessionStorage key of a tailored link's plan (session-plan.ts). The exercise page reads the
 * same key, written out there, before it loads anything of the handover.
 */
export const PLAN_KEY = 'langkah.tailored';
