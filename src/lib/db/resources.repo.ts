/**
 * Imported resource directories: `directoryRecords` holds every flat HSDS record of every imported
 * pack, keyed by [type+id], with `packId` and `links` (the ids the record points to, indexed so a
 * service's phones, schedules and locations are found without reading the whole directory);
 * `packs` holds one row per imported directory. The bundled national directory is never stored.
 * An import is written in one transaction: all of it or, on any failure, nothing. Importing files
 * of the same names again replaces that pack (records gone from the file are removed); a record
 * that another pack already had moves to the new one. Records are validated on read: a damaged
 * one is left out, never thrown at the person.
 */
import { BUNDLED_RECORD_KEYS } from '$lib/resources/bundled';
import { packIdForFiles, type RecordSet } from '$lib/resources/directory';
import { isRecordType, linkFields, type AnyRecord, type DirectoryRecord, type HsdsRecordType, type ServiceDetail } from '$lib/resources/hsds';
import type { ImportFailure, ParsedImport, SkippedFile } from '$lib/resources/import';
import type { RecordIssue } from '$lib/resources/validate';
import { database, type LangkahDatabase, type StoredDirectoryRecord } from './database';
import { readPacks, toPack } from './packs.records';
import { readImportedService, toRecord } from './resources.records';
import type { PackInfo, PackLanguage } from './resources.schema';
import { classifyStorageError, type StorageProblem } from './storage-errors';

export type { PackInfo, PackLanguage };

export interface ReportEntry {
	type: HsdsRecordType;
	id: string;
	/** The record's name, when it has one. */
	name?: string;
}

export interface ImportReport {
	ok: true;
	pack: PackInfo;
	added: ReportEntry[];
	updated: ReportEntry[];
	unchanged: ReportEntry[];
	/** Records the pack had before that the new files no longer have. */
	removed: ReportEntry[];
	/** Records and fields left out or changed, each with its reason. */
	skipped: RecordIssue[];
	skippedFiles: SkippedFile[];
	/** The records written (what the pack now holds). */
	records: DirectoryRecord[];
}

export interface ImportOptions {
	/** The pack's name; the first file's name when not given. */
	name?: string;
	/** The language of the text; the language the import guessed, else "und". */
	language?: PackLanguage;
	/** The pack to replace; by default the pack made from files of the same names. */
	packId?: string;
	now?: number;
}

function linksOf(record: DirectoryRecord): string[] {
	const data = record.data as AnyRecord;
	const links = new Set<string>();
	for (const field of linkFields(record.type)) {
		const value = data[field];
		if (typeof value === 'string') links.add(value);
	}
	return [...links];
}

function toStored(record: DirectoryRecord, packId: string): StoredDirectoryRecord {
	// A JSON round trip: stored values are plain data, never shared with the caller's objects.
	return { type: record.type, id: record.data.id, packId, links: linksOf(record), data: JSON.parse(JSON.stringify(record.data)) };
}

function entryOf(record: DirectoryRecord): ReportEntry {
	const name = (record.data as AnyRecord).name;
	return { type: record.type, id: record.data.id, ...(typeof name === 'string' ? { name } : {}) };
}

/** JSON with object keys sorted, so that two equal records give the same text. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		return `{${Object.keys(record)
			.filter((key) => record[key] !== undefined)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value);
}

function countsOf(records: readonly { type: string }[]): Partial<Record<HsdsRecordType, number>> {
	const counts: Partial<Record<HsdsRecordType, number>> = {};
	for (const { type } of records) if (isRecordType(type)) counts[type] = (counts[type] ?? 0) + 1;
	return counts;
}

/**
 * A file imported again under the same names replaces its pack when it is the same directory,
 * which it shows by sharing at least one record with it. Another directory that happens to have
 * the same file names (two files both called `export.json`) gets a pack of its own instead of
 * wiping the first; its id also comes from its content, so importing it again finds it.
 */
async function samePackOrNew(db: LangkahDatabase, byNames: string, records: readonly DirectoryRecord[], fileNames: readonly string[]): Promise<string> {
	const keys = new Set(records.map((record) => `${record.type}:${record.data.id}`));
	const previous = await db.directoryRecords.where('packId').equals(byNames).primaryKeys();
	if (previous.length === 0 || previous.some(([type, id]) => keys.has(`${type}:${id}`))) return byNames;
	return packIdForFiles([...fileNames, [...keys].sort()[0] ?? '']);
}

/** An import that was not written; `storage` says why the device refused, for `storage-failed`. */
export type ImportWriteFailure = ImportFailure & { storage?: StorageProblem };

/**
 * Writes a parsed import as one pack, in one transaction, and reports what was added, updated,
 * left unchanged, removed and skipped. Records that belong to the bundled national directory are
 * skipped. A failure to write changes nothing and gives `storage-failed`.
 */
