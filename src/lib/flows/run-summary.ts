/**
 * A run's answers as readable text, for the review step, the finished summary, My space and
 * "copy as text". Pure: the caller passes the translate function.
 */
import { decisionFreeText, describeDecisionAnswer } from '$lib/decisions/decision-summary';
import type { Answer, Answers, FeelingAnswer, FlowDefinition, ListItem, PlanItem, StepDefinition } from './flow-types';
import { pickableItems } from './step-answers';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface SummaryItem {
	stepId: string;
	/** The step's question, as the person saw it. */
	question: string;
	/** The same as a statement about the person, for a note someone else reads. */
	noteLabel: string;
	lines: string[];
}

/** Step kinds that ask nothing, so have nothing to summarise. */
export const SILENT_KINDS = new Set<StepDefinition['kind']>(['info', 'reflection', 'next', 'review']);

const isList = (answer: Answer | undefined): answer is ListItem[] =>
	Array.isArray(answer) && answer.every((item) => typeof item === 'object' && item !== null && 'text' in item);

function listOf(answers: Answers, stepId: string): ListItem[] {
	const answer = answers[stepId];
	return isList(answer) ? answer : [];
}

/** The lines that describe one answer, in the person's words and the app's labels. */
export function describeAnswer(step: StepDefinition, answer: Answer | undefined, answers: Answers, t: Translate): string[] {
	// The weigh step sums up the earlier answers even before the person leans to an option.
	if (step.kind === 'weigh') return describeDecisionAnswer(step, answer, answers, t) ?? [];
	if (answer === undefined) return [];
	const decision = describeDecisionAnswer(step, answer, answers, t);
	if (decision) return decision;
	switch (step.kind) {
		case 'text':
			return typeof answer === 'string' && answer.trim() ? [answer] : [];
		case 'choice': {
			const chosen: unknown[] = Array.isArray(answer) ? answer : [answer];
			return step.options.filter((option) => chosen.includes(option.id)).map((option) => t(option.label));
		}
		case 'scale':
			return typeof answer === 'number'
				? [`${answer} / ${step.max} (${step.min} = ${t(step.minLabel)}, ${step.max} = ${t(step.maxLabel)})`]
				: [];
		case 'feelings':
			return (answer as FeelingAnswer[]).map(
				(feeling) => `${t(`feelings:${feeling.id}`)}: ${t(`feelings:intensity.${feeling.intensity}`)}`
			);
		case 'list':
			return isList(answer) ? answer.map((item) => item.text).filter((text) => text.trim()) : [];
		case 'sort': {
			const placed = answer as Record<string, string>;
			return listOf(answers, step.source)
				.filter((item) => placed[item.id] && item.text.trim())
				.map((item) => {
					const group = step.groups.find((g) => g.id === placed[item.id]);
					return `${item.text}: ${group ? t(group.label) : ''}`;
				});
		}
		case 'pick': {
			// A picked item that is no longer offered (sorted elsewhere since, or removed) is not shown
			// as chosen; the stored answer stays, so sorting it back brings the choice back.
			const item = pickableItems(answers, step).find((candidate) => candidate.id === answer);
			return item ? [item.text] : [];
		}
		case 'plan':
			return (answer as PlanItem[])
				.filter((item) => [item.what, item.when, item.who, item.needs].some((field) => field.trim()))
				.map((item) =>
					[
						item.what,
						item.when && `${t('steps:plan.when')}: ${item.when}`,
						item.who && `${t('steps:plan.who')}: ${item.who}`,
						item.needs && `${t('steps:plan.needs')}: ${item.needs}`
					]
						.filter(Boolean)
						.join(' · ')
				);
		case 'breathing':
			return typeof answer === 'number' ? [t('steps:breathing.minutes', { count: answer })] : [];
		default:
			return [];
	}
}

/** Every answered question of a run, in the order of the flow. */
export function summarizeRun(definition: FlowDefinition, answers: Answers, t: Translate): SummaryItem[] {
	return definition.steps
		.filter((step) => !SILENT_KINDS.has(step.kind))
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

/**
 * All free text in an answer (text, list items, plan fields, the words of the decision steps), for
 * the crisis detector.
 */
export function freeTextOf(answer: Answer | undefined): string {
	if (typeof answer === 'string') return answer;
	return decisionFreeText(answer);
}
