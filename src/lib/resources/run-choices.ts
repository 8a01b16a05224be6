/**
 * The answers of the person's finished exercises that a note to a service may include (My services),
 * as the note editors offer them. Loaded when an editor opens, not with the page: it reads whole
 * runs (db/runs.read) and needs the exercises' definitions, every step kind's summary and the texts
 * they summarize with. A run whose exercise cannot be loaded is left out, not thrown at the person.
 */
import { readRuns } from '$lib/db/runs.read';
import type { RunRecord } from '$lib/db/runs.records';
import { answersOfSavedRun } from '$lib/flows/flow-restore';
import { FLOW_SUMMARIES, isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { summarizeRun } from '$lib/flows/run-summary';
import { i18n } from '$lib/i18n/i18n.svelte';
import { stepNamespaces } from '$lib/steps/registry';
import { loadStepSummaries } from '$lib/steps/summaries';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One answer of a finished run, as the note editor offers it. */
export interface RunAnswerChoice {
	key: string;
	/** The exercise's title, an i18n key (read in the language on screen). */
	title: string;
	/** When the run finished (ms). */
	finishedAt: number;
	/** How the answer is introduced in the note: a statement about the person, not the question asked. */
	noteLabel: string;
	text: string;
}

/** The texts the summaries are written with: the step kinds' own and every exercise's. */
const SUMMARY_NAMESPACES = ['flow-ui', 'steps', 'feelings', 'decision', ...FLOW_SUMMARIES.map((flow) => flow.namespace)];

/** The answers a finished run offers for a note; none when its exercise cannot be loaded. */
async function choicesOfRun(run: RunRecord, t: Translate): Promise<RunAnswerChoice[]> {
	if (!isFlowId(run.flowId)) return [];
	try {
		const definition = await loadFlowDefinition(run.flowId);
		const answers = answersOfSavedRun(definition, run);
		// The texts some step kinds summarize with (a programme's name, a step in a complaint) come with their runs.
		// Summaries kept apart (steps/summaries.ts) come with their runs too.
		await Promise.all([i18n.use(...stepNamespaces(definition.steps)), loadStepSummaries(definition.steps.map((step) => step.kind))]);
		return summarizeRun(definition, answers, t).map((item) => ({
			key: `${run.id}:${item.stepId}`,
			title: definition.title,
			finishedAt: run.finishedAt ?? run.updatedAt,
			noteLabel: item.noteLabel,
			text: item.lines.join('\n')
		}));
	} catch {
		return [];
	}
}

/** Every answer of every finished run, the runs' exercises loaded side by side; none when runs cannot be read. */
export async function runAnswerChoices(t: Translate): Promise<RunAnswerChoice[]> {
	const runs = (await readRuns().catch(() => [])).filter((run) => run.status === 'finished');
	if (runs.length === 0) return [];
	await i18n.use(...SUMMARY_NAMESPACES);
	return (await Promise.all(runs.map((run) => choicesOfRun(run, t)))).flat();
}
