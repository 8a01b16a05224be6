/**
 * Encryption at rest while the lock is on: a Dexie DBCore middleware that encrypts the person's
 * own words on their way into IndexedDB and decrypts them on their way out, so that every repo,
 * and dexie-export-import (backups), keep using the table API as if nothing were encrypted.
 *
 * What is stored where, while the lock is on (`ENCRYPTED_FIELDS`):
 * - runs: `snapshot` (everything typed in an exercise), `followUps` and `activitiesDone`;
 * - referrals: `serviceName`, `note`, `answers`, `trackerNotes`;
 * - people: `name`, `howTheyCanHelp`, `contact`, `relation` (`needs`, the categories they help
 *   with, stays plain and indexed, like an unmet need's category);
 * - unmetNeeds: `what`; safetyPlan: `items`; myServices: `serviceName`;
 * - network: `name`, `helps`, `strained`, `note`;
 * - received (summaries clients sent back to a worker): `summary`;
 * - serviceEvents: `who`, `what` (what happened with a service and what was said).
 * Each such field then holds `{ $enc: 1, iv, data }`: a fresh 12-byte IV and the AES-GCM ciphertext
 * of the field's JSON, with "table.field" as additional data (a value moved to another field does
 * not decrypt). Keys, dates, statuses, categories and every indexed field stay plain, and so do
 * `settings`, `packs` and `directoryRecords` (imported public directories), and `dueMarks` (only
 * keys, days and times: the words of a due item stay in its run or referral, encrypted there).
 *
 * An encrypted value describes itself, so a table may hold plain and encrypted records side by
 * side while the lock is being turned on or off (`rewriteRecords`, batch by batch). Reads decrypt
 * whatever is encrypted when the key is in memory and throw `DatabaseLockedError` otherwise;
 * writes encrypt when `atRestKeyring.encryptsWrites` is on, and refuse to write plain words while
 * it is on without a key. The data key itself is held by `atRestKeyring`, in memory only (see
 * lock-keys.ts for how it is stored wrapped).
 *
 * Web Crypto is asynchronous and IndexedDB commits a transaction that has nothing pending, so while
 * a value is encrypted or decrypted the transaction is kept busy with cheap reads (as Dexie's own
 * `waitFor` does), and the result is handed on from inside one of them, while it is still active.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { lockedDataFound } from './lock-signal';
import { decryptBytes, encryptBytes, IV_BYTES, randomBytes } from './passphrase-crypto';

export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
	runs: ['snapshot', 'followUps', 'activitiesDone'],
	referrals: ['serviceName', 'note', 'answers', 'trackerNotes'],
	people: ['name', 'howTheyCanHelp', 'contact', 'relation'],
	unmetNeeds: ['what'],
	safetyPlan: ['items'],
	myServices: ['serviceName'],
	network: ['name', 'helps', 'strained', 'note'],
	received: ['summary'],
	serviceEvents: ['who', 'what']
};

export interface EncryptedValue {
	$enc: 1;
	iv: Uint8Array<ArrayBuffer>;
	data: Uint8Array<ArrayBuffer>;
}

/**
 * Thrown when the person's words are asked for (or would be written plain) while the app is locked;
 * the lock hears of it and shows the unlock screen.
 */
export class DatabaseLockedError extends Error {
	constructor() {
		super('Langkah is locked');
		this.name = 'DatabaseLockedError';
		lockedDataFound();
	}
}

/** The data key in memory, and whether new writes are encrypted (lock on, or turning on). */
export const atRestKeyring = {
	key: undefined as CryptoKey | undefined,
	encryptsWrites: false,
	set(key: CryptoKey | undefined, encryptsWrites: boolean): void {
		this.key = key;
		this.encryptsWrites = encryptsWrites;
	},
	/** Drops the key (locking); writes keep refusing plain text if encryption is on. */
	forgetKey(): void {
		this.key = undefined;
	}
};

export type AtRestKeyring = typeof atRestKeyring;

