/**
 * Backup files: everything the person has in Langkah's database, in one file locked with a
 * passphrase they choose, and restoring such a file, on this phone or another, all or nothing.
 *
 * What goes in: every table of the `langkah` database (db/database.ts) through dexie-export-import
 * (runs, saved services, notes to services with their trackers, people I can ask, unmet needs, the
 * safety plan, imported directories and their records), and of the `settings` table only the
 * person's own choices (`PERSON_SETTING_KEYS`: language and theme). Facts about one phone (whether
 * the browser promised to keep the data, when the last backup was made, anything a future lock
 * keeps) stay out, and a restore never touches them. Tables listed in `DEVICE_ONLY_TABLES` are
 * left out whole (none today; the lock's own table, if it gets one, belongs there).
 *
 * The file (name `langkah-backup-YYYY-MM-DD.langkah`), byte by byte:
 *
 *   {"format":"langkah-backup","version":1,...}\n<ciphertext>
 *
 * 1. A plain JSON header on one line (UTF-8, no line break inside), then one line feed (0x0A):
 *    - `format`: "langkah-backup"; `version`: this layout's version (1);
 *    - `app`: the version of Langkah that made it; `schema`: its database schema version;
 *    - `created`: when it was made (ISO 8601, UTC);
 *    - `kdf`: "PBKDF2-SHA256", `iterations` (600,000 or more), `salt` (16 random bytes, base64);
 *    - `cipher`: "AES-256-GCM", `iv` (12 random bytes, base64);
 *    - `check` (base64 of 28 bytes): a second IV and the 16-byte tag of encrypting nothing with the
 *      same key, so that a wrong passphrase can be told apart from a damaged file;
 *    - `compression`: "gzip" (or "none" where the browser has no CompressionStream).
 *    The header says nothing about what the file holds: no counts, no names.
 * 2. The rest of the file is the AES-GCM ciphertext (with its 16-byte tag at the end) of the
 *    dexie-export-import JSON, gzip-compressed first. The header's exact bytes are the cipher's
 *    additional data: changing one byte of the header or of the ciphertext makes the whole file
 *    refused.
 *
 * Restoring checks everything before writing anything: the header (another format, a newer
 * version of the file, of the app or of the database is refused), the passphrase, the cipher's
 * tag, the JSON. Then one IndexedDB transaction over every table either writes it all or, on any
 * error, nothing. Two ways:
 * - `replace`: the person's tables are emptied and filled from the file (device facts stay);
 * - `merge`: for each record the newer copy wins, by the table's date (`MERGE_DATE_FIELDS`); a
 *   record without a date comes from the file only when this phone does not have it. Imported
 *   directories are merged whole: when the file's copy of a directory is newer, its records
 *   replace this phone's records of that directory, so two versions are never mixed.
 * Either way the last-backup date becomes the file's date when that is later.
 *
 * Heavy parts stay off the main thread or in small steps: key derivation, encryption and
 * compression run inside the browser (Web Crypto, CompressionStream); the database is read and
 * written in chunks with `onProgress` reports in between. Parsing the decrypted JSON is the one
 * synchronous step (about a tenth of a second for a year of daily use).
 *
 * A backup made with an older schema is imported as it is. When a schema version adds an
 * `upgrade()` that moves data (db/schema.ts), restoring an older backup must run it too: add that
 * here, with a test that restores a file of the older version.
 */
import { importInto, exportDB } from 'dexie-export-import';
import Dexie from 'dexie';
import { version as PACKAGE_VERSION } from '../../../package.json';
import { database, type LangkahDatabase } from '$lib/db/database';
import { LAST_BACKUP_KEY } from '$lib/db/backup-status.repo';
import { LATEST_VERSION } from '$lib/db/schema';
import {
	decryptBytes,
	deriveKeyFromPassphrase,
	encryptBytes,
	fromBase64,
	isAcceptedIterationCount,
	isPassphraseLongEnough,
	IV_BYTES,
	MIN_PBKDF2_ITERATIONS,
	randomBytes,
	SALT_BYTES,
	toBase64
} from './passphrase-crypto';

export const BACKUP_FORMAT = 'langkah-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_EXTENSION = '.langkah';
export const APP_VERSION: string = PACKAGE_VERSION;

