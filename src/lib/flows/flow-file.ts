/**
 * A flow as a file (`*.flow.json`): read, checked and made ready to run. Texts may be written in
 * the file itself, in each language (`{"id": "...", "en": "..."}`); they become keys of the flow's
 * namespace (`<namespace>:inline-<n>`) with the texts carried along in `definition.texts`.
 * The check has two parts: the shape of the flow and of every step (Valibot schemas, one a step
 * kind, see $lib/steps), then the rules that need the whole flow (flow-validate.ts). Problems are
 * said in plain words, with where they are. Pure: nothing here touches i18next or storage.
 */
import * as v from 'valibot';
import { checksOf } from '$lib/steps/checks';
import { allStepKinds } from '$lib/steps/registry';
import { sameOriginPathSchema, stepIdSchema, textKeySchema } from '$lib/steps/step-schema';
import type { FlowDefinition, FlowTexts } from './flow-types';
import { describeFlowProblem, validateFlow, type Language } from './flow-validate';

const LANGUAGES: readonly Language[] = ['id', 'en'];

/** A text written in the file: every language's words (an object with an "en" and usually an "id"). */
function isInlineText(value: unknown): value is Partial<Record<Language, unknown>> {
	if (value === null || typeof value !== 'object' || Array.isArray(value) || !('en' in value)) return false;
	return Object.keys(value).every((key) => (LANGUAGES as readonly string[]).includes(key));
}

/** The flow with every inline text turned into a key of its namespace, and those texts by language. */
export function internInlineTexts(raw: unknown): { flow: unknown; texts: FlowTexts } {
	const texts: FlowTexts = { id: {}, en: {} };
	const namespace =
		raw !== null && typeof raw === 'object' && typeof (raw as { namespace?: unknown }).namespace === 'string'
			? (raw as { namespace: string }).namespace
			: 'flow';
	let count = 0;
	const visit = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(visit);
		if (value === null || typeof value !== 'object') return value;
		if (isInlineText(value)) {
			const name = `inline-${count++}`;
			for (const language of LANGUAGES) {
				const words = value[language];
				if (typeof words === 'string' && words.trim() !== '') texts[language][name] = words;
			}
			return `${namespace}:${name}`;
		}
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, visit(entry)]));
	};
	return { flow: visit(raw), texts };
}

/** The schema of a whole flow, with a step of any registered kind (built when first needed). */
let schema: ReturnType<typeof buildFlowSchema> | undefined;

function buildFlowSchema() {
	// A kind without a shape cannot be checked, so no flow may use it.
	const stepSchemas = allStepKinds().flatMap((kind) => checksOf(kind).definitionSchema ?? []) as unknown as v.ObjectSchema<
		{ kind: v.LiteralSchema<string, undefined> },
		undefined
	>[];
	return v.object({
		/** Where the editor finds this schema. */
		$schema: v.optional(v.string()),
		$comment: v.optional(v.string()),
		id: stepIdSchema,
		/** Bumped whenever steps change in a way an old saved run must be migrated for. */
		version: v.pipe(v.number(), v.integer(), v.minValue(1)),
		/** The i18n namespace of the flow's texts (e.g. "flow-tell"). */
		namespace: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
		title: textKeySchema,
		description: textKeySchema,
		/** About how long it takes, in minutes. */
		minutes: v.pipe(v.number(), v.minValue(1)),
		/** Who wrote it, for an exercise a social worker wrote and shared (shown to the person with it). */
		author: v.optional(v.pipe(v.string(), v.maxLength(80))),
		suggestions: v.optional(v.object({ areas: v.optional(v.string()), danger: v.optional(v.string()), thoughts: v.optional(v.string()) })),
		carryIn: v.optional(
			v.array(
				v.object({
					from: v.string(),
					pick: v.optional(v.string()),
					details: v.optional(v.string()),
					into: v.optional(v.string()),
					options: v.optional(v.object({ source: v.string(), into: v.string() })),
					items: v.optional(v.object({ source: v.string(), into: v.string() }))
				})
			)
		),
		/** Links offered once a run is finished; "{run}" in an address becomes the run's id. */
		afterward: v.optional(v.array(v.object({ id: v.string(), label: textKeySchema, href: sameOriginPathSchema }))),
		steps: v.pipe(v.array(v.variant('kind', stepSchemas)), v.minLength(1))
	});
}

