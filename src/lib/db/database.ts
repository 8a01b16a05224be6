/**
 * The one IndexedDB database on the person's device ("langkah"), opened through Dexie.
 * Tables: `settings` (key/value: language, theme, storage-persistence result);
 * `runs` (one guided-flow run each: flow id and version, persisted XState snapshot, status, dates).
 * Only code in src/lib/db touches it; records are (de)serialized in each table's repo.
 */
import Dexie, { type EntityTable } from 'dexie';
import { LATEST_VERSION, SCHEMA_HISTORY } from './schema';

export const DATABASE_NAME = 'langkah';

export interface SettingRecord {
	key: string;
	value: unknown;
}

/** A run as stored; only runs.repo.ts reads and writes it. */
export interface StoredRun {
	id: string;
	flowId: string;
	flowVersion: number;
	status: 'active' | 'finished';
	snapshot: unknown;
	createdAt: number;
	updatedAt: number;
	finishedAt?: number;
}

export class LangkahDatabase extends Dexie {
	settings!: EntityTable<SettingRecord, 'key'>;
	runs!: EntityTable<StoredRun, 'id'>;

	/** `upToVersion` exists for the upgrade tests, which build databases as older releases did. */
	constructor(name = DATABASE_NAME, upToVersion = LATEST_VERSION) {
		super(name);
		for (const step of SCHEMA_HISTORY) {
			if (step.version > upToVersion) break;
			const version = this.version(step.version).stores(step.stores);
			if (step.upgrade) version.upgrade(step.upgrade);
		}
	}
}

let current: LangkahDatabase | undefined;

export function database(): LangkahDatabase {
	current ??= new LangkahDatabase();
	return current;
}

/** Closes and forgets the open database (tests, and after deleting everything). */
export function resetDatabase(): void {
	current?.close();
	current = undefined;
}

/** Empties every table in one transaction. */
export async function clearAllTables(db: LangkahDatabase = database()): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await Promise.all(db.tables.map((table) => table.clear()));
	});
}
