/**
 * Pure helpers that map what a person does on a step to the step's answer, and read answers back
 * in the shape a step component needs. Every change returns a new value (never mutates), so the
 * flow engine always receives a fresh answer. Readers are forgiving: an answer of an unexpected
 * shape reads as "nothing yet" instead of throwing.
 */
import { answerOf } from './conditions';
import type { Answer, Answers, FeelingAnswer, ListItem, PickStep, PlanItem } from './flow-types';
import { newId } from '$lib/ids';
import { limitText } from '$lib/text-limit';
import { salvageList } from '$lib/steps/answer-salvage';
import { feelingAnswerSchema } from '$lib/steps/feelings/answer';
import { listItemSchema } from '$lib/steps/list/answer';
import { planItemSchema } from '$lib/steps/plan/answer';

/** An empty list means "no answer": the step's answer is cleared rather than stored as []. */
export function nonEmpty<T>(list: T[]): T[] | undefined {
	return list.length > 0 ? list : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

// Text

export function textOf(answer: Answer | undefined): string {
	return typeof answer === 'string' ? answer : '';
}

/**
 * What was typed, exactly, up to the app's text limit (MAX_TEXT_LENGTH); only an empty field clears
 * the answer (spaces are kept as typed).
 */
export function textAnswer(text: string): string | undefined {
	return text === '' ? undefined : limitText(text);
}

// Choice

/** The chosen option ids; a single choice reads as a list of one. */
export function chosenOf(answer: Answer | undefined): string[] {
	if (typeof answer === 'string') return [answer];
	if (!Array.isArray(answer)) return [];
	return (answer as unknown[]).filter((x): x is string => typeof x === 'string');
}

/** Checks or unchecks one option of a multiple choice; the result follows the options' order. */
export function toggleChoice(chosen: string[], id: string, on: boolean, order: string[]): string[] {
	const next = new Set(chosen);
	if (on) next.add(id);
	else next.delete(id);
	const known = order.filter((option) => next.has(option));
	// Keep anything chosen that the options no longer list, rather than drop it silently.
	return [...known, ...[...next].filter((x) => !order.includes(x))];
}

// Scale

export function numberOf(answer: Answer | undefined): number | undefined {
	return typeof answer === 'number' && Number.isFinite(answer) ? answer : undefined;
}

/** The whole numbers from min to max, both included. */
export function range(min: number, max: number): number[] {
	const values: number[] = [];
	for (let value = Math.ceil(min); value <= max; value += 1) values.push(value);
	return values;
}

// Feelings

export const INTENSITIES = [1, 2, 3, 4, 5] as const;
/** A newly picked feeling starts in the middle: "quite strong". */
export const DEFAULT_INTENSITY = 3;

export function feelingsOf(answer: Answer | undefined): FeelingAnswer[] {
	return salvageList(answer, feelingAnswerSchema) ?? [];
}

/** Picks a feeling (at the end, at the default intensity) or unpicks it. */
export function toggleFeeling(feelings: FeelingAnswer[], id: string, on: boolean): FeelingAnswer[] {
	const picked = feelings.some((f) => f.id === id);
	if (on) return picked ? feelings : [...feelings, { id, intensity: DEFAULT_INTENSITY }];
	return feelings.filter((f) => f.id !== id);
}

/** Sets how strong a feeling is (kept within 1..5); a feeling not yet picked is picked with it. */
export function setIntensity(feelings: FeelingAnswer[], id: string, intensity: number): FeelingAnswer[] {
	const value = Math.min(5, Math.max(1, Math.round(intensity)));
	if (!feelings.some((f) => f.id === id)) return [...feelings, { id, intensity: value }];
	return feelings.map((f) => (f.id === id ? { ...f, intensity: value } : f));
}

// Lists (also used for plans: anything with an id)

export function listOf(answer: Answer | undefined): ListItem[] {
	return salvageList(answer, listItemSchema) ?? [];
}

/** Appends an empty item; it is kept while the person types into it. */
export function addItem(items: ListItem[], id: string = newId()): ListItem[] {
	return [...items, { id, text: '' }];
}

export function editItem(items: ListItem[], id: string, text: string): ListItem[] {
	return items.map((item) => (item.id === id ? { ...item, text: limitText(text) } : item));
}

export function removeItem<T extends { id: string }>(items: T[], id: string): T[] {
	return items.filter((item) => item.id !== id);
}

/** Moves an item up (offset -1) or down (+1); at either end nothing changes. */
export function moveItem<T extends { id: string }>(items: T[], id: string, offset: -1 | 1): T[] {
	const from = items.findIndex((item) => item.id === id);
	const to = from + offset;
	if (from < 0 || to < 0 || to >= items.length) return items;
	const next = [...items];
	[next[from], next[to]] = [next[to]!, next[from]!];
	return next;
}

// Sort and pick

/** The items of an earlier list that have words in them: empty ones have nothing to sort or pick. */
export function itemsToSort(answers: Answers, source: string): ListItem[] {
	return listOf(answerOf(answers, source)).filter((item) => item.text.trim() !== '');
}

/** A sort answer: item id to group id. */
export function sortOf(answer: Answer | undefined): Record<string, string> {
	if (!isObject(answer)) return {};
	return Object.fromEntries(Object.entries(answer).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function placeItem(sort: Record<string, string>, itemId: string, groupId: string): Record<string, string> {
	return { ...sort, [itemId]: groupId };
}

/** The items a pick step offers: its source's items, only those sorted into the filter's group. */
export function pickableItems(answers: Answers, step: Pick<PickStep, 'source' | 'filter'>): ListItem[] {
	const items = itemsToSort(answers, step.source);
	const filter = step.filter;
	if (!filter) return items;
	const sort = sortOf(answerOf(answers, filter.sort));
	return items.filter((item) => sort[item.id] === filter.group);
}

// Plan

export const PLAN_FIELDS = ['what', 'when', 'who', 'needs'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export function planOf(answer: Answer | undefined): PlanItem[] {
	return salvageList(answer, planItemSchema) ?? [];
}

export function addPlanItem(items: PlanItem[], id: string = newId()): PlanItem[] {
	return [...items, { id, what: '', when: '', who: '', needs: '' }];
}

export function editPlanItem(items: PlanItem[], id: string, field: PlanField | 'date', value: string): PlanItem[] {
	return items.map((item) => {
		if (item.id !== id) return item;
		if (field !== 'date' || value) return { ...item, [field]: value };
		// A cleared date goes, rather than staying as an empty text.
		const { date: _cleared, ...rest } = item;
		return rest;
	});
}

/** Plan items made from ideas the person kept ("I'll use"): each idea's words as the first words of a small step. */
export function planFromIdeas(ideas: readonly ListItem[], newItemId: () => string = newId): PlanItem[] {
	return ideas.filter((idea) => idea.text.trim()).map((idea) => ({ id: newItemId(), what: idea.text.trim(), when: '', who: '', needs: '' }));
}

// Breathing

export type BreathPhase = 'in' | 'hold' | 'out';

/**
 * One breath: in for 4 s, hold for 2 s, out for 6 s. BreathingStep.svelte's keyframes draw the
 * same 12-second cycle (in 0–33.3 %, hold to 50 %, out to 100 %): change both together.
 */
export const BREATH_PHASES: readonly { phase: BreathPhase; ms: number }[] = [
	{ phase: 'in', ms: 4000 },
	{ phase: 'hold', ms: 2000 },
	{ phase: 'out', ms: 6000 }
];
export const BREATH_CYCLE_MS = BREATH_PHASES.reduce((sum, p) => sum + p.ms, 0);

/** Where in the breath the person is after `elapsedMs`, and how many whole seconds of it are left. */
export function breathPhaseAt(elapsedMs: number): { phase: BreathPhase; secondsLeft: number } {
	let t = ((Math.max(0, elapsedMs) % BREATH_CYCLE_MS) + BREATH_CYCLE_MS) % BREATH_CYCLE_MS;
	for (const { phase, ms } of BREATH_PHASES) {
		if (t < ms) return { phase, secondsLeft: Math.ceil((ms - t) / 1000) };
		t -= ms;
	}
	return { phase: 'in', secondsLeft: Math.ceil(BREATH_PHASES[0]!.ms / 1000) };
}

/** A time left as "m:ss", counting whole seconds up (so 0:00 shows only when it is over). */
export function clock(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
