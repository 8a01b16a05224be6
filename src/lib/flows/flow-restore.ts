import type { Snapshot } from 'xstate';
import type { FlowContext, FlowInput } from './flow-engine';
import {
	ACTION_KINDS,
	AVAILABILITIES,
	DONE,
	IMPORTANCE_MAX,
	IMPORTANCE_MIN,
	NEED_IDS,
	POINT_SIDES,
	PRESSURES,
	SAFETY_ANSWERS,
	type ActionItem,
	type Answer,
	type Answers,
	type DecisionOption,
	type DecisionPoint,
	type FlowDefinition,
	type PersonItem,
	type RealityAnswer,
	type RealityCheck,
	type StepDefinition
} from './flow-types';

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

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function hasOwn(object: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

/** Keeps the items that pass `keep`; returns the same array when all pass (so "unchanged" is cheap to see). */
function keepItems<T>(value: unknown, keep: (item: unknown) => item is T): T[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const kept = value.filter(keep);
	return kept.length === value.length ? (value as T[]) : kept.length > 0 ? kept : undefined;
}

const isString = (item: unknown): item is string => typeof item === 'string';
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isPlanItemLike(item: unknown): item is Record<string, unknown> {
	return isObject(item) && typeof item.id === 'string';
}

const oneOf =
	<T extends string>(values: readonly T[]) =>
	(value: unknown): value is T =>
		typeof value === 'string' && (values as readonly string[]).includes(value);
const isSide = oneOf(POINT_SIDES);
const isNeed = oneOf(NEED_IDS);
const isAvailability = oneOf(AVAILABILITIES);
const isSafety = oneOf(SAFETY_ANSWERS);
const isPressure = oneOf(PRESSURES);
const isActionKind = oneOf(ACTION_KINDS);
const textOr = (field: unknown): string => (typeof field === 'string' ? field : '');
const isImportance = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= IMPORTANCE_MIN && (value as number) <= IMPORTANCE_MAX;

/**
 * Keeps the items of a list that `rebuild` can make sense of. `rebuild` returns the item itself
 * when it already fits (so an unchanged list is returned as is), a repaired copy, or undefined.
 */
function repairItems<T>(value: unknown, rebuild: (item: Record<string, unknown>) => T | undefined): T[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const items = value.map((item) => (isObject(item) && typeof item.id === 'string' ? rebuild(item) : undefined));
	if (items.every((item, index) => item === value[index])) return value as T[];
	const kept = items.filter((item): item is T => item !== undefined);
	return kept.length > 0 ? kept : undefined;
}

function salvageOption(item: Record<string, unknown>): DecisionOption | undefined {
	if (typeof item.text !== 'string') return undefined;
	if (item.waiting === undefined || item.waiting === true) return item as unknown as DecisionOption;
	return { id: item.id as string, text: item.text };
}

function salvagePoint(item: Record<string, unknown>): DecisionPoint | undefined {
	if (typeof item.text !== 'string' || !isSide(item.side)) return undefined;
	const options = Array.isArray(item.options) ? item.options : [];
	if (isImportance(item.importance) && options === item.options && options.every(isString)) return item as unknown as DecisionPoint;
	const importance = typeof item.importance === 'number' && Number.isFinite(item.importance) ? item.importance : 3;
	return {
		id: item.id as string,
		text: item.text,
		side: item.side,
		importance: Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(importance))),
		options: options.filter(isString)
	};
}

function salvageRealityCheck(check: unknown): RealityCheck | undefined {
	if (!isObject(check)) return undefined;
	const needs = isObject(check.needs) ? check.needs : {};
	const needsFit =
		needs === check.needs && Object.entries(needs).every(([need, availability]) => isNeed(need) && isAvailability(availability));
	const fits =
		needsFit &&
		typeof check.control === 'string' &&
		typeof check.affects === 'string' &&
		(check.safe === undefined || isSafety(check.safe));
	if (fits) return check as unknown as RealityCheck;
	const repaired: RealityCheck = {
		needs: Object.fromEntries(Object.entries(needs).filter(([need, availability]) => isNeed(need) && isAvailability(availability))),
		control: textOr(check.control),
		affects: textOr(check.affects)
	};
	if (isSafety(check.safe)) repaired.safe = check.safe;
	return repaired;
}

