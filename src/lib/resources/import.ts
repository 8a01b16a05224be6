/**
 * Reads a directory a worker or organisation hands over, in HSDS 3.0:
 * - JSON: one object (a service, organization, location, service_at_location, taxonomy or
 *   taxonomy_term, nested as in the official `*_full.json` examples), an array of them, the
 *   paginated `{ contents: [...] }` list, or the tabular form as JSON (`{ "services.csv": [...] }`);
 * - the tabular form: the CSV files of a data package chosen together, each mapped to its table by
 *   file name (services.csv -> service) and joined by ids;
 * - a zip holding any of these (see zip.ts for its limits).
 * Nested objects become flat records linked by id, as in the tabular form. Nothing is written
 * here: the result is every normalized record with a report of what was skipped and why, and
 * src/lib/db/resources.repo.ts writes it in one transaction (all or nothing).
 * Error and reason codes have messages in the `directory-import` namespace: see `importMessageKey`.
 */
import { CsvError, parseCsvTable } from './csv';
import {
	HSDS_TABLES,
	recordTypeOfFile,
	type AnyRecord,
	type DirectoryRecord,
	type HsdsRecordType,
	type LinkSpec
} from './hsds';
import {
	DEFAULT_VALIDATION_LIMITS,
	isPlainObject,
	normalizeRecord,
	type RecordIssue,
	type ValidationLimits
} from './validate';
import { DEFAULT_ZIP_LIMITS, looksLikeZip, unzipWithLimits, ZipError, type ZipLimits } from './zip';

export { packIdForFiles } from './directory';

/** A file as the browser's file picker gives it (a `File` fits). */
export interface ImportFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file already read into memory (an entry of a zip, or a test fixture). */
export interface ImportEntry {
	name: string;
	bytes: Uint8Array;
}

export interface ImportLimits extends ValidationLimits {
	/** The most bytes read from all chosen files together (and from any one of them). */
	maxTotalBytes: number;
	maxFiles: number;
	/** The most records (of every type together) one import may hold. */
	maxRecords: number;
	/** How many objects and arrays a JSON file may nest inside each other (HSDS needs about ten). */
	maxNesting: number;
	zip: ZipLimits;
}

const MEBIBYTE = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
	...DEFAULT_VALIDATION_LIMITS,
	maxTotalBytes: 32 * MEBIBYTE,
	maxFiles: 64,
	maxRecords: 200_000,
	maxNesting: 64,
	zip: DEFAULT_ZIP_LIMITS
};

