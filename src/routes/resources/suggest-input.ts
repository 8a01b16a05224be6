/**
 * What a saved run says that suggestions use: the answers of the steps the flow names in
 * `suggestions` (the parts of life touched, whether the person may be in danger or has thoughts of
 * ending their life), and
 * for a flow with a weigh step, what the options need that the person cannot get and whether an
 * option may not be safe (only the option they lean to, when they lean to one).
 */
import { decisionOf, weighStepOf } from '$lib/decisions/decision-summary';
import type { Answers, FlowDefinition } from '$lib/flows/flow-types';
import type { SuggestInput } from '$lib/resources/suggest';

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
