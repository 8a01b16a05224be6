import type { Snapshot } from 'xstate';
import type { FlowContext, FlowInput } from './flow-engine';
import { stepKind } from '$lib/steps/registry';
import { isRecord as isObject, matching, salvageList } from '$lib/steps/answer-salvage';
import * as v from 'valibot';
import { DONE, type Answer, type Answers, type FlowDefinition, type StepDefinition } from './flow-types';

/**
 * Restoring a saved run. A run is stored as `{ flowVersion, snapshot }`, where `snapshot` is
 * `actor.getPersistedSnapshot()` of the machine from `createFlowMachine`. On load:
 *
 * ```ts
 * const restored = restoreFlowActorInput(definition, saved);
 * const actor = createActor(machine, restored.kind === 'resume'
 *   ? { snapshot: restored.snapshot }
 *   : { input: startWithAnswers(definition, restored.answers) });
 * ```
 *
 * - `resume`: the saved run has the definition's version and a sound snapshot (a known step or
 *   `done`, a context of the right shape, every answer fitting its step). The run continues exactly
 *   where it was.
 * - `restart` with `reason: 'version'`: the flow changed since the run was saved; `'corrupt'`: the
 *   saved data is damaged. Either way the run starts again at the first step with every answer that
 *   can be kept: answers of steps that still exist, in a shape that fits the step (a single choice
 *   that became multiple is wrapped in a list, damaged list items are left out). The UI should say
 *   that the exercise started again and the words were kept.
 *
 * Nothing here throws, whatever the saved data holds.
 */

export type RestoreResult =
	| { kind: 'resume'; snapshot: Snapshot<unknown> }
	| { kind: 'restart'; answers: Answers; reason: 'version' | 'corrupt' };

function hasOwn(object: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

/** What a step that takes no answer may still have stored (a simple value the UI kept). */
const simpleValueSchema = v.union([v.string(), v.pipe(v.number(), v.finite())]);

/**
 * An answer made to fit a step (by its kind's schema and salvage), or undefined when it cannot be
 * kept. A value that already fits is returned as is (the same reference).
 */
export function salvageAnswer(step: StepDefinition, value: unknown): Answer | undefined {
	const kind = stepKind(step.kind);
	if (!kind) return undefined;
	if (!kind.answerSchema) return matching(simpleValueSchema, value) ?? salvageList(value, v.string());
	if (kind.salvage) return kind.salvage(step, value) as Answer | undefined;
	return matching(kind.answerSchema, value) as Answer | undefined;
}

/** The answers that can be kept for this definition: known steps, values that fit (see `salvageAnswer`). */
export function salvageAnswers(definition: FlowDefinition, answers: unknown): Answers {
	const kept: Answers = {};
	if (!isObject(answers)) return kept;
	for (const step of definition.steps) {
		if (!hasOwn(answers, step.id)) continue;
		const value = salvageAnswer(step, answers[step.id]);
		if (value !== undefined) kept[step.id] = value;
	}
	return kept;
}

/** The context of a sound snapshot, or null when anything in it does not fit the definition. */
function soundContext(definition: FlowDefinition, context: unknown): FlowContext | null {
	if (!isObject(context) || !Array.isArray(context.history)) return null;
	const savedAnswers = context.answers;
	if (!isObject(savedAnswers)) return null;
	const stepIds = new Set(definition.steps.map((step) => step.id));
	const answers = salvageAnswers(definition, savedAnswers);
	// Sound only if every saved answer was kept as it was.
	const answerKeys = Object.keys(savedAnswers);
	if (answerKeys.length !== Object.keys(answers).length) return null;
	if (answerKeys.some((key) => answers[key] !== savedAnswers[key])) return null;
	const history = context.history as unknown[];
	if (!history.every((id): id is string => typeof id === 'string' && stepIds.has(id))) return null;
	const { returnToReview } = context;
	const reviewIds = definition.steps.filter((step) => step.kind === 'review').map((step) => step.id);
	if (returnToReview !== null && !(typeof returnToReview === 'string' && reviewIds.includes(returnToReview))) return null;
	return { answers, history, returnToReview };
}

/**
 * Decides how to continue a saved run: resume its snapshot, or restart with the answers that can be
 * kept (see the module comment). Never throws.
 */
export function restoreFlowActorInput(
	definition: FlowDefinition,
	saved: { flowVersion: number; snapshot: unknown }
): RestoreResult {
	let kept: Answers = {};
	try {
		const savedRun: unknown = saved;
		const snapshot = isObject(savedRun) ? savedRun.snapshot : undefined;
		const context = isObject(snapshot) ? snapshot.context : undefined;
		kept = salvageAnswers(definition, isObject(context) ? context.answers : undefined);
		const restart = (reason: 'version' | 'corrupt'): RestoreResult => ({ kind: 'restart', answers: kept, reason });
		if (!isObject(savedRun) || !isObject(snapshot)) return restart('corrupt');
		if (savedRun.flowVersion !== definition.version) {
			return restart(typeof savedRun.flowVersion === 'number' ? 'version' : 'corrupt');
		}
		const { status, value } = snapshot;
		const isStep = typeof value === 'string' && definition.steps.some((step) => step.id === value);
		const isDone = value === DONE && status === 'done';
		if (!(isDone || (isStep && status === 'active'))) return restart('corrupt');
		const sound = soundContext(definition, context);
		if (!sound) return restart('corrupt');
		// A clean persisted snapshot, rebuilt from the parts checked above.
		const restored = {
			status,
			value,
			context: sound,
			children: {},
			historyValue: {},
			output: isDone ? { answers: sound.answers } : undefined,
			error: undefined
		} as Snapshot<unknown>;
		return { kind: 'resume', snapshot: restored };
	} catch {
		// Only hand-made data (getters, proxies) can throw here; keep what was salvaged before that.
		return { kind: 'restart', answers: kept, reason: 'corrupt' };
	}
}

/**
 * The input that starts a run at the first step with these answers already filled in (only those
 * that fit the definition): `createActor(machine, { input: startWithAnswers(definition, answers) })`.
 */
export function startWithAnswers(definition: FlowDefinition, answers: Answers): FlowInput {
	return { answers: salvageAnswers(definition, answers) };
}

/** The answers of a saved run, whichever way it would restore (for showing a finished run). */
export function answersOfSavedRun(definition: FlowDefinition, saved: { flowVersion: number; snapshot: unknown }): Answers {
	const restored = restoreFlowActorInput(definition, saved);
	return restored.kind === 'resume' ? (restored.snapshot as unknown as { context: FlowContext }).context.answers : restored.answers;
}
