/**
 * Imported directory data as stored: a flat HSDS record (its table, id, pack, and data that must
 * pass the table's schema, generated from the HSDS 3.0 schema files: see
 * $lib/resources/validate.ts) and a pack (packs.schema.ts). Valibot schemas, read on every load; the types are
 * inferred from them.
 */
import * as v from 'valibot';
import type { DirectoryRecord } from '$lib/resources/hsds';
import { RecordTypeSchema } from './packs.schema';
import { PlainObjectSchema as PlainObject, storedRecordSchema } from '$lib/resources/validate';

export { RecordTypeSchema };

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

export { PACK_LANGUAGES, PackSchema, type PackInfo, type PackLanguage } from './packs.schema';
