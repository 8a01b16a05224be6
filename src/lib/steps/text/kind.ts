/** A free-text step: one large text box. */
import * as v from 'valibot';
import type { TextStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';

export default defineStepKind<TextStep, string>({
	kind: 'text',
	answerSchema: v.string(),
	summary: (_step, answer) => (answer.trim() ? [answer] : []),
	freeText: (answer) => answer,
	view: () => import('./TextStep.svelte')
});