/** The settings that are the person's own choices, and so travel in a backup. */
export const PERSON_SETTING_KEYS: readonly string[] = ['language', 'theme'];
/** Tables that hold only facts about this phone: never in a backup, never touched by a restore. */
export const DEVICE_ONLY_TABLES: readonly string[] = [];
/** The date that decides which copy of a record is newer when merging. */
export const MERGE_DATE_FIELDS: Readonly<Record<string, string>> = {
	runs: 'updatedAt',
	referrals: 'updatedAt',
	people: 'updatedAt',
	safetyPlan: 'updatedAt',
	unmetNeeds: 'notedAt',
	myServices: 'savedAt',
	packs: 'importedAt',
	flows: 'updatedAt',
	network: 'updatedAt',
	dueMarks: 'updatedAt',
	received: 'receivedAt',
	serviceEvents: 'updatedAt'
};

/** The longest header read: a real one is about 400 bytes. */
const MAX_HEADER_BYTES = 4096;
const CHECK_BYTES = IV_BYTES + 16;
const CHECK_DATA = new TextEncoder().encode('langkah-backup-check');
/** Rows read between two progress reports; the page gets its turn while each chunk is read. */
const ROWS_PER_CHUNK = 200;

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	app: string;
	schema: number;
	created: string;
	kdf: 'PBKDF2-SHA256';
	iterations: number;
	salt: string;
	cipher: 'AES-256-GCM';
	iv: string;
	check: string;
	compression: 'gzip' | 'none';
}

export type BackupPhase = 'reading' | 'locking' | 'unlocking' | 'writing';

export interface BackupProgress {
	phase: BackupPhase;
	/** Rows done and the total, while reading or writing the database. */
	done?: number;
	total?: number;
}

export interface BackupOptions {
	db?: LangkahDatabase;
	now?: number;
	iterations?: number;
	onProgress?: (progress: BackupProgress) => void;
}

export interface MadeBackup {
	file: Blob;
	fileName: string;
	createdAt: number;
	header: BackupHeader;
}

/** Why a passphrase cannot be used to make a backup. */
export class PassphraseTooShortError extends Error {
	constructor() {
		super('The passphrase is too short');
		this.name = 'PassphraseTooShortError';
	}
}

