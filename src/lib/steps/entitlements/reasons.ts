/** Why a programme may fit, in words, for the entitlements step's view and its summary. */
import type { EntitlementResult } from '$lib/resources/entitlements';
import type { Translate } from '../step-kind';

/** One reason in words: "Someone at home goes to school" / "Money is hard". */
export function reasonLines(result: EntitlementResult, t: Translate): string[] {
	return result.reasons.flatMap((reason) => reason.answers.map((answer) => t(`services:entitlements.reasons.${reason.question}.${answer}`)));
}
