import { assign, setup, type Actor, type SnapshotFrom } from 'xstate';
import { evaluateCondition, isAnswerFilled, answerOf } from './conditions';
import { itemsToSort, sortOf } from './step-answers';
import { DONE, END, type Answer, type Answers, type Condition, type FlowDefinition, type StepDefinition } from './flow-types';

/**
 * The flow engine: compiles a flow definition (plain data) into an XState v5 machine with one state
 * per step and a final state `done`, and gives screens small pure helpers over its snapshots.
 *
 * Navigation keeps every word: answers stay when the person goes back, and answers of steps that a
 * changed branch no longer shows are kept too. `history` is the stack of steps visited before the
 * current one; "back" pops it. From a review step the person may jump to any step answered before
 * (`step.goto`); the review step is pushed on the history and remembered in `returnToReview`, so
 * "next" (or "back") after the edit returns there; a list that now has items its sort step has not
 * placed goes through that sort step first.
 */


export interface FlowContext {
	answers: Answers;
	/** The steps visited before the current one, most recent last (for back). */
	history: string[];
	/** Set when the person jumped from this review step to edit an answer. */
	returnToReview: string | null;
}

/** Input to start a run, e.g. with answers kept from an older saved run. */
export interface FlowInput {
	answers?: Answers;
}

export type FlowEvent =
	| { type: 'answer.set'; step: string; value: Answer }
	| { type: 'answer.clear'; step: string }
	| { type: 'step.next' }
	| { type: 'step.back' }
	| { type: 'step.goto'; step: string }
	| { type: 'flow.finish' };

/** What a finished run outputs. */
export interface FlowOutput {
	answers: Answers;
}

/** The parts of a snapshot the helpers read; a live snapshot and a persisted one both fit. */
export interface FlowSnapshotLike {
	value: unknown;
	context: FlowContext;
}

/** The step with this id, if the definition has one. */
export function stepById(definition: FlowDefinition, id: string): StepDefinition | undefined {
	return definition.steps.find((step) => step.id === id);
}

/**
 * Where "next" leads from a step: the first branch in `step.next` whose condition holds, else the
 * following step, else `END`. An unknown step id also gives `END`.
 */
export function nextStepId(definition: FlowDefinition, stepId: string, answers: Answers): string {
	const index = definition.steps.findIndex((step) => step.id === stepId);
	const step = definition.steps[index];
	if (!step) return END;
	const branch = (step.next ?? []).find((candidate) => evaluateCondition(candidate.when, answers));
	if (branch) return branch.to;
	return definition.steps[index + 1]?.id ?? END;
}

/** The state key for a step id or branch target. */
function stateKey(target: string): string {
	return target === END ? DONE : target;
}

function lastOf(list: string[]): string | undefined {
	return list[list.length - 1];
}

function historyBefore(history: string[], stepId: string): string[] {
	const index = history.lastIndexOf(stepId);
	return index < 0 ? history : history.slice(0, index);
}

/**
 * Compiles a definition into a machine. Start it with `createActor(machine, { input })` (input is
 * optional: `{ answers }` prefills answers) or restore it with `createActor(machine, { snapshot })`.
 * The definition should have passed `assertValidFlow`; a definition without steps throws.
 */
