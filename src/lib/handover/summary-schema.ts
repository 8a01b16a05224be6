/**
 * What a summary sent back to a worker may hold (see summary.ts): its kinds, limits and Valibot
 * schemas, apart from the sealing and the file format, so that a page listing kept summaries checks
 * them without loading the crypto and inflate code.
 */
import * as v from 'valibot';
import { UNMET_NEED_CATEGORIES } from '$lib/db/my-resources.schema';

/** The fragment kinds: a summary as it is, and one sealed with a code. */
export const SUMMARY_KIND = 'summary';
export const SEALED_SUMMARY_KIND = 'summary-sealed';
/** The worker's page that opens a summary link. */
export const RECEIVED_PATH = '/worker/received';
/** The file a summary goes into when it is too long for a QR code. */
export const SUMMARY_FILE_FORMAT = 'langkah-summary';

export const SUMMARY_LIMITS = { title: 200, question: 500, line: 4000, items: 60, lines: 100, area: 80, text: 8000 } as const;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const RunSummarySchema = v.object({
	type: v.literal('run'),
	title: Text(SUMMARY_LIMITS.title),
	madeAt: Time,
	items: v.pipe(
		v.array(v.object({ question: Text(SUMMARY_LIMITS.question), lines: v.pipe(v.array(Text(SUMMARY_LIMITS.line)), v.maxLength(SUMMARY_LIMITS.lines)) })),
		v.maxLength(SUMMARY_LIMITS.items)
	)
});

export const NoteSummarySchema = v.object({
	type: v.literal('note'),
	service: Text(SUMMARY_LIMITS.title),
	madeAt: Time,
	note: Text(SUMMARY_LIMITS.text),
	answers: v.pipe(v.array(v.object({ label: Text(SUMMARY_LIMITS.question), text: Text(SUMMARY_LIMITS.text) })), v.maxLength(SUMMARY_LIMITS.items))
});

export const NeedsSummarySchema = v.object({
	type: v.literal('needs'),
	/** Left out by Langkah (the counts carry no dates, like the downloaded file); read if present. */
	madeAt: v.optional(Time),
	area: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(SUMMARY_LIMITS.area))),
	counts: v.record(v.picklist(UNMET_NEED_CATEGORIES), Count)
});

export const SummarySchema = v.variant('type', [RunSummarySchema, NoteSummarySchema, NeedsSummarySchema]);

export type RunSummaryPayload = v.InferOutput<typeof RunSummarySchema>;
export type NoteSummaryPayload = v.InferOutput<typeof NoteSummarySchema>;
export type NeedsSummaryPayload = v.InferOutput<typeof NeedsSummarySchema>;
export type SummaryPayload = v.InferOutput<typeof SummarySchema>;
