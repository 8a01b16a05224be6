/**
 * Checks one HSDS record against its table in `HSDS_TABLES` (generated from the HSDS 3.0 schema
 * files: see hsds.ts) and turns it into the flat record the directory keeps. Each field's check is a
 * Valibot schema built from its table entry (`fieldSchema`, `storedRecordSchema`): Valibot runs
 * under the app's Content-Security-Policy (no code generation, unlike JSON Schema compilers), and
 * its issues carry the `RecordIssueCode` of what went wrong as their message.
 *
 * What it does with a value that does not fit:
 * - a missing `id`, or a missing required field: the record is skipped;
 * - a value of the wrong type or format in an optional field: that field is dropped;
 * - a number or true/false where text is expected: turned into text (CSV cells are all text);
 * - text where a number is expected: read as a number when it is one;
 * - an id that is not a UUID: replaced by a UUID derived from it, the same every time, so links
 *   and re-imports still match;
 * - a link (url, website, ...) with a scheme other than http, https, mailto, tel or urn: dropped.
 * Text is kept exactly as data (it is never read as HTML); only control characters are removed.
 */
import * as v from 'valibot';
import { PlainObjectSchema } from './plain-object';
import {
	HSDS_TABLES,
	isUuid,
	stableUuid,
	type AnyRecord,
	type ExtraFields,
	type FieldSpec,
	type HsdsRecordType
} from './hsds';

export const RECORD_ISSUE_CODES = [
	'not-an-object',
	'missing-id',
	'missing-required',
	'wrong-type',
	'invalid-format',
	'invalid-value',
	'unsafe-url',
	'unsafe-key',
	'too-long',
	'too-deep',
	'id-replaced',
	'wrong-column-count',
	'unknown-record',
	'bundled-record'
] as const;
export type RecordIssueCode = (typeof RECORD_ISSUE_CODES)[number];

/** A problem with one record or one of its fields. `skipped` says what was left out. */
export interface RecordIssue {
	code: RecordIssueCode;
	type?: HsdsRecordType;
	id?: string;
	field?: string;
	/** Where in the file: "services.csv, row 3" or "contents[2].phones[0]". */
	where: string;
	skipped: 'record' | 'field' | 'nothing';
}

export interface ValidationLimits {
	/** The longest text kept in one field, in characters. */
	maxTextLength: number;
	/** How deeply unknown fields may nest objects and arrays. */
	maxDepth: number;
}

export const DEFAULT_VALIDATION_LIMITS: ValidationLimits = { maxTextLength: 20_000, maxDepth: 16 };

export interface NormalizeOptions {
	where: string;
	/** Rows of the tabular form must also have the columns the schemas mark `tabular_required`. */
	tabular?: boolean;
	limits?: ValidationLimits;
}

export interface NormalizeResult {
	record?: AnyRecord;
	issues: RecordIssue[];
}

// Control characters other than tab, line feed and carriage return carry no text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const EMAIL_PATTERN =
	/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const URI_PATTERN = /^([a-z][a-z0-9+.-]*):[^\s"<>\\^`{|}]+$/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'urn']);
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})[Tt ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;
const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\.\d+)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const NUMBER_PATTERN = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Removes control characters; the text is otherwise kept exactly as it came. */
export function cleanText(value: string): string {
	return value.replace(CONTROL_CHARACTERS, '');
}

/** The HSDS id for an id as it came in a file: itself when it is a UUID, else a UUID derived from it. */
export function hsdsId(raw: string): string {
	const trimmed = raw.trim();
	return isUuid(trimmed) ? trimmed.toLowerCase() : stableUuid(`hsds-id:${trimmed}`);
}

/** The message of a Valibot issue: the code of what went wrong. */
const issue = (code: RecordIssueCode) => code;

export { PlainObjectSchema };
export const isPlainObject = (value: unknown): value is Record<string, unknown> => v.is(PlainObjectSchema, value);

