/**
 * Checks one HSDS record against its table in `HSDS_TABLES` (the HSDS 3.0 schemas, compiled by
 * hand into data: see hsds.ts) and turns it into the flat record the directory keeps. A compact
 * interpreter instead of a JSON Schema library: the app's Content-Security-Policy forbids the code
 * generation such libraries use, and the schemas use only types, formats, enums and `required`.
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isValidDate(value: string): boolean {
	const parts = DATE_PATTERN.exec(value);
	if (!parts) return false;
	const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Checked = { ok: true; value: string | number } | { ok: false; code: RecordIssueCode };

function checkFormat(spec: FieldSpec, value: string): Checked {
	switch (spec.format) {
		case 'email':
			return EMAIL_PATTERN.test(value) ? { ok: true, value } : { ok: false, code: 'invalid-format' };
		case 'uri': {
			const scheme = URI_PATTERN.exec(value)?.[1]?.toLowerCase();
			if (!scheme) return { ok: false, code: 'invalid-format' };
			return SAFE_SCHEMES.has(scheme) ? { ok: true, value } : { ok: false, code: 'unsafe-url' };
		}
		case 'date':
			return isValidDate(value) ? { ok: true, value } : { ok: false, code: 'invalid-format' };
		case 'date-time': {
			// HSDS reads a date-time without a zone as UTC; a bare date as its midnight in UTC.
			let candidate = isValidDate(value) ? `${value}T00:00:00Z` : value;
			if (/[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?$/.test(candidate)) candidate = `${candidate}Z`;
			const parts = DATE_TIME_PATTERN.exec(candidate);
			if (!parts || !isValidDate(parts[1]!) || Number.isNaN(Date.parse(candidate))) return { ok: false, code: 'invalid-format' };
			return { ok: true, value: candidate };
		}
		case 'time': {
			const parts = TIME_PATTERN.exec(value);
			if (!parts) return { ok: false, code: 'invalid-format' };
			// "9:00" is read as "09:00"; everything else is kept as written.
			return { ok: true, value: parts[1]!.length === 1 ? `0${value}` : value };
		}
		default:
			return { ok: true, value };
	}
}

/** Coerces and checks one value of a known field. `undefined` means "absent". */
function checkField(spec: FieldSpec, raw: unknown, limits: ValidationLimits): Checked | undefined {
	if (raw === undefined || raw === null) return undefined;
	if (spec.kind === 'number') {
		if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, code: 'wrong-type' };
		if (typeof raw === 'string') {
			const trimmed = raw.trim();
			if (trimmed === '') return undefined;
			return NUMBER_PATTERN.test(trimmed) ? { ok: true, value: Number(trimmed) } : { ok: false, code: 'wrong-type' };
		}
		return { ok: false, code: 'wrong-type' };
	}
	let value: string;
	if (typeof raw === 'string') value = cleanText(raw);
	else if (typeof raw === 'number' && Number.isFinite(raw)) value = String(raw);
	else if (typeof raw === 'boolean') value = String(raw);
	else return { ok: false, code: 'wrong-type' };
	if (value.trim() === '') return undefined;
	if (value.length > limits.maxTextLength) return { ok: false, code: 'too-long' };
	if (spec.values) {
		const wanted = value.trim().toLowerCase();
		const match = spec.values.find((allowed) => allowed.toLowerCase() === wanted);
		return match === undefined ? { ok: false, code: 'invalid-value' } : { ok: true, value: match };
	}
	if (spec.format && spec.format !== 'uuid') return checkFormat(spec, value.trim());
	return { ok: true, value };
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

/** Every problem with a finished flat record (used to check exports and stored data). */
export function recordProblems(type: HsdsRecordType, record: unknown): RecordIssueCode[] {
	if (!isPlainObject(record)) return ['not-an-object'];
	const table = HSDS_TABLES[type];
	const problems: RecordIssueCode[] = [];
	for (const field of table.required) if (record[field] === undefined) problems.push(field === 'id' ? 'missing-id' : 'missing-required');
	for (const [field, value] of Object.entries(record)) {
		if (field === 'extra' || value === undefined) continue;
		const spec = Object.hasOwn(table.fields, field) ? table.fields[field] : undefined;
		if (!spec) {
			problems.push('unknown-record');
			continue;
		}
		if (spec.format === 'uuid') {
			if (!isUuid(value)) problems.push('invalid-format');
			continue;
		}
		if (spec.kind === 'number' ? typeof value !== 'number' || !Number.isFinite(value) : typeof value !== 'string') {
			problems.push('wrong-type');
			continue;
		}
		const checked = checkField(spec, value, DEFAULT_VALIDATION_LIMITS);
		if (checked && (!checked.ok || checked.value !== value)) problems.push(checked.ok ? 'invalid-format' : checked.code);
	}
	return problems;
}
