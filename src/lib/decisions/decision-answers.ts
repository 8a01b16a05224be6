/**
 * Reading and changing the answers of the decision steps (options, points, reality check, people,
 * readiness, next steps). Like flows/step-answers.ts: every change returns a new value, and readers
 * are forgiving (a damaged item is left out rather than thrown at the person).
 */
import { answerOf } from '$lib/flows/conditions';
import {
	IMPORTANCE_MAX,
	IMPORTANCE_MIN,
	type ActionItem,
	type ActionKind,
	type Answer,
	type Answers,
	type Availability,
	type DecisionOption,
	type DecisionPoint,
	type NeedId,
	type PersonItem,
	type PointSide,
	type RealityAnswer,
	type RealityCheck
} from '$lib/flows/flow-types';
import { newId } from '$lib/ids';
import { salvageList, salvageRecord } from '$lib/steps/answer-salvage';
import { actionSchema, oldActionSchema } from '$lib/steps/actions/answer';
import { decisionOptionSchema, oldOptionSchema } from '$lib/steps/options/answer';
import { oldPersonSchema, personSchema } from '$lib/steps/people/answer';
import { decisionPointSchema, oldPointSchema } from '$lib/steps/points/answer';
import { realityCheckOf } from '$lib/steps/reality/answer';

// Options

/** The options of an answer, by the options step's schema (a damaged option is mended or left out). */
export function optionsOf(answer: Answer | undefined): DecisionOption[] {
	return salvageList(answer, decisionOptionSchema, oldOptionSchema) ?? [];
}

/** Whether an option is there to weigh: it has words, or it is "doing nothing / waiting". */
export function isNamed(option: DecisionOption): boolean {
	return option.waiting === true || option.text.trim() !== '';
}

/** The options of an options step that are there to weigh, in the person's order. */
export function namedOptions(answers: Answers, source: string): DecisionOption[] {
	return optionsOf(answerOf(answers, source)).filter(isNamed);
}

export function hasWaiting(options: DecisionOption[]): boolean {
	return options.some((option) => option.waiting === true);
}

export function addOption(options: DecisionOption[], id: string = newId()): DecisionOption[] {
	return [...options, { id, text: '' }];
}

/** Adds "doing nothing / waiting" (once). */
export function addWaiting(options: DecisionOption[], id: string = newId()): DecisionOption[] {
	return hasWaiting(options) ? options : [...options, { id, text: '', waiting: true }];
}

/**
 * Sets an option's words. An id not yet in the list (a field shown ready to type in) is added,
 * after `before` empty options that come before it on screen, so the order stays as shown.
 */
export function editOption(options: DecisionOption[], id: string, text: string, before: string[] = []): DecisionOption[] {
	if (options.some((option) => option.id === id)) return options.map((option) => (option.id === id ? { ...option, text } : option));
	const missing = before.filter((earlier) => !options.some((option) => option.id === earlier));
	return [...options, ...missing.map((earlier) => ({ id: earlier, text: '' })), { id, text }];
}

/** The words that name an option: the person's, or the app's for "doing nothing / waiting". */
export function optionLabel(option: DecisionOption, t: (key: string) => string): string {
	return option.waiting ? t('decision:options.wait') : option.text.trim();
}

// Points

/** A new point starts in the middle of the scale, as a new feeling does. */
export const DEFAULT_IMPORTANCE = 3;
export const IMPORTANCES: readonly number[] = Array.from({ length: IMPORTANCE_MAX - IMPORTANCE_MIN + 1 }, (_, i) => IMPORTANCE_MIN + i);

export function clampImportance(value: number): number {
	if (!Number.isFinite(value)) return IMPORTANCE_MIN;
	return Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(value)));
}

export function pointsOf(answer: Answer | undefined): DecisionPoint[] {
	return salvageList(answer, decisionPointSchema, oldPointSchema) ?? [];
}

/** The points of one side that apply to an option. */
export function pointsFor(points: DecisionPoint[], optionId: string, side: PointSide): DecisionPoint[] {
	return points.filter((point) => point.side === side && point.options.includes(optionId));
}

/** Points written for other options that do not apply to this one yet (to add without retyping). */
export function otherPoints(points: DecisionPoint[], optionId: string): DecisionPoint[] {
	return points.filter((point) => !point.options.includes(optionId) && point.text.trim() !== '');
}