export function isValidDate(value: string): boolean {
	const parts = DATE_PATTERN.exec(value);
	if (!parts) return false;
	const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** HSDS reads a date-time without a zone as UTC, a bare date as its midnight in UTC; null when it is not one. */
function normalizeDateTime(value: string): string | null {
	let candidate = isValidDate(value) ? `${value}T00:00:00Z` : value;
	if (/[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?$/.test(candidate)) candidate = `${candidate}Z`;
	const parts = DATE_TIME_PATTERN.exec(candidate);
	return !parts || !isValidDate(parts[1]!) || Number.isNaN(Date.parse(candidate)) ? null : candidate;
}

/** "9:00" is read as "09:00"; everything else is kept as written; null when it is not a time. */
function normalizeTime(value: string): string | null {
	const parts = TIME_PATTERN.exec(value);
	if (!parts) return null;
	return parts[1]!.length === 1 ? `0${value}` : value;
}

type FieldValue = string | number;
type FieldSchema = v.GenericSchema<unknown, FieldValue>;

const notNull = <T>(value: T | null): value is T => value !== null;

/** The checks of a text field's format, after it has been read as trimmed text. */
function formatActions(spec: FieldSpec): v.GenericSchema<string, string> {
	switch (spec.format) {
		case 'email':
			return v.pipe(v.string(), v.regex(EMAIL_PATTERN, issue('invalid-format')));
		case 'uri':
			return v.pipe(
				v.string(),
				v.regex(URI_PATTERN, issue('invalid-format')),
				v.check((value) => SAFE_SCHEMES.has(URI_PATTERN.exec(value)![1]!.toLowerCase()), issue('unsafe-url'))
			);
		case 'date':
			return v.pipe(v.string(), v.check(isValidDate, issue('invalid-format')));
		case 'date-time':
			return v.pipe(v.string(), v.transform(normalizeDateTime), v.custom<string>(notNull, issue('invalid-format'))) as v.GenericSchema<string, string>;
		case 'time':
			return v.pipe(v.string(), v.transform(normalizeTime), v.custom<string>(notNull, issue('invalid-format'))) as v.GenericSchema<string, string>;
		default:
			return v.string();
	}
}

/**
 * The schema of one known field as it comes in a file: a number or true/false where text is
 * expected is read as text (CSV cells are all text), text where a number is expected is read as a
 * number when it is one, an enum value is matched whatever its case. A blank value is "absent" and
 * never reaches it (see `isAbsent`); links (uuid fields) are read by `normalizeRecord` itself.
 */
export function fieldSchema(spec: FieldSpec, limits: ValidationLimits = DEFAULT_VALIDATION_LIMITS): FieldSchema {
	if (spec.kind === 'number') {
		return v.union(
			[
				v.pipe(v.number(), v.finite(issue('wrong-type'))),
				v.pipe(v.string(), v.trim(), v.regex(NUMBER_PATTERN, issue('wrong-type')), v.transform(Number))
			],
			issue('wrong-type')
		);
	}
	const asText = v.pipe(
		v.union([v.string(), v.pipe(v.number(), v.finite(issue('wrong-type'))), v.boolean()], issue('wrong-type')),
		v.transform((value) => cleanText(String(value))),
		v.maxLength(limits.maxTextLength, issue('too-long'))
	);
	if (spec.values) {
		const values = spec.values;
		return v.pipe(
			asText,
			v.transform((value) => values.find((allowed) => allowed.toLowerCase() === value.trim().toLowerCase()) ?? value),
			v.picklist(values, issue('invalid-value'))
		);
	}
	if (spec.format && spec.format !== 'uuid') return v.pipe(asText, v.trim(), formatActions(spec));
	return asText;
}

/** Absent: no value, or text with nothing in it once control characters are gone. */
function isAbsent(raw: unknown): boolean {
	return raw === undefined || raw === null || (typeof raw === 'string' && cleanText(raw).trim() === '');
}

const fieldSchemas = new WeakMap<ValidationLimits, Map<FieldSpec, FieldSchema>>();

function cachedFieldSchema(spec: FieldSpec, limits: ValidationLimits): FieldSchema {
	let byLimits = fieldSchemas.get(limits);
	if (!byLimits) fieldSchemas.set(limits, (byLimits = new Map()));
	let schema = byLimits.get(spec);
	if (!schema) byLimits.set(spec, (schema = fieldSchema(spec, limits)));
	return schema;
}

type Checked = { ok: true; value: FieldValue } | { ok: false; code: RecordIssueCode };

/** Coerces and checks one value of a known field. `undefined` means "absent". */
function checkField(spec: FieldSpec, raw: unknown, limits: ValidationLimits): Checked | undefined {
	if (isAbsent(raw)) return undefined;
	const result = v.safeParse(cachedFieldSchema(spec, limits), raw, { abortEarly: true });
	return result.success ? { ok: true, value: result.output } : { ok: false, code: result.issues[0].message as RecordIssueCode };
}

/**
 * A copy of an unknown field's value that is plain JSON, with control characters removed from
 * text; `undefined` when it nests too deeply or holds a `__proto__` key (reported by the caller).
 */
function cleanUnknown(value: unknown, limits: ValidationLimits, depth = 0): { value?: unknown; code?: RecordIssueCode } {
	if (value === null || typeof value === 'boolean') return { value };
	if (typeof value === 'number') return Number.isFinite(value) ? { value } : { code: 'wrong-type' };
	if (typeof value === 'string') {
		return value.length > limits.maxTextLength ? { code: 'too-long' } : { value: cleanText(value) };
	}
	if (depth >= limits.maxDepth) return { code: 'too-deep' };
	if (Array.isArray(value)) {
		const items: unknown[] = [];
		for (const item of value) {
			const cleaned = cleanUnknown(item, limits, depth + 1);
			if (cleaned.code) return cleaned;
			items.push(cleaned.value);
		}
		return { value: items };
	}
	if (isPlainObject(value)) {
		const copy: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			if (key === '__proto__') return { code: 'unsafe-key' };
			const cleaned = cleanUnknown(item, limits, depth + 1);
			if (cleaned.code) return cleaned;
			copy[key] = cleaned.value;
		}
		return { value: copy };
	}
	return { code: 'wrong-type' };
}

/**
 * Turns one object (a JSON object without its nested children, or a CSV row) into a flat HSDS
 * record of `type`, with the problems found. No record comes back when it must be skipped.
 */
export function normalizeRecord(type: HsdsRecordType, raw: unknown, options: NormalizeOptions): NormalizeResult {
	const table = HSDS_TABLES[type];
	const limits = options.limits ?? DEFAULT_VALIDATION_LIMITS;
	const where = options.where;
	const issues: RecordIssue[] = [];
	if (!isPlainObject(raw)) return { issues: [{ code: 'not-an-object', type, where, skipped: 'record' }] };

	const rawId = raw.id;
	const idText = typeof rawId === 'string' ? cleanText(rawId).trim() : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : '';
	if (idText === '' || idText.length > 200) return { issues: [{ code: 'missing-id', type, where, skipped: 'record' }] };
	const id = hsdsId(idText);
	if (id !== idText && id !== idText.toLowerCase()) issues.push({ code: 'id-replaced', type, id, field: 'id', where, skipped: 'nothing' });

	const record: AnyRecord = { id };
	const extra: ExtraFields = {};
	for (const [field, value] of Object.entries(raw)) {
		if (field === 'id' || Object.hasOwn(table.children, field)) continue;
		const spec = Object.hasOwn(table.fields, field) ? table.fields[field] : undefined;
		if (!spec) {
			if (field === '__proto__') {
				issues.push({ code: 'unsafe-key', type, id, field, where, skipped: 'field' });
				continue;
			}
			const cleaned = cleanUnknown(value, limits);
			if (cleaned.code) issues.push({ code: cleaned.code, type, id, field, where, skipped: 'field' });
			else if (cleaned.value !== undefined) extra[field] = cleaned.value;
			continue;
		}
		if (spec.format === 'uuid') {
			const link = typeof value === 'string' ? cleanText(value).trim() : typeof value === 'number' ? String(value) : value;
			if (link === undefined || link === null || link === '') continue;
			if (typeof link !== 'string' || link.length > 200) issues.push({ code: 'wrong-type', type, id, field, where, skipped: 'field' });
			else record[field] = hsdsId(link);
			continue;
		}
		const checked = checkField(spec, value, limits);
		if (checked === undefined) continue;
		if (checked.ok) record[field] = checked.value;
		else issues.push({ code: checked.code, type, id, field, where, skipped: 'field' });
	}
	if (Object.keys(extra).length > 0) record.extra = extra;

	const required = options.tabular ? [...table.required, ...table.tabularRequired] : table.required;
	const missing = required.filter((field) => record[field] === undefined);
	if (missing.length > 0) {
		// A required field that was present but wrong is reported as such; one that was absent as missing.
		const reported = new Set(issues.filter((issue) => issue.skipped === 'field').map((issue) => issue.field));
		const problems = issues.map((issue) => (missing.includes(issue.field ?? '') ? { ...issue, skipped: 'record' as const } : issue));
		for (const field of missing) {
			if (!reported.has(field)) problems.push({ code: 'missing-required', type, id, field, where, skipped: 'record' });
		}
		return { issues: problems };
	}
	return { record, issues };
}

const uuidSchema = v.pipe(v.string(issue('invalid-format')), v.check((value: string) => isUuid(value), issue('invalid-format')));

/** A stored field: of the right type already, and a value its import check would keep unchanged. */
function storedFieldSchema(spec: FieldSpec): v.GenericSchema<unknown, FieldValue> {
	if (spec.format === 'uuid') return uuidSchema;
	const imported = fieldSchema(spec);
	const type = spec.kind === 'number' ? v.pipe(v.number(issue('wrong-type')), v.finite(issue('wrong-type'))) : v.string(issue('wrong-type'));
	return v.pipe(
		type,
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed || isAbsent(dataset.value)) return;
			const result = v.safeParse(imported, dataset.value, { abortEarly: true });
			if (!result.success) addIssue({ message: result.issues[0].message });
			else if (result.output !== dataset.value) addIssue({ message: issue('invalid-format') });
		})
	) as v.GenericSchema<unknown, FieldValue>;
}

