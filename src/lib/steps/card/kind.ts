/**
 * A one-page card of earlier answers (`shows`: step ids, in order), to show or read from on the
 * phone during a meeting, and to print (clean on A4 and on a narrow phone). The title names the
 * service when a documents step (`service`) knows it. It asks nothing.
 */
import { loadStepSummaries } from '../summaries';
import { defineStepKind } from '../step-kind';
import type { CardStep } from './definition';

export type { CardStep };

export default defineStepKind<CardStep>({
	kind: 'card',
	namespaces: ['services'],
	// The view sums up answers of other steps: every kind's summary comes with it.
	view: async () => (await Promise.all([import('./CardStep.svelte'), loadStepSummaries()]))[0]
});