export function addPoint(points: DecisionPoint[], side: PointSide, optionId: string, id: string = newId()): DecisionPoint[] {
	return [...points, { id, text: '', side, importance: DEFAULT_IMPORTANCE, options: [optionId] }];
}

export function editPointText(points: DecisionPoint[], id: string, text: string): DecisionPoint[] {
	return points.map((point) => (point.id === id ? { ...point, text } : point));
}

export function setImportance(points: DecisionPoint[], id: string, importance: number): DecisionPoint[] {
	const value = clampImportance(importance);
	return points.map((point) => (point.id === id ? { ...point, importance: value } : point));
}

/** Says whether a point applies to an option; the options keep the order of `order`. */
export function setPointOption(points: DecisionPoint[], id: string, optionId: string, on: boolean, order: string[]): DecisionPoint[] {
	return points.map((point) => {
		if (point.id !== id) return point;
		const chosen = new Set(point.options);
		if (on) chosen.add(optionId);
		else chosen.delete(optionId);
		const known = order.filter((option) => chosen.has(option));
		return { ...point, options: [...known, ...[...chosen].filter((option) => !order.includes(option))] };
	});
}

/** Takes a point off one option; a point that then applies to no option is removed. */
export function detachPoint(points: DecisionPoint[], id: string, optionId: string): DecisionPoint[] {
	return points.flatMap((point) => {
		if (point.id !== id) return [point];
		const options = point.options.filter((option) => option !== optionId);
		return options.length > 0 ? [{ ...point, options }] : [];
	});
}

// Reality check

export const EMPTY_CHECK: RealityCheck = Object.freeze({ needs: Object.freeze({}), control: '', affects: '' }) as RealityCheck;

export function realityOf(answer: Answer | undefined): RealityAnswer {
	return salvageRecord(answer, (_optionId, check) => realityCheckOf(check)) ?? {};
}

export function checkOf(reality: RealityAnswer, optionId: string): RealityCheck {
	return Object.prototype.hasOwnProperty.call(reality, optionId) ? reality[optionId]! : EMPTY_CHECK;
}

export function editCheck(reality: RealityAnswer, optionId: string, change: Partial<RealityCheck>): RealityAnswer {
	return { ...reality, [optionId]: { ...checkOf(reality, optionId), ...change } };
}

export function setNeed(reality: RealityAnswer, optionId: string, need: NeedId, availability: Availability): RealityAnswer {
	const check = checkOf(reality, optionId);
	return editCheck(reality, optionId, { needs: { ...check.needs, [need]: availability } });
}

// Other people

export function peopleOf(answer: Answer | undefined): PersonItem[] {
	return salvageList(answer, personSchema, oldPersonSchema) ?? [];
}

export function addPerson(people: PersonItem[], id: string = newId()): PersonItem[] {
	return [...people, { id, who: '', prefers: '', presses: '' }];
}

export function editPerson(people: PersonItem[], id: string, change: Partial<Omit<PersonItem, 'id'>>): PersonItem[] {
	return people.map((person) => (person.id === id ? { ...person, ...change } : person));
}

// Readiness

export type YesNo = 'yes' | 'no';

export function readinessOf(answer: Answer | undefined): Record<string, YesNo> {
	return salvageRecord(answer, (_id, said) => (said === 'yes' || said === 'no' ? (said as YesNo) : undefined)) ?? {};
}

export function setReadiness(readiness: Record<string, YesNo>, questionId: string, said: YesNo): Record<string, YesNo> {
	return { ...readiness, [questionId]: said };
}

// Next steps

export function actionsOf(answer: Answer | undefined): ActionItem[] {
	return salvageList(answer, actionSchema, oldActionSchema) ?? [];
}

export function addAction(actions: ActionItem[], kind: ActionKind, id: string = newId()): ActionItem[] {
	return [...actions, { id, kind, what: '', date: '', who: '' }];
}

export const ACTION_FIELDS = ['what', 'date', 'who'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export function editAction(actions: ActionItem[], id: string, field: ActionField, value: string): ActionItem[] {
	return actions.map((action) => (action.id === id ? { ...action, [field]: value } : action));
}

/** A date typed as YYYY-MM-DD, as a local date (not midnight UTC, which is the day before in the west). */
export function localDate(value: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return undefined;
	const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return Number.isNaN(date.getTime()) ? undefined : date;
}