const extraSchema = v.optional(v.pipe(PlainObjectSchema, v.record(v.string(), v.unknown(), issue('wrong-type'))));
const storedSchemas = new Map<HsdsRecordType, v.GenericSchema<unknown, AnyRecord>>();

/**
 * The schema of a finished flat record of `type`, as the directory stores and exports it: its
 * required fields, every field of the right type and format, its `extra` bag, and no other field.
 */
export function storedRecordSchema(type: HsdsRecordType): v.GenericSchema<unknown, AnyRecord> {
	let schema = storedSchemas.get(type);
	if (schema) return schema;
	const table = HSDS_TABLES[type];
	const entries: Record<string, v.GenericSchema<unknown, unknown>> = { extra: extraSchema };
	for (const [field, spec] of Object.entries(table.fields)) {
		const checked = storedFieldSchema(spec);
		entries[field] = table.required.includes(field) ? checked : v.optional(checked);
	}
	schema = v.strictObject(entries, issue('unknown-record')) as unknown as v.GenericSchema<unknown, AnyRecord>;
	storedSchemas.set(type, schema);
	return schema;
}

/** Every problem with a finished flat record (used to check exports and stored data). */
export function recordProblems(type: HsdsRecordType, record: unknown): RecordIssueCode[] {
	if (!isPlainObject(record)) return ['not-an-object'];
	const result = v.safeParse(storedRecordSchema(type), record);
	if (result.success) return [];
	return result.issues.map((found) => {
		const field = found.path?.[0]?.key;
		// A required field that is not there is reported by the object, as its message says nothing of why.
		if (found.type === 'strict_object' && found.input === undefined) return field === 'id' ? 'missing-id' : 'missing-required';
		return found.message as RecordIssueCode;
	});
}
