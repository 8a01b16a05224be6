/**
 * The result of "What might I be entitled to?": the household answers of earlier choice steps
 * (`household`: which step holds which answer) checked against the programme rules
 * ($lib/resources/entitlements). It asks nothing; its summary (summary.ts: for the review, notes and
 * "copy as text") lists the programmes worth asking about, each with why. Never a verdict: the view says the
 * office decides.
 */
import type { EntitlementResult } from '$lib/resources/entitlements';
import { defineStepKind, type Translate } from '../step-kind';
import type { EntitlementsStep } from './definition';

export type { EntitlementsStep };

/** One reason in words: "Someone at home goes to school" / "Money is hard". */
export function reasonLines(result: EntitlementResult, t: Translate): string[] {
	return result.reasons.flatMap((reason) => reason.answers.map((answer) => t(`services:entitlements.reasons.${reason.question}.${answer}`)));
}

export default defineStepKind<EntitlementsStep>({
	kind: 'entitlements',
	summarizesWithoutAnswer: true,
	namespaces: ['services', 'resources'],
	view: () => import('./EntitlementsStep.svelte')
});
