/**
 * The result of "What might I be entitled to?": the household answers of earlier choice steps
 * (`household`: which step holds which answer) checked against the programme rules
 * ($lib/resources/entitlements). It asks nothing; its summary (summary.ts: for the review, notes and
 * "copy as text") lists the programmes worth asking about, each with why. Never a verdict: the view says the
 * office decides.
 */
import { defineStepKind } from '../step-kind';
import type { EntitlementsStep } from './definition';

export type { EntitlementsStep };

export default defineStepKind<EntitlementsStep>({
	kind: 'entitlements',
	summarizesWithoutAnswer: true,
	namespaces: ['services', 'bundled'],
	view: () => import('./EntitlementsStep.svelte')
});