/** `langkah-backup-2026-11-30.langkah`, by the local date. */
export function backupFileName(at: number): string {
	const date = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${BACKUP_FORMAT}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}${BACKUP_FILE_EXTENSION}`;
}

/** -1, 0 or 1 as version `a` is older than, the same as, or newer than `b` ("1.2.3"; pre-release tags ignored). */
export function compareAppVersions(a: string, b: string): number {
	const parts = (v: string) => v.split(/[-+]/)[0]!.split('.').map((part) => Number.parseInt(part, 10) || 0);
	const [pa, pb] = [parts(a), parts(b)];
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (difference !== 0) return Math.sign(difference);
	}
	return 0;
}

function settingKeyOf(value: unknown): unknown {
	return typeof value === 'object' && value !== null ? (value as { key?: unknown }).key : undefined;
}

function isPersonSetting(value: unknown): boolean {
	const key = settingKeyOf(value);
	return typeof key === 'string' && PERSON_SETTING_KEYS.includes(key);
}

async function compress(data: Blob): Promise<{ bytes: Uint8Array<ArrayBuffer>; compression: BackupHeader['compression'] }> {
	if (typeof CompressionStream !== 'function') return { bytes: new Uint8Array(await data.arrayBuffer()), compression: 'none' };
	const stream = data.stream().pipeThrough(new CompressionStream('gzip'));
	return { bytes: new Uint8Array(await new Response(stream).arrayBuffer()), compression: 'gzip' };
}

async function decompress(bytes: Uint8Array<ArrayBuffer>, compression: BackupHeader['compression']): Promise<string> {
	if (compression === 'none') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	if (typeof DecompressionStream === 'function') {
		const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
		return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
	}
	const { gunzipSync } = await import('fflate');
	return new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(bytes));
}

/**
 * Makes a backup file of everything the person has, locked with `passphrase` (at least 8
 * characters), and notes its date as the last backup. Throws PassphraseTooShortError for a short
 * passphrase, and storage errors as they come.
 */
export async function createBackup(passphrase: string, options: BackupOptions = {}): Promise<MadeBackup> {
	if (!isPassphraseLongEnough(passphrase)) throw new PassphraseTooShortError();
	const db = options.db ?? database();
	const createdAt = options.now ?? Date.now();
	const report = options.onProgress ?? (() => {});

	report({ phase: 'reading', done: 0 });
	const exported = await exportDB(db, {
		skipTables: [...DEVICE_ONLY_TABLES],
		numRowsPerChunk: ROWS_PER_CHUNK,
		filter: (table, value) => table !== 'settings' || isPersonSetting(value),
		progressCallback: ({ completedRows, totalRows }) => {
			report({ phase: 'reading', done: completedRows, total: Number.isFinite(totalRows) ? totalRows : undefined });
			return true;
		}
	});

	report({ phase: 'locking' });
	const { file, header } = await sealBackup(exported, passphrase, { createdAt, schema: db.verno, iterations: options.iterations });
	await db.settings.put({ key: LAST_BACKUP_KEY, value: createdAt });
	return { file, fileName: backupFileName(createdAt), createdAt, header };
}

export interface SealOptions {
	createdAt: number;
	schema: number;
	iterations?: number;
	/** Another app version in the header (tests of files from other versions). */
	app?: string;
}

/**
 * Locks a database export (dexie-export-import JSON) into the backup file layout described at the
 * top of this module. createBackup uses it; tests use it to make files with unusual contents.
 */
export async function sealBackup(payload: Blob, passphrase: string, options: SealOptions): Promise<{ file: Blob; header: BackupHeader }> {
	const { bytes, compression } = await compress(payload);
	const salt = randomBytes(SALT_BYTES);
	const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS;
	const key = await deriveKeyFromPassphrase(passphrase, salt, iterations);
	const check = await encryptBytes(key, new Uint8Array(0), CHECK_DATA);
	const iv = randomBytes(IV_BYTES);
	const header: BackupHeader = {
		format: BACKUP_FORMAT,
		version: BACKUP_FORMAT_VERSION,
		app: options.app ?? APP_VERSION,
		schema: options.schema,
		created: new Date(options.createdAt).toISOString(),
		kdf: 'PBKDF2-SHA256',
		iterations,
		salt: toBase64(salt),
		cipher: 'AES-256-GCM',
		iv: toBase64(iv),
		check: toBase64(concat(check.iv, check.ciphertext)),
		compression
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	const { ciphertext } = await encryptBytes(key, bytes, headerBytes, iv);
	return { file: new Blob([headerBytes, new Uint8Array([0x0a]), ciphertext], { type: 'application/octet-stream' }), header };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

// ---------------------------------------------------------------------------------------------
// Reading a file

/**
 * Why a file was not restored (nothing was changed in any case):
 * - `not-backup`: not a Langkah backup file at all;
 * - `newer-version`: made by a newer Langkah (update this one first);
 * - `wrong-passphrase`: the passphrase does not open it;
 * - `damaged`: the file was changed or damaged;
 * - `storage`: this phone's storage refused the writing.
 */
export type RestoreFailure = 'not-backup' | 'newer-version' | 'wrong-passphrase' | 'damaged' | 'storage';

export type InspectResult =
	| { ok: true; header: BackupHeader; headerBytes: Uint8Array<ArrayBuffer>; ciphertext: Uint8Array<ArrayBuffer>; createdAt: number }
	| { ok: false; reason: RestoreFailure };

async function bytesOf(file: Blob | Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	return file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
}

/** Reads a file's plain header and checks that this version of Langkah can restore it (no passphrase needed). */
export async function inspectBackupFile(file: Blob | Uint8Array<ArrayBuffer>): Promise<InspectResult> {
	const bytes = await bytesOf(file);
	const end = bytes.subarray(0, MAX_HEADER_BYTES + 1).indexOf(0x0a);
	if (end <= 0) return { ok: false, reason: 'not-backup' };
	const headerBytes = bytes.slice(0, end);
	let header: Record<string, unknown>;
	try {
		const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, reason: 'not-backup' };
		header = parsed as Record<string, unknown>;
	} catch {
		return { ok: false, reason: 'not-backup' };
	}
	if (header.format !== BACKUP_FORMAT) return { ok: false, reason: 'not-backup' };
	if (!Number.isInteger(header.version) || (header.version as number) < 1) return { ok: false, reason: 'damaged' };
	if ((header.version as number) > BACKUP_FORMAT_VERSION) return { ok: false, reason: 'newer-version' };
	if (typeof header.app !== 'string' || !Number.isInteger(header.schema)) return { ok: false, reason: 'damaged' };
	if (compareAppVersions(header.app, APP_VERSION) > 0 || (header.schema as number) > LATEST_VERSION) return { ok: false, reason: 'newer-version' };
	const createdAt = typeof header.created === 'string' ? Date.parse(header.created) : Number.NaN;
	const salt = fromBase64(header.salt);
	const iv = fromBase64(header.iv);
	const check = fromBase64(header.check);
	const valid =
		Number.isFinite(createdAt) &&
		header.kdf === 'PBKDF2-SHA256' &&
		isAcceptedIterationCount(header.iterations) &&
		salt?.length === SALT_BYTES &&
		header.cipher === 'AES-256-GCM' &&
		iv?.length === IV_BYTES &&
		check?.length === CHECK_BYTES &&
		(header.compression === 'gzip' || header.compression === 'none');
	if (!valid) return { ok: false, reason: 'damaged' };
	const ciphertext = bytes.slice(end + 1);
	if (ciphertext.length < 16) return { ok: false, reason: 'damaged' };
	return { ok: true, header: header as unknown as BackupHeader, headerBytes, ciphertext, createdAt };
}

/** The dexie-export-import file, as far as it is checked before anything is written. */
interface DexieExport {
	formatName: 'dexie';
	formatVersion: number;
	data: {
		databaseName: string;
		databaseVersion: number;
		tables: { name: string; schema: string; rowCount: number }[];
		data: { tableName: string; inbound: boolean; rows: unknown[] }[];
	};
}

function isDexieExport(value: unknown, db: LangkahDatabase): value is DexieExport {
	if (typeof value !== 'object' || value === null) return false;
	const file = value as Partial<DexieExport>;
	const data = file.data;
	if (file.formatName !== 'dexie' || typeof file.formatVersion !== 'number' || !data) return false;
	if (data.databaseName !== db.name || !Number.isInteger(data.databaseVersion) || data.databaseVersion > LATEST_VERSION) return false;
	if (!Array.isArray(data.tables) || !Array.isArray(data.data)) return false;
	const known = new Set(db.tables.map((table) => table.name));
	return data.data.every(
		(table) =>
			typeof table === 'object' &&
			table !== null &&
			known.has(table.tableName) &&
			!DEVICE_ONLY_TABLES.includes(table.tableName) &&
			table.inbound === true &&
			Array.isArray(table.rows) &&
			table.rows.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))
	);
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreOptions {
	db?: LangkahDatabase;
	onProgress?: (progress: BackupProgress) => void;
}

export type RestoreResult =
	| { ok: true; header: BackupHeader; createdAt: number; mode: RestoreMode; /** Records written, by table. */ written: Record<string, number> }
	| { ok: false; reason: RestoreFailure; error?: unknown };

/**
 * Restores a backup file. Nothing is written unless the passphrase opens the file, the file is
 * whole and this version of Langkah can read it; then everything is written in one transaction.
 */
export async function restoreBackup(
	file: Blob | Uint8Array<ArrayBuffer>,
	passphrase: string,
	mode: RestoreMode,
	options: RestoreOptions = {}
): Promise<RestoreResult> {
	const db = options.db ?? database();
	const report = options.onProgress ?? (() => {});
	const inspected = await inspectBackupFile(file);
	if (!inspected.ok) return inspected;
	const { header, headerBytes, ciphertext, createdAt } = inspected;

	report({ phase: 'unlocking' });
	const key = await deriveKeyFromPassphrase(passphrase, fromBase64(header.salt)!, header.iterations);
	const check = fromBase64(header.check)!;
	try {
		await decryptBytes(key, { iv: check.slice(0, IV_BYTES), ciphertext: check.slice(IV_BYTES) }, CHECK_DATA);
	} catch {
		return { ok: false, reason: 'wrong-passphrase' };
	}
	let exported: unknown;
	try {
		const compressed = await decryptBytes(key, { iv: fromBase64(header.iv)!, ciphertext }, headerBytes);
		exported = JSON.parse(await decompress(compressed, header.compression));
	} catch (error) {
		// The tag does not match (a changed byte), or what it holds is not compressed JSON.
		return { ok: false, reason: 'damaged', error };
	}
	if (!isDexieExport(exported, db)) return { ok: false, reason: 'damaged' };

	const total = exported.data.data.reduce((sum, table) => sum + table.rows.length, 0);
	report({ phase: 'writing', done: 0, total });
	const written: Record<string, number> = {};
	try {
		await db.transaction('rw', db.tables, async () => {
			const filter = mode === 'replace' ? await prepareReplace(db) : await prepareMerge(db, exported as DexieExport);
			await importInto(db, preparsedStream(exported as DexieExport), {
				acceptVersionDiff: true,
				overwriteValues: true,
				skipTables: [...DEVICE_ONLY_TABLES],
				filter: (table, value) => {
					const keep = filter(table, value);
					if (keep) written[table] = (written[table] ?? 0) + 1;
					return keep;
				},
				progressCallback: ({ completedRows }) => {
					report({ phase: 'writing', done: completedRows, total });
					return true;
				}
			});
			const lastBackupAt = (await db.settings.get(LAST_BACKUP_KEY))?.value;
			if (typeof lastBackupAt !== 'number' || lastBackupAt < createdAt) await db.settings.put({ key: LAST_BACKUP_KEY, value: createdAt });
		});
	} catch (error) {
		return { ok: false, reason: isStorageError(error) ? 'storage' : 'damaged', error };
	}
	report({ phase: 'writing', done: total, total });
	return { ok: true, header, createdAt, mode, written };
}

/** Errors of the storage itself (full, blocked), as opposed to records that do not fit. */
function isStorageError(error: unknown): boolean {
	const name = (error as { name?: unknown; inner?: { name?: unknown } } | null)?.name;
	const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
	return [name, inner].some((n) => n === 'QuotaExceededError' || n === 'UnknownError' || n === 'InvalidStateError' || n === 'DatabaseClosedError' || n === 'OpenFailedError');
}

/**
 * dexie-export-import reads a Blob through FileReader in chunks (not in Node, and not inside an
 * open transaction without waits). The file is already in memory and parsed: this hands it over as
 * a stream that has nothing more to read.
 */
function preparsedStream(exported: DexieExport): Parameters<typeof importInto>[1] {
	const stream = { pullAsync: async () => exported, pullSync: () => exported, done: () => true, eof: () => true, result: exported };
	return stream as unknown as Parameters<typeof importInto>[1];
}

type RecordFilter = (table: string, value: unknown) => boolean;

/** Replace: empties the person's tables (inside the restore's transaction); every record of the file is written. */
async function prepareReplace(db: LangkahDatabase): Promise<RecordFilter> {
	for (const table of db.tables) {
		if (DEVICE_ONLY_TABLES.includes(table.name)) continue;
		if (table.name === 'settings') await table.bulkDelete([...PERSON_SETTING_KEYS]);
		else await table.clear();
	}
	return (table, value) => table !== 'settings' || isPersonSetting(value);
}

function keyString(key: unknown): string {
	return JSON.stringify(key);
}

function dateOf(value: unknown, field: string): number | undefined {
	const date = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
	return typeof date === 'number' && Number.isFinite(date) ? date : undefined;
}

/**
 * Merge: decides, for each record of the file, whether it is written (inside the restore's
 * transaction, so that nothing changes between deciding and writing).
 */
async function prepareMerge(db: LangkahDatabase, exported: DexieExport): Promise<RecordFilter> {
	// This phone's records: their keys, and their dates where the table has one.
	const local = new Map<string, Map<string, number | undefined>>();
	for (const table of db.tables) {
		const field = MERGE_DATE_FIELDS[table.name];
		const entries = new Map<string, number | undefined>();
		if (field) {
			await table.each((value, cursor) => entries.set(keyString(cursor.primaryKey), dateOf(value, field)));
		} else {
			for (const key of await table.toCollection().primaryKeys()) entries.set(keyString(key), undefined);
		}
		local.set(table.name, entries);
	}
	const keyOf = (table: string, value: unknown) => keyString(Dexie.getByKeyPath(value as object, db.table(table).schema.primKey.keyPath as string | string[]));

	// Directories go whole: the file's copy of a directory wins when it is newer.
	const filePacks = exported.data.data.find((table) => table.tableName === 'packs')?.rows ?? [];
	const packsInFile = new Set<string>();
	const winningPacks = new Set<string>();
	for (const pack of filePacks) {
		const id = (pack as { id?: unknown }).id;
		if (typeof id !== 'string') continue;
		packsInFile.add(id);
		if (newerInFile(local.get('packs')!, keyString(id), dateOf(pack, 'importedAt'))) winningPacks.add(id);
	}
	for (const packId of winningPacks) {
		if (local.get('packs')!.has(keyString(packId))) await db.directoryRecords.where('packId').equals(packId).delete();
	}

	return (table, value) => {
		const entries = local.get(table);
		if (!entries) return false;
		const key = keyOf(table, value);
		if (table === 'settings') return isPersonSetting(value) && !entries.has(key);
		if (table === 'directoryRecords') {
			const packId = (value as { packId?: unknown }).packId;
			if (typeof packId === 'string' && packsInFile.has(packId)) return winningPacks.has(packId);
			return !entries.has(key);
		}
		const field = MERGE_DATE_FIELDS[table];
		return field ? newerInFile(entries, key, dateOf(value, field)) : !entries.has(key);
	};
}

/** The file's record wins when this phone has none, or when the file's date is later (an undated copy here loses to a dated one). */
function newerInFile(entries: Map<string, number | undefined>, key: string, fileDate: number | undefined): boolean {
	if (!entries.has(key)) return true;
	if (fileDate === undefined) return false;
	const localDate = entries.get(key);
	return localDate === undefined || fileDate > localDate;
}
