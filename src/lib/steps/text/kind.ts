/** A free-text step: one large text box. */
import * as v from 'valibot';
import type { TextStep } from '$lib/flows/flow-types';
import { defineStepKind } from '../step-kind';
import { textDefinition } from './definition';

export default defineStepKind<TextStep, string>({
	kind: 'text',
	definitionSchema: textDefinition,
	answerSchema: v.string(),
	texts: (step) => (step.placeholder !== undefined ? [['placeholder', step.placeholder]] : []),
	summary: (_step, answer) => (answer.trim() ? [answer] : []),
	freeText: (answer) => answer,
	view: () => import('./TextStep.svelte')
});
