/**
 * A run's answers as readable text, for the review step, the finished summary, My space and
 * "copy as text". Pure: the caller passes the translate function. Some kinds keep their summary
 * in a module of their own: the caller loads them first (`loadStepSummaries`, steps/summaries.ts).
 */
import { isListedInSummary, stepKind } from '$lib/steps/registry';
import { hasSummaryModule, loadedSummary } from '$lib/steps/summaries';
import type { Translate } from '$lib/steps/step-kind';
import type { Answer, Answers, FlowDefinition, StepDefinition } from './flow-types';

export type { Translate };

export interface SummaryItem {
	stepId: string;
	/** The step's question, as the person saw it. */
	question: string;
	/** The same as a statement about the person, for a note someone else reads. */
	noteLabel: string;
	lines: string[];
}

/** The lines that describe one answer, in the person's words and the app's labels (by the step's kind). */
export function describeAnswer(step: StepDefinition, answer: Answer | undefined, answers: Answers, t: Translate): string[] {
	const kind = stepKind(step.kind);
	const summary = kind?.summary ?? loadedSummary(step.kind);
	if (!kind || !summary) {
		// A summary in the kind's summary.ts must be loaded first: failing loudly beats a summary with lines missing.
		if (hasSummaryModule(step.kind)) throw new Error(`The summary of "${step.kind}" steps is not loaded (see loadStepSummaries).`);
		return [];
	}
	if (answer === undefined && !kind.summarizesWithoutAnswer) return [];
	// The kind's own reader keeps only what fits its answer (an old or damaged answer reads as what can be kept).
	const fitting = answer === undefined ? undefined : kind.salvage ? kind.salvage(step, answer) : answer;
	if (fitting === undefined && !kind.summarizesWithoutAnswer) return [];
	return (summary as (step: StepDefinition, answer: unknown, answers: Answers, t: Translate) => string[])(step, fitting, answers, t);
}

/** Every answered question of a run, in the order of the flow. */
export function summarizeRun(definition: FlowDefinition, answers: Answers, t: Translate): SummaryItem[] {
	return definition.steps
		.filter(isListedInSummary)
		.map((step) => ({
			stepId: step.id,
			question: t(step.prompt),
			noteLabel: t(step.noteLabel ?? step.prompt),
			lines: describeAnswer(step, answers[step.id], answers, t)
		}))
		.filter((item) => item.lines.length > 0);
}

/** The summary as plain text, for copying and sharing. */
export function summaryAsText(title: string, items: SummaryItem[]): string {
	const blocks = items.map((item) => [item.question, ...item.lines.map((line) => `- ${line}`)].join('\n'));
	return [title, ...blocks].join('\n\n');
}

/** The words the person wrote in an answer (text, list items, plan fields, ...), for the crisis detector; '' for a kind without free text. */
export function freeTextOf(step: StepDefinition, answer: Answer | undefined): string {
	const kind = stepKind(step.kind);
	if (!kind?.freeText || answer === undefined) return '';
	return (kind.freeText as (answer: unknown) => string)(answer);
}

/** Whether the person writes freely on this step (then the crisis detector reads it). */
export function hasFreeText(step: StepDefinition): boolean {
	return stepKind(step.kind)?.freeText !== undefined;
}
