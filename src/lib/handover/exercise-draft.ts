/**
 * An exercise a social worker writes, as the editor holds it: a flow file (see
 * $lib/flows/flow-file.ts) whose texts are written inline in both languages, with steps of the
 * simple kinds only (text, choice, scale, list, info, next). Making one, copying a shipped one,
 * changing steps, and turning it into the file that is saved and shared (checking it is in
 * exercise-check.ts, with the flow-file check, loaded by the editor only). Pure: nothing here
 * touches i18next or storage.
 */
import type { FlowDefinition, StepDefinition } from '$lib/flows/flow-types';
import type { Language } from '$lib/flows/flow-validate';

/** A text in both languages. */
export interface Words {
	id: string;
	en: string;
}

interface DraftStepBase {
	id: string;
	prompt: Words;
	help: Words;
}

export type DraftStep =
	| (DraftStepBase & { kind: 'text' })
	| (DraftStepBase & { kind: 'choice'; multiple: boolean; options: { id: string; label: Words }[] })
	| (DraftStepBase & { kind: 'scale'; min: number; max: number; minLabel: Words; maxLabel: Words })
	| (DraftStepBase & { kind: 'list'; itemLabel: Words; addLabel: Words })
	| (DraftStepBase & { kind: 'info'; body: Words; helpLines: boolean })
	| (DraftStepBase & { kind: 'next'; choices: { id: string; label: Words; href: string }[] });

export type DraftStepKind = DraftStep['kind'];

export const DRAFT_STEP_KINDS: readonly DraftStepKind[] = ['text', 'choice', 'scale', 'list', 'info', 'next'];

/** What the editor holds: everything a flow file needs, with the author's name. */
export interface ExerciseDraft {
	id: string;
	version: number;
	author: string;
	title: Words;
	description: Words;
	minutes: number;
	steps: DraftStep[];
}

/** Where a "next" choice may lead: places in the app, and the shipped exercises. */
export const NEXT_PLACES: readonly string[] = ['', '/', '/help', '/resources', '/safety-plan', '/my'];

/** Ids of exercises written here start with this, so they can never take a shipped exercise's id. */
export const DRAFT_ID_PREFIX = 'w-';

const empty = (): Words => ({ id: '', en: '' });

/** A random id part: short, lowercase, safe in a file name and an i18n namespace. */
function randomPart(random: () => number): string {
	let part = '';
	for (let index = 0; index < 8; index++) part += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
	return part;
}