/** The Valibot schema of a flow file (after its inline texts became keys). */
export function flowSchema() {
	schema ??= buildFlowSchema();
	return schema;
}

/** Where an issue is, in words: 'step 3 ("what"), prompt'. */
function placeOf(issue: v.BaseIssue<unknown>, raw: unknown): string {
	const path = issue.path ?? [];
	const parts: string[] = [];
	for (let index = 0; index < path.length; index++) {
		const item = path[index]!;
		if (item.key === 'steps' && typeof path[index + 1]?.key === 'number') {
			const position = path[index + 1]!.key as number;
			const step = (raw as { steps?: { id?: unknown }[] }).steps?.[position];
			parts.push(`step ${position + 1}${typeof step?.id === 'string' ? ` ("${step.id}")` : ''}`);
			index++;
		} else if (typeof item.key === 'number') {
			parts.push(`item ${item.key + 1}`);
		} else parts.push(String(item.key));
	}
	return parts.length > 0 ? parts.join(', ') : 'the flow';
}

function issueInWords(issue: v.BaseIssue<unknown>, raw: unknown): string {
	if (issue.kind === 'schema' && issue.type === 'variant' && issue.path?.at(-1)?.key === 'kind') {
		return `${placeOf(issue, raw)}: unknown step kind ${JSON.stringify(issue.input)}`;
	}
	if (issue.input === undefined) return `${placeOf(issue, raw)}: missing`;
	if (issue.type === 'regex' && issue.requirement instanceof RegExp && issue.requirement.source === '^\\/(?!\\/)') {
		return `${placeOf(issue, raw)}: ${JSON.stringify(issue.input)} must be an address in this app, starting with one "/"`;
	}
	return `${placeOf(issue, raw)}: ${issue.message}`;
}

export type FlowFileResult = { ok: true; definition: FlowDefinition } | { ok: false; problems: string[] };

/**
 * Reads a flow file: inline texts become keys, then the shape and the rules are checked. `hasText`
 * says whether a key has a text in a language (inline texts are checked here, whatever it says).
 * Never throws.
 */
export function readFlowFile(raw: unknown, hasText: (key: string, language: Language) => boolean): FlowFileResult {
	try {
		const { flow, texts } = internInlineTexts(raw);
		const shape = v.safeParse(flowSchema(), flow);
		if (!shape.success) return { ok: false, problems: shape.issues.map((issue) => issueInWords(issue, flow)) };
		const definition = { ...(shape.output as unknown as FlowDefinition) };
		const inline = Object.keys(texts.en).length > 0 || Object.keys(texts.id).length > 0;
		if (inline) definition.texts = texts;
		const textKnown = (key: string, language: Language): boolean => {
			const [namespace, name] = key.split(':');
			if (namespace === definition.namespace && name?.startsWith('inline-')) return texts[language][name] !== undefined;
			return hasText(key, language);
		};
		const problems = validateFlow(definition, textKnown);
		if (problems.length > 0) return { ok: false, problems: problems.map(describeFlowProblem) };
		return { ok: true, definition };
	} catch (error) {
		return { ok: false, problems: [`the flow could not be read (${error instanceof Error ? error.message : String(error)})`] };
	}
}

/** The flow of a file, or an Error that lists its problems. */
export function flowFromFile(raw: unknown, hasText: (key: string, language: Language) => boolean): FlowDefinition {
	const result = readFlowFile(raw, hasText);
	if (result.ok) return result.definition;
	const id = raw !== null && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '(no id)';
	throw new Error(`Flow "${id}" has ${result.problems.length} problem(s):\n${result.problems.map((line) => `  - ${line}`).join('\n')}`);
}