export const IMPORT_ERROR_CODES = [
	'no-files',
	'too-many-files',
	'file-too-large',
	'unreadable-file',
	'invalid-json',
	'invalid-csv',
	'csv-no-id-column',
	'duplicate-table',
	'not-hsds',
	'too-deeply-nested',
	'too-many-records',
	'no-records',
	'storage-failed',
	'zip-invalid',
	'zip-too-many-entries',
	'zip-too-large',
	'zip-suspicious-ratio'
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Why an import was refused as a whole; nothing was changed. */
export interface ImportFailure {
	ok: false;
	code: ImportErrorCode;
	/** The file the problem is in, when there is one. */
	file?: string;
	/** The line of a CSV file, when known. */
	line?: number;
}

export const SKIPPED_FILE_REASONS = ['not-needed', 'api-description', 'unknown-table', 'unknown-file-type', 'nested-zip', 'empty'] as const;
export type SkippedFileReason = (typeof SKIPPED_FILE_REASONS)[number];

export interface SkippedFile {
	name: string;
	reason: SkippedFileReason;
}

export interface ReadFile {
	name: string;
	kind: 'json' | 'csv' | 'tabular-json';
	/** The table a CSV file was read into. */
	table?: HsdsRecordType;
}

export interface ParsedImport {
	ok: true;
	/** The chosen file names, for the pack's "source file". */
	fileNames: string[];
	files: ReadFile[];
	skippedFiles: SkippedFile[];
	records: DirectoryRecord[];
	/** Records and fields left out or changed, each with its reason. */
	issues: RecordIssue[];
	/** The language the text seems to be in, when it is clearly Indonesian or English. */
	language?: 'id' | 'en';
	counts: Partial<Record<HsdsRecordType, number>>;
}

export { importMessageKey } from './import-messages';

/** The values the message of an import failure may use: {{file}}, {{line}}, {{limit}} (MB). */
export function importMessageParams(failure: ImportFailure, limits: ImportLimits = IMPORT_LIMITS): Record<string, string | number> {
	return { file: failure.file ?? '', line: failure.line ?? '', limit: Math.round(limits.maxTotalBytes / MEBIBYTE) };
}

class ImportAbort extends Error {
	constructor(readonly failure: ImportFailure) {
		super(failure.code);
	}
}

function fail(code: ImportErrorCode, file?: string, line?: number): never {
	throw new ImportAbort({ ok: false, code, ...(file === undefined ? {} : { file }), ...(line === undefined ? {} : { line }) });
}

function baseName(path: string): string {
	return path.split(/[\\/]/).pop() ?? path;
}

type ParentLink = { link: LinkSpec; parentId: string; parentType: HsdsRecordType };

/** Gathers flat records, merging the copies of a record that nested JSON repeats (same type and id). */
class RecordCollector {
	readonly #records = new Map<string, DirectoryRecord>();
	readonly issues: RecordIssue[] = [];
	constructor(private readonly limits: ImportLimits) {}

	add(type: HsdsRecordType, record: AnyRecord): void {
		const key = `${type}:${record.id}`;
		const existing = this.#records.get(key);
		if (!existing) {
			if (this.#records.size >= this.limits.maxRecords) fail('too-many-records');
			this.#records.set(key, { type, data: record } as DirectoryRecord);
			return;
		}
		// The first copy wins; a later copy only fills in what the first lacked (often its links).
		const kept = existing.data as AnyRecord;
		for (const [field, value] of Object.entries(record)) {
			if (field === 'extra') kept.extra = { ...(record.extra ?? {}), ...(kept.extra ?? {}) };
			else if (kept[field] === undefined) kept[field] = value;
		}
	}

	/** Normalizes one row of the tabular form. */
	addRow(type: HsdsRecordType, row: unknown, where: string): void {
		const { record, issues } = normalizeRecord(type, row, { where, tabular: true, limits: this.limits });
		this.issues.push(...issues);
		if (record) this.add(type, record);
	}

	/** Normalizes a nested JSON object and everything nested in it; returns its id when kept. */
	addNested(type: HsdsRecordType, raw: unknown, where: string, parent?: ParentLink): string | undefined {
		const { record, issues } = normalizeRecord(type, raw, { where, limits: this.limits });
		this.issues.push(...issues);
		if (!record || !isPlainObject(raw)) return undefined;
		if (parent) linkToParent(record, parent);
		for (const [field, child] of Object.entries(HSDS_TABLES[type].children)) {
			const value = raw[field];
			if (value === undefined || value === null) continue;
			const path = `${where}.${field}`;
			if (child.many) {
				if (!Array.isArray(value)) {
					this.issues.push({ code: 'wrong-type', type, id: record.id, field, where, skipped: 'field' });
					continue;
				}
				value.forEach((item, index) =>
					this.addNested(child.type, item, `${path}[${index}]`, { link: child.link, parentId: record.id, parentType: type })
				);
			} else if (child.link.via === 'parent') {
				const childId = this.addNested(child.type, value, path);
				if (childId !== undefined && record[child.link.key] === undefined) record[child.link.key] = childId;
			}
		}
		this.add(type, record);
		return record.id;
	}

	records(): DirectoryRecord[] {
		return [...this.#records.values()];
	}
}

function linkToParent(record: AnyRecord, { link, parentId, parentType }: ParentLink): void {
	if (link.via === 'child') record[link.key] ??= parentId;
	else if (link.via === 'attribute') {
		record.link_id ??= parentId;
		record.link_entity ??= parentType;
	} else if (link.via === 'metadata') {
		record.resource_id ??= parentId;
		record.resource_type ??= parentType;
	}
}

type JsonShape = HsdsRecordType | 'page' | 'tabular' | 'api-description' | 'list';

/** Which HSDS object a JSON value is, from the fields it has. */
export function detectJsonShape(value: unknown): JsonShape | undefined {
	if (Array.isArray(value)) return 'list';
	if (!isPlainObject(value)) return undefined;
	const keys = Object.keys(value);
	if (Array.isArray(value.contents)) return 'page';
	if (keys.length > 0 && keys.every((key) => key.toLowerCase().endsWith('.csv') && Array.isArray(value[key]))) return 'tabular';
	const has = (...fields: string[]) => fields.some((field) => Object.hasOwn(value, field));
	if (!has('id') && has('openapi_url', 'profile')) return 'api-description';
	if (has('status')) return 'service';
	if (has('location_type')) return 'location';
	if (isPlainObject(value.location) || isPlainObject(value.service) || (has('service_id') && has('location_id'))) return 'service_at_location';
	if (has('taxonomy_detail', 'taxonomy_id', 'parent_id', 'term_uri', 'code')) return 'taxonomy_term';
	if (has('address_1')) return 'address';
	if (has('number')) return 'phone';
	if (
		has('services', 'website', 'legal_status', 'year_incorporated', 'organization_identifiers', 'programs', 'locations', 'tax_status', 'logo')
	) {
		return 'organization';
	}
	if (has('version')) return 'taxonomy';
	if (has('name') && has('description')) return 'organization';
	return undefined;
}

/**
 * True when the JSON value nests objects and arrays more than `limit` levels deep. Walks without
 * recursion, so a file nested thousands of levels deep cannot overflow the stack here, and refusing
 * it keeps the recursive reading of nested records (RecordCollector.addNested) shallow too.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
	const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
	while (pending.length > 0) {
		const next = pending.pop()!;
		if (typeof next.value !== 'object' || next.value === null) continue;
		const depth = next.depth + 1;
		if (depth > limit) return true;
		for (const child of Array.isArray(next.value) ? next.value : Object.values(next.value)) {
			if (typeof child === 'object' && child !== null) pending.push({ value: child, depth });
		}
	}
	return false;
}

function ingestJson(collector: RecordCollector, value: unknown, file: string, skippedFiles: SkippedFile[]): ReadFile['kind'] {
	const shape = detectJsonShape(value);
	if (shape === undefined) fail('not-hsds', file);
	if (shape === 'api-description') {
		skippedFiles.push({ name: file, reason: 'api-description' });
		return 'json';
	}
	if (shape === 'tabular') {
		for (const [tableFile, rows] of Object.entries(value as Record<string, unknown[]>)) {
			const type = recordTypeOfFile(tableFile);
			if (!type) {
				skippedFiles.push({ name: `${file}: ${tableFile}`, reason: 'unknown-table' });
				continue;
			}
			rows.forEach((row, index) => collector.addRow(type, row, `${file}: ${tableFile}[${index}]`));
		}
		return 'tabular-json';
	}
	const items = shape === 'list' ? (value as unknown[]) : shape === 'page' ? ((value as { contents: unknown[] }).contents) : [value];
	const prefix = shape === 'list' ? `${file}: ` : shape === 'page' ? `${file}: contents` : file;
	const isRecordShape = (found: JsonShape | undefined): found is HsdsRecordType =>
		found !== undefined && found !== 'list' && found !== 'page' && found !== 'tabular' && found !== 'api-description';
	const shapes = shape === 'list' || shape === 'page' ? items.map(detectJsonShape) : [shape];
	// An item too bare to tell ({ id, name }) is taken to be what most items of its list are.
	const tally = new Map<HsdsRecordType, number>();
	for (const found of shapes) if (isRecordShape(found)) tally.set(found, (tally.get(found) ?? 0) + 1);
	const usual = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
	items.forEach((item, index) => {
		const where = shape === 'list' || shape === 'page' ? `${prefix}[${index}]` : prefix;
		const found = shapes[index];
		const type = isRecordShape(found) ? found : isPlainObject(item) && found === undefined ? usual : undefined;
		if (type === undefined) {
			collector.issues.push({ code: 'unknown-record', where, skipped: 'record' });
			return;
		}
		collector.addNested(type, item, where);
	});
	return 'json';
}

function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// Spreadsheet programs on Windows often save CSV in Windows-1252.
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

function ingestCsv(collector: RecordCollector, type: HsdsRecordType, text: string, file: string): void {
	let table;
	try {
		table = parseCsvTable(text);
	} catch (error) {
		if (error instanceof CsvError) fail('invalid-csv', file, error.line);
		throw error;
	}
	if (table.rows.length > 0 && !table.columns.includes('id')) fail('csv-no-id-column', file);
	for (const row of table.rows) {
		const where = `${file}, row ${row.rowNumber}`;
		if (row.extraCells > 0) {
			collector.issues.push({ code: 'wrong-column-count', type, where, skipped: 'record' });
			continue;
		}
		collector.addRow(type, row.values, where);
	}
}

/** Opens the zips among the entries (one level deep: a zip inside a zip is skipped). */
function expandZips(entries: readonly ImportEntry[], limits: ImportLimits, skippedFiles: SkippedFile[]): ImportEntry[] {
	const expanded: ImportEntry[] = [];
	let unpackedTotal = 0;
	for (const entry of entries) {
		if (!entry.name.toLowerCase().endsWith('.zip') && !looksLikeZip(entry.bytes)) {
			expanded.push(entry);
			continue;
		}
		let inner;
		try {
			inner = unzipWithLimits(entry.bytes, limits.zip);
		} catch (error) {
			if (error instanceof ZipError) fail(error.code, entry.name);
			throw error;
		}
		for (const file of inner) {
			unpackedTotal += file.bytes.length;
			if (unpackedTotal > limits.zip.maxTotalUncompressedBytes) fail('zip-too-large', entry.name);
			const name = `${entry.name}/${file.name}`;
			if (file.name.toLowerCase().endsWith('.zip') || looksLikeZip(file.bytes)) skippedFiles.push({ name, reason: 'nested-zip' });
			else expanded.push({ name, bytes: file.bytes });
		}
	}
	return expanded;
}

const INDONESIAN_WORDS = new Set(['dan', 'yang', 'untuk', 'di', 'ke', 'dari', 'dengan', 'ini', 'atau', 'tidak', 'bagi', 'layanan', 'anak', 'orang']);
const ENGLISH_WORDS = new Set(['the', 'and', 'for', 'of', 'to', 'with', 'this', 'or', 'not', 'you', 'is', 'are', 'service', 'people']);

/** 'id' or 'en' when the words of the texts clearly lean one way, else undefined. */
export function guessLanguage(texts: readonly string[]): 'id' | 'en' | undefined {
	let indonesian = 0;
	let english = 0;
	for (const text of texts) {
		for (const word of text.toLowerCase().split(/[^a-z]+/)) {
			if (INDONESIAN_WORDS.has(word)) indonesian++;
			else if (ENGLISH_WORDS.has(word)) english++;
		}
	}
	if (indonesian + english < 3) return undefined;
	if (indonesian >= english * 2) return 'id';
	if (english >= indonesian * 2) return 'en';
	return undefined;
}

function languageOf(records: readonly DirectoryRecord[]): 'id' | 'en' | undefined {
	const texts: string[] = [];
	for (const record of records) {
		if (record.type !== 'service' && record.type !== 'organization') continue;
		texts.push(record.data.name, record.data.description ?? '');
		if (texts.length > 400) break;
	}
	return guessLanguage(texts);
}

/**
 * Reads files already in memory into normalized HSDS records. Never throws for bad input: a file
 * that cannot be read as a whole gives an ImportFailure, a bad record an issue in the report.
 */
export function parseImportEntries(entries: readonly ImportEntry[], limits: ImportLimits = IMPORT_LIMITS): ParsedImport | ImportFailure {
	const skippedFiles: SkippedFile[] = [];
	const files: ReadFile[] = [];
	const collector = new RecordCollector(limits);
	try {
		if (entries.length === 0) fail('no-files');
		if (entries.length > limits.maxFiles) fail('too-many-files');
		let total = 0;
		for (const entry of entries) {
			total += entry.bytes.length;
			if (entry.bytes.length > limits.maxTotalBytes || total > limits.maxTotalBytes) fail('file-too-large', entry.name);
		}
		const tablesSeen = new Map<HsdsRecordType, string>();
		for (const entry of expandZips(entries, limits, skippedFiles)) {
			const name = baseName(entry.name).toLowerCase();
			if (entry.bytes.length === 0) {
				skippedFiles.push({ name: entry.name, reason: 'empty' });
				continue;
			}
			if (name === 'datapackage.json') {
				skippedFiles.push({ name: entry.name, reason: 'not-needed' });
				continue;
			}
			const text = decodeText(entry.bytes);
			if (name.endsWith('.csv')) {
				const type = recordTypeOfFile(name);
				if (!type) {
					skippedFiles.push({ name: entry.name, reason: 'unknown-table' });
					continue;
				}
				if (tablesSeen.has(type)) fail('duplicate-table', entry.name);
				tablesSeen.set(type, entry.name);
				ingestCsv(collector, type, text, entry.name);
				files.push({ name: entry.name, kind: 'csv', table: type });
				continue;
			}
			const firstCharacter = text.trimStart()[0];
			if (!name.endsWith('.json') && firstCharacter !== '{' && firstCharacter !== '[') {
				skippedFiles.push({ name: entry.name, reason: 'unknown-file-type' });
				continue;
			}
			let value: unknown;
			try {
				value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
			} catch {
				fail('invalid-json', entry.name);
			}
			if (nestsDeeperThan(value, limits.maxNesting)) fail('too-deeply-nested', entry.name);
			files.push({ name: entry.name, kind: ingestJson(collector, value, entry.name, skippedFiles) });
		}
	} catch (error) {
		if (error instanceof ImportAbort) return error.failure;
		throw error;
	}
	const records = collector.records();
	if (records.length === 0) return { ok: false, code: 'no-records' };
	const counts: Partial<Record<HsdsRecordType, number>> = {};
	for (const record of records) counts[record.type] = (counts[record.type] ?? 0) + 1;
	const language = languageOf(records);
	return {
		ok: true,
		fileNames: entries.map((entry) => entry.name),
		files,
		skippedFiles,
		records,
		issues: collector.issues,
		...(language ? { language } : {}),
		counts
	};
}

/**
 * Reads the files a person chose (HSDS JSON, CSV files of a data package, or a zip) into
 * normalized records. Sizes are checked before a byte is read: a file over the limit is refused.
 */
export async function parseImportFiles(files: readonly ImportFile[], limits: ImportLimits = IMPORT_LIMITS): Promise<ParsedImport | ImportFailure> {
	if (files.length === 0) return { ok: false, code: 'no-files' };
	if (files.length > limits.maxFiles) return { ok: false, code: 'too-many-files' };
	let total = 0;
	for (const file of files) {
		total += file.size;
		if (file.size > limits.maxTotalBytes || total > limits.maxTotalBytes) return { ok: false, code: 'file-too-large', file: file.name };
	}
	const entries: ImportEntry[] = [];
	for (const file of files) {
		try {
			entries.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
		} catch {
			return { ok: false, code: 'unreadable-file', file: file.name };
		}
	}
	return parseImportEntries(entries, limits);
}