/** The i18n namespace of an exercise written here (its texts never mix with the app's). */
export const namespaceOf = (id: string): string => `worker-${id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;

export function newDraft(author = '', random: () => number = Math.random): ExerciseDraft {
	return { id: `${DRAFT_ID_PREFIX}${randomPart(random)}`, version: 1, author, title: empty(), description: empty(), minutes: 5, steps: [] };
}

/** A new step of a kind, with an id not yet used in the draft. */
export function newStep(kind: DraftStepKind, draft: ExerciseDraft): DraftStep {
	let count = draft.steps.length + 1;
	while (draft.steps.some((step) => step.id === `step-${count}`)) count++;
	const base = { id: `step-${count}`, prompt: empty(), help: empty() };
	switch (kind) {
		case 'text':
			return { ...base, kind };
		case 'choice':
			return { ...base, kind, multiple: false, options: [{ id: 'a', label: empty() }, { id: 'b', label: empty() }] };
		case 'scale':
			return { ...base, kind, min: 0, max: 10, minLabel: empty(), maxLabel: empty() };
		case 'list':
			return { ...base, kind, itemLabel: empty(), addLabel: empty() };
		case 'info':
			return { ...base, kind, body: empty(), helpLines: false };
		case 'next':
			return { ...base, kind, choices: [{ id: 'a', label: empty(), href: '/' }] };
	}
}

/** A new option id for a choice or a "next" step: a letter not yet used. */
export function newOptionId(used: readonly { id: string }[]): string {
	for (let index = 0; ; index++) {
		const id = index < 26 ? String.fromCharCode(97 + index) : `o${index}`;
		if (!used.some((item) => item.id === id)) return id;
	}
}

/** The steps with one moved by `by` places (-1 up, 1 down); nothing changes at either end. */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
	const target = index + by;
	if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
	const moved = [...steps];
	[moved[index], moved[target]] = [moved[target]!, moved[index]!];
	return moved;
}

const trimmed = (words: Words): Words => ({ id: words.id.trim(), en: words.en.trim() });
export const isEmpty = (words: Words): boolean => words.id.trim() === '' && words.en.trim() === '';

/** The flow file of a draft: the form that is saved, exported and shared (empty optional texts left out). */
export function draftToFile(draft: ExerciseDraft): Record<string, unknown> {
	const steps = draft.steps.map((step) => {
		const out: Record<string, unknown> = { kind: step.kind, id: step.id, prompt: trimmed(step.prompt) };
		if (!isEmpty(step.help)) out.help = trimmed(step.help);
		switch (step.kind) {
			case 'choice':
				out.multiple = step.multiple;
				out.options = step.options.map((option) => ({ id: option.id, label: trimmed(option.label) }));
				break;
			case 'scale':
				Object.assign(out, { min: step.min, max: step.max, minLabel: trimmed(step.minLabel), maxLabel: trimmed(step.maxLabel) });
				break;
			case 'list':
				Object.assign(out, { itemLabel: trimmed(step.itemLabel), addLabel: trimmed(step.addLabel) });
				break;
			case 'info':
				if (!isEmpty(step.body)) out.body = [trimmed(step.body)];
				if (step.helpLines) out.helpLines = true;
				break;
			case 'next':
				out.choices = step.choices.map((choice) => ({ id: choice.id, label: trimmed(choice.label), href: choice.href }));
				break;
		}
		return out;
	});
	return {
		id: draft.id,
		version: draft.version,
		namespace: namespaceOf(draft.id),
		author: draft.author.trim(),
		title: trimmed(draft.title),
		description: trimmed(draft.description),
		minutes: draft.minutes,
		steps
	};
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function wordsOf(value: unknown): Words {
	if (!isObject(value)) return empty();
	return { id: typeof value.id === 'string' ? value.id : '', en: typeof value.en === 'string' ? value.en : '' };
}

/**
 * The draft of a flow file written here (saved, imported or received), or undefined when the file
 * is not one the editor can show: another shape, or a step of a kind it does not edit.
 */
export function fileToDraft(file: unknown): ExerciseDraft | undefined {
	if (!isObject(file) || typeof file.id !== 'string' || !Array.isArray(file.steps)) return undefined;
	const steps: DraftStep[] = [];
	for (const raw of file.steps) {
		if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.kind !== 'string') return undefined;
		const base = { id: raw.id, prompt: wordsOf(raw.prompt), help: wordsOf(raw.help) };
		const list = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : []);
		switch (raw.kind) {
			case 'text':
				steps.push({ ...base, kind: 'text' });
				break;
			case 'choice':
				steps.push({ ...base, kind: 'choice', multiple: raw.multiple === true, options: list(raw.options).map((o) => ({ id: String(o.id ?? ''), label: wordsOf(o.label) })) });
				break;
			case 'scale':
				steps.push({ ...base, kind: 'scale', min: Number(raw.min ?? 0), max: Number(raw.max ?? 10), minLabel: wordsOf(raw.minLabel), maxLabel: wordsOf(raw.maxLabel) });
				break;
			case 'list':
				steps.push({ ...base, kind: 'list', itemLabel: wordsOf(raw.itemLabel), addLabel: wordsOf(raw.addLabel) });
				break;
			case 'info':
				steps.push({ ...base, kind: 'info', body: Array.isArray(raw.body) ? wordsOf(raw.body[0]) : empty(), helpLines: raw.helpLines === true });
				break;
			case 'next':
				steps.push({ ...base, kind: 'next', choices: list(raw.choices).map((c) => ({ id: String(c.id ?? ''), label: wordsOf(c.label), href: typeof c.href === 'string' ? c.href : '' })) });
				break;
			default:
				return undefined;
		}
	}
	return {
		id: file.id,
		version: typeof file.version === 'number' && Number.isInteger(file.version) && file.version > 0 ? file.version : 1,
		author: typeof file.author === 'string' ? file.author : '',
		title: wordsOf(file.title),
		description: wordsOf(file.description),
		minutes: typeof file.minutes === 'number' && file.minutes >= 1 ? file.minutes : 5,
		steps
	};
}

export type Messages = { [key: string]: string | Messages };

/** The text of an i18n key in loaded messages ("flow-tell:steps.what.prompt" in the flow-tell messages). */
function lookUp(key: unknown, messages: Messages): string {
	if (typeof key !== 'string') return '';
	const path = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
	let node: string | Messages | undefined = messages;
	for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
	return typeof node === 'string' ? node : '';
}

/**
 * A draft copied from a shipped exercise, as a starting point: its steps of the simple kinds with
 * their texts in both languages; other kinds, branches and recaps are left out (they need the
 * app's own code and the steps they point to).
 */
export function copyOfShipped(
	definition: FlowDefinition,
	messages: Record<Language, Messages>,
	author = '',
	random: () => number = Math.random
): ExerciseDraft {
	const words = (key: unknown): Words => ({ id: lookUp(key, messages.id), en: lookUp(key, messages.en) });
	const draft = { ...newDraft(author, random), title: words(definition.title), description: words(definition.description), minutes: definition.minutes };
	const simple = (step: StepDefinition): step is StepDefinition & { kind: DraftStepKind } => (DRAFT_STEP_KINDS as readonly string[]).includes(step.kind);
	const file = {
		id: draft.id,
		steps: definition.steps.filter(simple).map((step) => {
			const raw = step as unknown as Record<string, unknown>;
			const copy: Record<string, unknown> = { kind: step.kind, id: step.id, prompt: words(step.prompt), help: words(step.help) };
			for (const field of ['minLabel', 'maxLabel', 'itemLabel', 'addLabel']) if (field in raw) copy[field] = words(raw[field]);
			for (const field of ['min', 'max', 'multiple', 'helpLines']) if (field in raw) copy[field] = raw[field];
			if (Array.isArray(raw.body)) copy.body = [words(raw.body[0])];
			if (Array.isArray(raw.options)) copy.options = (raw.options as { id: string; label: string }[]).map((o) => ({ id: o.id, label: words(o.label) }));
			if (Array.isArray(raw.choices)) copy.choices = (raw.choices as { id: string; label: string; href: string }[]).map((c) => ({ id: c.id, label: words(c.label), href: c.href }));
			return copy;
		})
	};
	return { ...draft, steps: fileToDraft(file)?.steps ?? [] };
}