export async function importDirectory(
	parsed: ParsedImport,
	options: ImportOptions = {},
	db: LangkahDatabase = database()
): Promise<ImportReport | ImportWriteFailure> {
	const skipped: RecordIssue[] = [...parsed.issues];
	const records: DirectoryRecord[] = [];
	for (const record of parsed.records) {
		if (BUNDLED_RECORD_KEYS.has(`${record.type}:${record.data.id}`)) {
			skipped.push({ code: 'bundled-record', type: record.type, id: record.data.id, where: record.type, skipped: 'record' });
		} else records.push(record);
	}
	if (records.length === 0) return { ok: false, code: 'no-records' };
	let packId = options.packId ?? packIdForFiles(parsed.fileNames);
	const pack: PackInfo = {
		id: packId,
		name: options.name ?? parsed.fileNames[0] ?? packId,
		language: options.language ?? parsed.language ?? 'und',
		sourceFiles: [...parsed.fileNames],
		importedAt: options.now ?? Date.now(),
		counts: countsOf(records)
	};
	const report: ImportReport = { ok: true, pack, added: [], updated: [], unchanged: [], removed: [], skipped, skippedFiles: parsed.skippedFiles, records };
	try {
		await db.transaction('rw', db.directoryRecords, db.packs, async () => {
			if (options.packId === undefined) packId = pack.id = await samePackOrNew(db, packId, records, parsed.fileNames);
			const stored = records.map((record) => toStored(record, packId));
			// Reading only the records that exist keeps a first import of thousands of records fast.
			const storedKeys = new Set((await db.directoryRecords.toCollection().primaryKeys()).map(([type, id]) => `${type}:${id}`));
			const known = stored.filter((record) => storedKeys.has(`${record.type}:${record.id}`));
			const found = await db.directoryRecords.bulkGet(known.map((record): [string, string] => [record.type, record.id]));
			const before = new Map(known.map((record, index) => [`${record.type}:${record.id}`, found[index]]));
			const existing = stored.map((record) => before.get(`${record.type}:${record.id}`));
			const otherPacks = new Set<string>();
			stored.forEach((record, index) => {
				const before = existing[index];
				const entry = entryOf(records[index]!);
				if (!before) report.added.push(entry);
				else if (before.packId === packId && canonical(before.data) === canonical(record.data)) report.unchanged.push(entry);
				else {
					report.updated.push(entry);
					if (before.packId !== packId) otherPacks.add(before.packId);
				}
			});
			const kept = new Set(stored.map((record) => `${record.type}:${record.id}`));
			const previous = await db.directoryRecords.where('packId').equals(packId).toArray();
			const gone = previous.filter((record) => !kept.has(`${record.type}:${record.id}`));
			for (const record of gone) {
				const read = toRecord(record);
				report.removed.push(read ? entryOf(read.record) : { type: isRecordType(record.type) ? record.type : 'service', id: record.id });
			}
			await db.directoryRecords.bulkDelete(gone.map((record): [string, string] => [record.type, record.id]));
			await db.directoryRecords.bulkPut(stored);
			await db.packs.put({ ...pack, counts: pack.counts as Record<string, number> });
			// Packs that lost records to this one keep counts that are true.
			for (const other of otherPacks) {
				const row = await db.packs.get(other);
				if (!row) continue;
				const left = await db.directoryRecords.where('packId').equals(other).toArray();
				if (left.length === 0) await db.packs.delete(other);
				else await db.packs.put({ ...row, counts: countsOf(left) as Record<string, number> });
			}
		});
	} catch (error) {
		return { ok: false, code: 'storage-failed', storage: classifyStorageError(error) };
	}
	return report;
}

/** Every imported pack, most recently imported first. */
export async function listPacks(db: LangkahDatabase = database()): Promise<PackInfo[]> {
	return readPacks(db.name);
}

export async function getPack(id: string, db: LangkahDatabase = database()): Promise<PackInfo | undefined> {
	return toPack(await db.packs.get(id));
}

/** Removes a pack and all its records, in one transaction. Returns how many records went. */
export async function removePack(id: string, db: LangkahDatabase = database()): Promise<number> {
	return db.transaction('rw', db.directoryRecords, db.packs, async () => {
		const removed = await db.directoryRecords.where('packId').equals(id).delete();
		await db.packs.delete(id);
		return removed;
	});
}

/** How many stored records are read and checked at a time: each batch is a short task of its own. */
const READ_BATCH = 2000;

/**
 * The records of every imported pack (or of one), ready for a DirectoryIndex. Read in batches by
 * key, each checked as it comes, so that 200,000 records never make one long task.
 */
export async function loadImportedRecordSets(packId?: string, db: LangkahDatabase = database()): Promise<RecordSet[]> {
	const byPack = new Map<string, DirectoryRecord[]>();
	const keep = (rows: readonly unknown[]) => {
		for (const row of rows) {
			const read = toRecord(row);
			if (!read) continue;
			const list = byPack.get(read.packId);
			if (list) list.push(read.record);
			else byPack.set(read.packId, [read.record]);
		}
	};
	if (packId !== undefined) keep(await db.directoryRecords.where('packId').equals(packId).toArray());
	else {
		let rows = await db.directoryRecords.orderBy(':id').limit(READ_BATCH).toArray();
		while (rows.length > 0) {
			keep(rows);
			if (rows.length < READ_BATCH) break;
			const last = rows[rows.length - 1]!;
			rows = await db.directoryRecords.where(':id').above([last.type, last.id]).limit(READ_BATCH).toArray();
		}
	}
	return [...byPack].map(([id, records]) => ({ packId: id, records }));
}

/**
 * One imported service with its organization, program, phones, schedules, areas, locations,
 * documents, costs and attributes, read through the `links` index (not the whole directory).
 */
export async function getImportedService(serviceId: string, db: LangkahDatabase = database()): Promise<ServiceDetail | undefined> {
	return readImportedService(serviceId, db.name);
}
