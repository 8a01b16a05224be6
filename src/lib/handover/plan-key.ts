/**
 * Whether this tab holds a tailored link's plan (session-plan.ts), read without loading the plan's
 * code: an exercise page asks before it loads anything of the handover.
 */
export const PLAN_KEY = 'langkah.tailored';

export function hasSessionPlan(): boolean {
	try {
		return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(PLAN_KEY) !== null;
	} catch {
		return false;
	}
}
