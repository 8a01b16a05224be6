/**
 * The parts every step definition shares, as Valibot schemas (runtime checks that need no `eval`,
 * so they work under the app's Content-Security-Policy). A step kind builds its own schema with
 * `stepSchema(kind, fields)`; the flow schema is the union of every registered kind's.
 */
import * as v from 'valibot';
import type { AnswerReference, Branch, Condition } from '$lib/flows/flow-types';

/** Marks a schema as a text (an i18n key once loaded); the published JSON Schema also allows `{ "id", "en" }` there. */
export const TEXT_DESCRIPTION = 'A text: an i18n key "namespace:path", or the text itself in each language {"id": "...", "en": "..."}.';

/** An i18n key such as "flow-tell:steps.what.prompt". */
export const textKeySchema = v.pipe(v.string(), v.description(TEXT_DESCRIPTION));

export const stepIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/));

const answerReferenceSchema: v.GenericSchema<AnswerReference> = v.object({ answer: v.string() });

/** A condition over earlier answers (see `Condition` in flow-types.ts). */
export const conditionSchema: v.GenericSchema<Condition> = v.union([
	v.object({ answer: v.string(), includes: v.string() }),
	v.object({ answer: v.string(), equals: v.union([v.string(), v.number()]) }),
	v.object({ answer: v.string(), atLeast: v.number() }),
	v.object({ answer: v.string(), atMost: v.number() }),
	v.object({ answer: v.string(), filled: v.boolean() }),
	v.object({ answer: v.string(), greaterThan: answerReferenceSchema }),
	v.object({ all: v.array(v.lazy(() => conditionSchema)) }),
	v.object({ any: v.array(v.lazy(() => conditionSchema)) }),
	v.object({ not: v.lazy(() => conditionSchema) })
]);

export const branchSchema: v.GenericSchema<Branch> = v.object({ when: conditionSchema, to: v.string() });

/** An option of a choice, a group of a sort. */
export const optionSchema = v.object({ id: v.string(), label: textKeySchema });

/** The fields every step has. */
export const stepBaseEntries = {
	id: stepIdSchema,
	prompt: textKeySchema,
	/** Extra guidance under the prompt. */
	help: v.optional(textKeySchema),
	/** How the answer is introduced in a note someone else reads: a statement, never a question. */
	noteLabel: v.optional(textKeySchema),
	/** Branches checked in order when the person presses next. */
	next: v.optional(v.array(branchSchema)),
	/** The person may go on without answering (most steps are optional: nothing is forced). */
	required: v.optional(v.boolean()),
	/** Earlier steps whose answers are shown again above the question. */
	recall: v.optional(v.array(stepIdSchema)),
	/** A note for whoever edits the flow; never shown. */
	$comment: v.optional(v.string())
};

/** The schema of a step of one kind: the shared fields, `kind`, and the kind's own fields. */
export function stepSchema<K extends string, E extends v.ObjectEntries>(kind: K, entries: E) {
	return v.object({ kind: v.literal(kind), ...stepBaseEntries, ...entries });
}

/** An address in this app ("/flow/calm", "/resources?from=tell"): a path on the same origin, never "//elsewhere". */
export const sameOriginPathSchema = v.pipe(v.string(), v.regex(/^\/(?!\/)/, 'an address in this app, starting with one "/"'));