function salvageReality(value: unknown): RealityAnswer | undefined {
	if (!isObject(value)) return undefined;
	const entries = Object.entries(value).map(([optionId, check]) => [optionId, salvageRealityCheck(check)] as const);
	if (entries.every(([optionId, check]) => check === value[optionId])) return value as unknown as RealityAnswer;
	const kept = entries.filter((entry): entry is readonly [string, RealityCheck] => entry[1] !== undefined);
	return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

function salvagePerson(item: Record<string, unknown>): PersonItem | undefined {
	if (typeof item.who !== 'string') return undefined;
	if (typeof item.prefers === 'string' && isPressure(item.presses)) return item as unknown as PersonItem;
	return { id: item.id as string, who: item.who, prefers: textOr(item.prefers), presses: isPressure(item.presses) ? item.presses : '' };
}

function salvageAction(item: Record<string, unknown>): ActionItem | undefined {
	if (!isActionKind(item.kind)) return undefined;
	if (['what', 'date', 'who'].every((field) => typeof item[field] === 'string')) return item as unknown as ActionItem;
	return { id: item.id as string, kind: item.kind, what: textOr(item.what), date: textOr(item.date), who: textOr(item.who) };
}

/**
 * An answer made to fit a step, or undefined when it cannot be kept. A value that already fits is
 * returned as is (the same reference).
 */
export function salvageAnswer(step: StepDefinition, value: unknown): Answer | undefined {
	switch (step.kind) {
		case 'text':
		case 'pick':
			return typeof value === 'string' ? value : undefined;
		case 'choice':
			if (step.multiple) return typeof value === 'string' ? [value] : keepItems(value, isString);
			if (typeof value === 'string') return value;
			return Array.isArray(value) && value.length === 1 && isString(value[0]) ? value[0] : undefined;
		case 'scale':
			return isFiniteNumber(value) && value >= step.min && value <= step.max ? value : undefined;
		case 'breathing':
			return isFiniteNumber(value) && value >= 0 ? value : undefined;
		case 'feelings':
			return keepItems(value, (item): item is { id: string; intensity: number } =>
				isObject(item) && typeof item.id === 'string' && isFiniteNumber(item.intensity)
			);
		case 'list':
			return keepItems(value, (item): item is { id: string; text: string } =>
				isObject(item) && typeof item.id === 'string' && typeof item.text === 'string'
			);
		case 'sort': {
			if (!isObject(value)) return undefined;
			const entries = Object.entries(value).filter(([, group]) => typeof group === 'string');
			if (entries.length === Object.keys(value).length) return value as Record<string, string>;
			return entries.length > 0 ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
		}
		case 'plan': {
			const items = keepItems(value, isPlanItemLike);
			if (!items) return undefined;
			const text = (field: unknown): string => (typeof field === 'string' ? field : '');
			const complete = items.every((item) => ['what', 'when', 'who', 'needs'].every((f) => typeof item[f] === 'string'));
			if (complete && items === value) return items as unknown as Answer;
			return items.map((item) => ({
				id: item.id as string,
				what: text(item.what),
				when: text(item.when),
				who: text(item.who),
				needs: text(item.needs)
			}));
		}
		case 'options':
			return repairItems(value, salvageOption);
		case 'points':
			return repairItems(value, salvagePoint);
		case 'reality':
			return salvageReality(value);
		case 'people':
			return repairItems(value, salvagePerson);
		case 'actions':
			return repairItems(value, salvageAction);
		case 'weigh':
			return typeof value === 'string' ? value : undefined;
		case 'readiness': {
			if (!isObject(value)) return undefined;
			const questionIds = new Set(step.questions.map((question) => question.id));
			const entries = Object.entries(value);
			const kept = entries.filter(([id, said]) => questionIds.has(id) && (said === 'yes' || said === 'no'));
			if (kept.length === entries.length) return value as Record<string, string>;
			return kept.length > 0 ? (Object.fromEntries(kept) as Record<string, string>) : undefined;
		}
		default:
			// Steps that take no answer: keep a simple value if the UI stored one.
			if (typeof value === 'string' || isFiniteNumber(value)) return value;
			return keepItems(value, isString);
	}
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
