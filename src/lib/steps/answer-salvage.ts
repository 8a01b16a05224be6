/**
 * Helpers for a step kind's `salvage`: keep what of an old or damaged answer still fits the kind's
 * answer schema. A value that already fits comes back as the same reference, so "unchanged" is
 * cheap to see (a saved run resumes only when every answer is kept as it was).
 */
import * as v from 'valibot';

export function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value if it matches the schema, else undefined. */
export function matching<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | undefined {
	return v.is(schema, value) ? (value as T) : undefined;
}

/**
 * The items of a list that fit `item`, each else mended by `repair` (a schema that fills in what is
 * missing, or fails); the same list when all fit; undefined when nothing is left.
 */
export function salvageList<T>(value: unknown, item: v.GenericSchema<unknown, T>, repair?: v.GenericSchema<unknown, T>): T[] | undefined {
	if (!Array.isArray(value)) return undefined;
	const items = value.map((entry: unknown) => {
		if (v.is(item, entry)) return entry;
		if (!repair) return undefined;
		const mended = v.safeParse(repair, entry);
		return mended.success ? mended.output : undefined;
	});
	if (items.every((entry, index) => entry === value[index])) return value as T[];
	const kept = items.filter((entry): entry is T => entry !== undefined);
	return kept.length > 0 ? kept : undefined;
}

/** The entries of a record that fit `entry` (each else mended by `repair`), like `salvageList`. */
export function salvageRecord<T>(
	value: unknown,
	entry: (key: string, item: unknown) => T | undefined
): Record<string, T> | undefined {
	if (!isRecord(value)) return undefined;
	const entries = Object.entries(value).map(([key, item]) => [key, entry(key, item)] as const);
	if (entries.every(([key, item]) => item === value[key])) return value as Record<string, T>;
	const kept = entries.filter((pair): pair is readonly [string, T] => pair[1] !== undefined);
	return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** A text field that may be missing in an old answer: read as ''. */
export const textOrEmpty = v.fallback(v.string(), '');
