/**
 * An imported directory (a pack) as stored: its name, language, source files, when it was imported
 * and how many records of each table it holds. Apart from the records' schemas (resources.schema.ts)
 * so that the list of packs is read without the HSDS record checks.
 */
import * as v from 'valibot';
import { RECORD_TYPES, type HsdsRecordType } from '$lib/resources/hsds.generated';
import { PlainObjectSchema as PlainObject } from '$lib/resources/plain-object';

export const RecordTypeSchema = v.picklist(RECORD_TYPES);

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