export function isEncryptedValue(value: unknown): value is EncryptedValue {
	return typeof value === 'object' && value !== null && (value as { $enc?: unknown }).$enc === 1 && (value as { data?: unknown }).data instanceof Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function encryptValue(key: CryptoKey, table: string, field: string, value: unknown): Promise<EncryptedValue> {
	const iv = randomBytes(IV_BYTES);
	const { ciphertext } = await encryptBytes(key, encoder.encode(JSON.stringify(value ?? null)), encoder.encode(`${table}.${field}`), iv);
	return { $enc: 1, iv, data: ciphertext };
}

export async function decryptValue(key: CryptoKey, table: string, field: string, value: EncryptedValue): Promise<unknown> {
	const plain = await decryptBytes(key, { iv: new Uint8Array(value.iv), ciphertext: new Uint8Array(value.data) }, encoder.encode(`${table}.${field}`));
	return JSON.parse(decoder.decode(plain));
}

/** A record with its sensitive fields encrypted (fields already encrypted, or absent, stay as they are). */
async function encryptRecord(key: CryptoKey, table: string, fields: readonly string[], record: unknown): Promise<unknown> {
	if (typeof record !== 'object' || record === null) return record;
	const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
	for (const field of fields) {
		if (!(field in out) || out[field] === undefined || isEncryptedValue(out[field])) continue;
		out[field] = await encryptValue(key, table, field, out[field]);
	}
	return out;
}

function hasEncryptedField(fields: readonly string[], record: unknown): boolean {
	return typeof record === 'object' && record !== null && fields.some((field) => isEncryptedValue((record as Record<string, unknown>)[field]));
}

/** A record with its sensitive fields decrypted; throws `DatabaseLockedError` when one is encrypted and there is no key. */
export async function decryptRecord(key: CryptoKey | undefined, table: string, fields: readonly string[], record: unknown): Promise<unknown> {
	if (!hasEncryptedField(fields, record)) return record;
	if (!key) throw new DatabaseLockedError();
	const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
	for (const field of fields) {
		const value = out[field];
		if (isEncryptedValue(value)) out[field] = await decryptValue(key, table, field, value);
	}
	return out;
}

/**
 * Settles like `work`, but keeps the IndexedDB transaction `trans` alive meanwhile and settles
 * from inside one of its request callbacks, so the caller may go on using the transaction.
 */
export function keepingTransactionAlive<T>(trans: unknown, storeName: string, work: Promise<T>): Promise<T> {
	const idb = trans as Partial<IDBTransaction> | undefined;
	if (typeof idb?.objectStore !== 'function') return work;
	let store: IDBObjectStore;
	try {
		store = idb.objectStore(storeName);
	} catch {
		return work;
	}
	return new Promise<T>((resolve, reject) => {
		let outcome: (() => void) | undefined;
		work.then(
			(value) => (outcome = () => resolve(value)),
			(error: unknown) => (outcome = () => reject(error))
		);
		const spin = () => {
			if (outcome) return outcome();
			try {
				const request = store.get(-Infinity);
				request.onsuccess = spin;
				request.onerror = spin;
			} catch {
				// The transaction is over: hand the result on as it comes.
				work.then(resolve, reject);
			}
		};
		spin();
	});
}

function wrapCursor(cursor: DBCoreCursor, decrypt: (value: unknown) => Promise<unknown>, tableName: string): DBCoreCursor {
	let decrypted: unknown;
	return Object.create(cursor, {
		value: { get: () => decrypted },
		start: {
			value: (onNext: () => void) =>
				cursor.start(() => {
					const raw = cursor.value;
					keepingTransactionAlive(cursor.trans, tableName, decrypt(raw)).then(
						(value) => {
							decrypted = value;
							onNext();
						},
						(error: unknown) => cursor.fail(error instanceof Error ? error : new Error(String(error)))
					);
				})
		}
	}) as DBCoreCursor;
}

function encryptingTable(table: DBCoreTable, fields: readonly string[], keyring: AtRestKeyring): DBCoreTable {
	const name = table.name;
	const decrypt = (record: unknown) => decryptRecord(keyring.key, name, fields, record);
	const decryptAll = (records: unknown[]) => Promise.all(records.map(decrypt));
	return {
		...table,
		async mutate(request: DBCoreMutateRequest) {
			if ((request.type !== 'add' && request.type !== 'put') || !keyring.encryptsWrites) return table.mutate(request);
			const key = keyring.key;
			if (!key) throw new DatabaseLockedError();
			const values = await keepingTransactionAlive(
				request.trans,
				name,
				Promise.all(request.values.map((value) => encryptRecord(key, name, fields, value)))
			);
			return table.mutate({ ...request, values });
		},
		async get(request) {
			const value: unknown = await table.get(request);
			return keepingTransactionAlive(request.trans, name, decrypt(value));
		},
		async getMany(request) {
			const values: unknown[] = await table.getMany(request);
			return keepingTransactionAlive(request.trans, name, decryptAll(values));
		},
		async query(request) {
			const result = await table.query(request);
			if (!request.values) return result;
			const result_ = await keepingTransactionAlive(request.trans, name, decryptAll(result.result as unknown[]));
			return { ...result, result: result_ };
		},
		async openCursor(request) {
			const cursor = await table.openCursor(request);
			if (!cursor || !request.values) return cursor;
			return wrapCursor(cursor, decrypt, name);
		}
	};
}

/** The middleware, for `db.use(...)` (database.ts registers it with the app's keyring). */
export function atRestMiddleware(keyring: AtRestKeyring = atRestKeyring): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'langkah-at-rest',
		create: (down: DBCore) => ({
			...down,
			table(tableName: string) {
				const table = down.table(tableName);
				const fields = ENCRYPTED_FIELDS[tableName];
				return fields ? encryptingTable(table, fields, keyring) : table;
			}
		})
	};
}

export interface RewriteOptions {
	/** Records per transaction. */
	batchSize?: number;
	/** Stops after this many batches (tests simulate a crash half way with it). */
	stopAfterBatches?: number;
}

interface RewritableDatabase {
	table(name: string): {
		toCollection(): { primaryKeys(): Promise<unknown[]> };
		bulkGet(keys: unknown[]): Promise<unknown[]>;
		bulkPut(records: unknown[]): Promise<unknown>;
	};
	transaction<T>(mode: 'rw', table: string, scope: () => Promise<T>): Promise<T>;
}

/**
 * Reads and writes back every record of the tables with sensitive fields, in batches, each batch
 * its own transaction: with `encryptsWrites` on (turning the lock on) each record comes back
 * encrypted, with it off (turning the lock off, key still in memory) plain. Running it again after
 * a crash is safe: a record is read in whatever form it is in. Returns the number of batches done;
 * false when it stopped early (`stopAfterBatches`).
 */
export async function rewriteRecords(db: RewritableDatabase, options: RewriteOptions = {}): Promise<boolean> {
	const batchSize = options.batchSize ?? 50;
	let batches = 0;
	for (const name of Object.keys(ENCRYPTED_FIELDS)) {
		const table = db.table(name);
		const keys = await table.toCollection().primaryKeys();
		for (let start = 0; start < keys.length; start += batchSize) {
			if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) return false;
			const chunk = keys.slice(start, start + batchSize);
			await db.transaction('rw', name, async () => {
				const records = (await table.bulkGet(chunk)).filter((record) => record !== undefined);
				await table.bulkPut(records);
			});
			batches += 1;
		}
	}
	return true;
}
