/**
 * What a saved run says that suggestions use: the answers of the steps the flow names in
 * `suggestions` (the parts of life touched, whether the person may be in danger or has thoughts of
 * ending their life), and
 * for a flow with a weigh step, what the options need that the person cannot get and whether an
 * option may not be safe (only the option they lean to, when they lean to one).
 */
import { getRun, listRuns } from '$lib/db/runs.repo';
import { decisionOf, weighStepOf } from '$lib/decisions/decision-summary';
import { answersOfSavedRun } from '$lib/flows/flow-restore';
import type { Answers, FlowDefinition } from '$lib/flows/flow-types';
import { isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import type { SuggestInput } from './suggest';

export function suggestInputOf(definition: FlowDefinition, answers: Answers): SuggestInput {
	const input: SuggestInput = {};
	const sources = definition.suggestions;
	if (sources?.areas !== undefined || sources?.danger !== undefined || sources?.thoughts !== undefined) {
		const answerOf = (id: string | undefined) => (id !== undefined && Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined);
		input.tell = { areas: answerOf(sources.areas), danger: answerOf(sources.danger), thoughts: answerOf(sources.thoughts) };
	}
	const weigh = weighStepOf(definition);
	if (weigh) {
		const decision = decisionOf(weigh, answers);
		const leaned = decision.weighing.options.find((option) => option.id === decision.lean);
		const options = leaned ? [leaned] : decision.weighing.options;
		input.decision = {
			cannot: [...new Set(options.flatMap((option) => option.marks.cannot))],
			unsafe: options.some((option) => option.marks.unsafe || option.marks.unsureSafe)
		};
	}
	return input;
}

/** Where suggestions come from: the exercise's title (an i18n key) and what its run says. */
export interface SuggestionSource {
	title: string;
	input: SuggestInput;
}

/**
 * The suggestions asked for by `?from=`: a run id, or a flow id for the person's latest run of
 * that flow (the tell flow's "find help"). Undefined when there is no such run or it cannot be read.
 */
export async function suggestionSource(from: string): Promise<SuggestionSource | undefined> {
	try {
		const record = isFlowId(from) ? (await listRuns()).find((run) => run.flowId === from) : await getRun(from);
		if (!record || !isFlowId(record.flowId)) return undefined;
		const definition = await loadFlowDefinition(record.flowId);
		return { title: definition.title, input: suggestInputOf(definition, answersOfSavedRun(definition, record)) };
	} catch {
		return undefined;
	}
}
