/**
 * Imported directory data as stored: a flat HSDS record (its table, id, pack, and data that must
 * pass the table's schema, generated from the HSDS 3.0 schema files: see
 * $lib/resources/validate.ts) and a pack. Valibot schemas, read on every load; the types are
 * inferred from them.
 */
import * as v from 'valibot';
import { RECORD_TYPES, type DirectoryRecord, type HsdsRecordType } from '$lib/resources/hsds';
import { PlainObjectSchema as PlainObject, storedRecordSchema } from '$lib/resources/validate';

export const RecordTypeSchema = v.picklist(RECORD_TYPES);

/** A stored record, read back as the directory keeps it, with the pack it belongs to. */
export const StoredRecordSchema = v.pipe(
	v.object({ type: RecordTypeSchema, id: v.string(), packId: v.string(), data: PlainObject }),
	v.check(({ id, data }) => data.id === id),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const { type, packId, data } = dataset.value;
		const read = v.safeParse(storedRecordSchema(type), data);
		if (!read.success) {
			addIssue({ message: read.issues[0].message });
			return NEVER;
		}
		return { packId, record: { type, data: read.output } as DirectoryRecord };
	})
);
export type StoredRecord = v.InferOutput<typeof StoredRecordSchema>;

export const PACK_LANGUAGES = ['id', 'en', 'und'] as const;
export type PackLanguage = (typeof PACK_LANGUAGES)[number];

/** How many records of each table a pack holds (unknown tables and non-numbers left out). */
const CountsSchema = v.fallback(
	v.pipe(
		PlainObject,
		v.transform((counts) => {
			const clean: Partial<Record<HsdsRecordType, number>> = {};
			for (const [type, count] of Object.entries(counts)) {
				if (v.is(RecordTypeSchema, type) && typeof count === 'number') clean[type] = count;
			}
			return clean;
		})
	),
	{}
);

export const PackSchema = v.object({
	id: v.string(),
	name: v.string(),
	/** The language the pack's text is in; "und" when it is not known. */
	language: v.fallback(v.picklist(PACK_LANGUAGES), 'und'),
	sourceFiles: v.fallback(
		v.pipe(
			v.array(v.unknown()),
			v.transform((files) => files.filter((file): file is string => typeof file === 'string'))
		),
		[]
	),
	importedAt: v.number(),
	counts: CountsSchema
});
export type PackInfo = v.InferOutput<typeof PackSchema>;
