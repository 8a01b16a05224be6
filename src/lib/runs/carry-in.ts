/**
 * Answers carried into a new run from another one: a problem chosen in "My problems" carried into
 * "Weigh my options" (`?from=<run id>`), the problems named in "Tell it" into "My problems" (also
 * `?from=`, as the flow's `carryIn` says), or an earlier run of the same exercise opened again with
 * everything it held (`?reopen=<run id>`). The old run is only read, never changed: it stays in
 * My space, and the new run records where it came from. A tailored link from a social worker
 * (`?handover=<position>`, see handover/session-plan.ts) starts a run with the worker's starting words.
 */
import type { RunOrigin } from '$lib/db/runs.repo';
import { chosenItemSteps, decisionSeedFromProblem } from '$lib/decisions/from-problem';
import type { Answers, FlowDefinition } from '$lib/flows/flow-types';
import { isFlowId, loadFlowDefinition } from '$lib/flows/registry';
import { textOf } from '$lib/flows/step-answers';
import { storyItems } from '$lib/flows/story-items';
import type { CarryRequest } from './carry-request';

export { carryRequestOf, type CarryRequest } from './carry-request';

export interface CarriedIn {
	answers: Answers;
	/** The run the answers came from (recorded with the new run); none for a worker's link. */
	origin?: RunOrigin;
	/** True when the answers are a social worker's starting words, from a tailored link. */
	fromWorker?: true;
}

/** The answers to start a run of `definition` with, or null when there is nothing to carry. */
export async function carryIn(definition: FlowDefinition, request: CarryRequest): Promise<CarriedIn | null> {
	// The database code too: a plain first look at an exercise reads no run (see db/runs-peek.ts).
	const getRun = async (id: string) => (await import('$lib/db/runs.repo')).getRun(id);
	// Reading a saved run needs the step kinds: loaded only when there is a run to carry.
	const savedAnswers = async () => (await import('$lib/flows/flow-restore')).answersOfSavedRun;
	if (request.reopen) {
		const answersOfSavedRun = await savedAnswers();
		const record = await getRun(request.reopen);
		if (!record || record.flowId !== definition.id) return null;
		return { answers: answersOfSavedRun(definition, record), origin: { runId: record.id, flowId: record.flowId, kind: 'reopen' } };
	}
	if (request.from) {
		const record = await getRun(request.from);
		// What a run can take from another is named in its definition (`carryIn`).
		const carry = record && definition.carryIn?.find((candidate) => candidate.from === record.flowId);
		if (!record || !carry || !isFlowId(record.flowId)) return null;
		const source = await loadFlowDefinition(record.flowId);
		if (carry.items) {
			// The problems named in a story, for the person to confirm.
			const answersOfSavedRun = await savedAnswers();
			const items = storyItems(textOf(answersOfSavedRun(source, record)[carry.items.source]));
			return items.length > 0 ? { answers: { [carry.items.into]: items }, origin: { runId: record.id, flowId: record.flowId, kind: 'story' } } : null;
		}
		const steps = chosenItemSteps(carry, source);
		if (!steps || carry.into === undefined) return null;
		const answersOfSavedRun = await savedAnswers();
		const answers = decisionSeedFromProblem(answersOfSavedRun(source, record), steps, carry.into);
		return { answers, origin: { runId: record.id, flowId: record.flowId, kind: 'problem' } };
	}
	if (request.handover != null && /^\d{1,2}$/.test(request.handover)) {
		const { openPlanExercise } = await import('$lib/handover/session-plan');
		const { seedAnswers } = await import('$lib/handover/tailored');
		const exercise = openPlanExercise(definition.id, Number(request.handover));
		const answers = exercise ? seedAnswers(definition, exercise) : {};
		return Object.keys(answers).length > 0 ? { answers, fromWorker: true } : null;
	}
	return null;
}