export function createFlowMachine(definition: FlowDefinition) {
	const first = definition.steps[0];
	if (!first) throw new Error(`Flow "${definition.id}" has no steps.`);
	const stepIds = new Set(definition.steps.map((step) => step.id));
	const reviewIds = definition.steps.filter((step) => step.kind === 'review').map((step) => step.id);

	const flowSetup = setup({
		types: {
			context: {} as FlowContext,
			events: {} as FlowEvent,
			// `void` rather than `undefined` (which inference drops) keeps the input optional for createActor.
			input: {} as FlowInput | void,
			output: {} as FlowOutput
		},
		guards: {
			isKnownStep: ({ event }) => 'step' in event && stepIds.has(event.step),
			requiredAnswerMissing: ({ context }, params: { step: string }) =>
				!isAnswerFilled(answerOf(context.answers, params.step)),
			isReturningTo: ({ context }, params: { review: string }) => context.returnToReview === params.review,
			sortMissesItems: ({ context }, params: { sort: string; source: string }) => {
				if (context.returnToReview === null) return false;
				const sorted = sortOf(answerOf(context.answers, params.sort));
				return itemsToSort(context.answers, params.source).some((item) => !(item.id in sorted));
			},
			branchTo: ({ context }, params: { from: string; to: string; when: Condition }) =>
				evaluateCondition(params.when, context.answers),
			cameFrom: ({ context }, params: { step: string }) => lastOf(context.history) === params.step,
			canGoTo: ({ context, event }, params: { from: string; to: string; fromReview: boolean }) =>
				event.type === 'step.goto' &&
				event.step === params.to &&
				params.to !== params.from &&
				(context.history.includes(params.to) ||
					(params.fromReview && answerOf(context.answers, params.to) !== undefined))
		},
		actions: {
			setAnswer: assign({
				answers: ({ context, event }) =>
					event.type === 'answer.set' ? { ...context.answers, [event.step]: event.value } : context.answers
			}),
			clearAnswer: assign({
				answers: ({ context, event }) => {
					if (event.type !== 'answer.clear') return context.answers;
					const { [event.step]: _cleared, ...kept } = context.answers;
					return kept;
				}
			}),
			advance: assign(({ context }, params: { from: string }) => ({
				history: [...context.history, params.from]
			})),
			returnToReview: assign(({ context }, params: { review: string }) => ({
				history: historyBefore(context.history, params.review),
				returnToReview: null
			})),
			goBack: assign(({ context }) => {
				const history = context.history.slice(0, -1);
				const arrivedAt = lastOf(context.history);
				return { history, returnToReview: arrivedAt === context.returnToReview ? null : context.returnToReview };
			}),
			goTo: assign(({ context }, params: { from: string; to: string; fromReview: boolean }) =>
				params.fromReview
					? { history: [...context.history, params.from], returnToReview: params.from }
					: { history: historyBefore(context.history, params.to), returnToReview: null }
			),
			finish: assign(({ context }, params: { from: string }) => ({
				history: [...context.history, params.from],
				returnToReview: null
			}))
		}
	});

	function stateFor(step: StepDefinition, index: number) {
		const from = step.id;
		const defaultNext = definition.steps[index + 1]?.id ?? END;
		const advance = { type: 'advance', params: { from } } as const;
		return flowSetup.createStateConfig({
			on: {
				'step.next': [
					// A required step without an answer: the transition is taken and nothing changes.
					...(step.required ? [{ guard: { type: 'requiredAnswerMissing', params: { step: from } } } as const] : []),
					// A list edited from the review: new items are sorted before going back there.
					...definition.steps
						.filter((later) => later.kind === 'sort' && later.source === from)
						.map((sort) => ({
							guard: { type: 'sortMissesItems', params: { sort: sort.id, source: from } } as const,
							target: sort.id,
							actions: advance
						})),
					...reviewIds
						.filter((review) => review !== from)
						.map((review) => ({
							guard: { type: 'isReturningTo', params: { review } } as const,
							target: review,
							actions: { type: 'returnToReview', params: { review } } as const
						})),
					...(step.next ?? []).map((branch) => ({
						guard: { type: 'branchTo', params: { from, to: branch.to, when: branch.when } } as const,
						target: stateKey(branch.to),
						actions: advance
					})),
					{ target: stateKey(defaultNext), actions: advance }
				],
				'step.back': definition.steps.map((previous) => ({
					guard: { type: 'cameFrom', params: { step: previous.id } } as const,
					target: previous.id,
					actions: 'goBack' as const
				})),
				'step.goto': definition.steps.map((target) => {
					const params = { from, to: target.id, fromReview: step.kind === 'review' };
					return {
						guard: { type: 'canGoTo', params } as const,
						target: target.id,
						actions: { type: 'goTo', params } as const
					};
				}),
				'flow.finish': { target: DONE, actions: { type: 'finish', params: { from } } }
			}
		});
	}

	return flowSetup.createMachine({
		id: `flow-${definition.id}`,
		context: ({ input }) => ({
			answers: { ...(input as FlowInput | undefined)?.answers },
			history: [],
			returnToReview: null
		}),
		initial: first.id,
		on: {
			'answer.set': { guard: 'isKnownStep', actions: 'setAnswer' },
			'answer.clear': { guard: 'isKnownStep', actions: 'clearAnswer' }
		},
		states: {
			...Object.fromEntries(definition.steps.map((step, index) => [step.id, stateFor(step, index)])),
			[DONE]: { type: 'final' }
		},
		output: ({ context }) => ({ answers: context.answers })
	});
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
export type FlowSnapshot = SnapshotFrom<FlowMachine>;
export type FlowActor = Actor<FlowMachine>;

/** The id of the step a snapshot is on, or `DONE` ('done'). */
export function currentStepId(snapshot: FlowSnapshotLike): string {
	return typeof snapshot.value === 'string' ? snapshot.value : DONE;
}

/** Whether "back" would do something: there is an earlier step and the run is not finished. */
export function canGoBack(snapshot: FlowSnapshotLike): boolean {
	return currentStepId(snapshot) !== DONE && snapshot.context.history.length > 0;
}

/** How many steps the default path takes from `fromStepId` (inclusive) to the end, given the answers. */
function stepsToEnd(definition: FlowDefinition, fromStepId: string, answers: Answers): number {
	const seen = new Set<string>();
	let stepId = fromStepId;
	while (stepId !== END && stepIds(definition).has(stepId) && !seen.has(stepId)) {
		seen.add(stepId);
		stepId = nextStepId(definition, stepId, answers);
	}
	return seen.size;
}

function stepIds(definition: FlowDefinition): Set<string> {
	return new Set(definition.steps.map((step) => step.id));
}

/**
 * An honest progress estimate: `position` is the number of the current step on the path taken
 * (history + 1); `total` adds the steps still ahead on the default path given the answers so far
 * (while editing from a review step: the way back to the review step and on from there).
 */
export function progressOf(definition: FlowDefinition, snapshot: FlowSnapshotLike): { position: number; total: number } {
	const { answers, history, returnToReview } = snapshot.context;
	const position = history.length + 1;
	const current = currentStepId(snapshot);
	if (current === DONE) return { position, total: position };
	const ahead =
		returnToReview !== null
			? stepsToEnd(definition, returnToReview, answers)
			: stepsToEnd(definition, current, answers) - 1;
	return { position, total: position + Math.max(0, ahead) };
}
