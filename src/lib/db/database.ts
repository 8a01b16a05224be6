/**
 * The one IndexedDB database on the person's device ("langkah"), opened through Dexie.
 * Tables: `settings` (key/value: language, theme, storage-persistence result, last backup date, the
 * lock's settings and wrapped key);
 * `runs` (one guided-flow run each: flow id and version, persisted XState snapshot, status, dates);
 * `directoryRecords` (flat HSDS 3.0 records of imported directories, keyed by [type+id], with their
 * pack and the ids they link to) and `packs` (one per imported directory: name, language, source
 * files, date, counts), both in resources.repo.ts; the bundled national directory is not stored;
 * `myServices` (services the person saved), `referrals` (the person's referral notes and their
 * tracker), `people` ("people I can ask") and `unmetNeeds` (what they needed and could not find),
 * all in my-resources.repo.ts;
 * `safetyPlan` (the person's safety plan: one record per section of their own lists, keyed by the
 * section's id), in safety-plan.repo.ts; its people and services are the `people` and `myServices`
 * above;
 * `serviceEvents` (the person's record of what happened with a service: date, who, what was said,
 * each with the referral it belongs to), in service-events.repo.ts;
 * `flows` (exercises from outside: the flow file as it came, by flow id, with where it came from
 * and when), in stored-flows.repo.ts; the exercises Langkah ships are not stored;
 * `network` (the support network map: one tie each to a person, group or service, how close, what
 * help, whether strained; a tie may describe one of the `people` or `myServices`), in network.repo.ts;
 * `dueMarks` (the person's "done" and "moved to another day" on a dated small step or follow-up,
 * keyed by the item; no words), in due-marks.repo.ts;
 * `received` (on a social worker's phone: summaries, notes and unmet-needs counts clients sent
 * back, with when they came), in received.repo.ts.
 * While the lock is on, the person's own words in these tables are encrypted at rest (see
 * privacy/at-rest.ts for which fields); the lock's own key material is in `settings` (lock-keys.ts).
 * Only code in src/lib/db touches it, and src/lib/privacy for what spans every table (backup and
 * restore, delete all, the lock's middleware); records are (de)serialized in each table's repo.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { atRestMiddleware } from '$lib/privacy/at-rest';
import { DATABASE_NAME, databaseName, setDatabaseName } from './database-name';
import { LATEST_VERSION, SCHEMA_HISTORY } from './schema';

export { DATABASE_NAME, databaseName };

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

/** An imported HSDS record as stored; only resources.repo.ts reads and writes it. */
export interface StoredDirectoryRecord {
	type: string;
	id: string;
	packId: string;
	/** Every id the record points to (organization_id, service_id, link_id, ...), for lookups. */
	links: string[];
	/** The flat HSDS record, unknown fields in its `extra`. */
	data: unknown;
}

/** An imported directory as stored; only resources.repo.ts reads and writes it. */
export interface StoredPack {
	id: string;
	name: string;
	/** The language its text is in ("id", "en", or "und" when not known). */
	language: string;
	sourceFiles: string[];
	importedAt: number;
	counts: Record<string, number>;
}

/** A saved service; only my-resources.repo.ts reads and writes it. */
export interface StoredMyService {
	serviceId: string;
	serviceName: string;
	packId: string;
	savedAt: number;
}

/** A referral note with its tracker; only my-resources.repo.ts reads and writes it. */
export interface StoredReferral {
	id: string;
	serviceId: string;
	serviceName: string;
	note: string;
	answers: unknown;
	status: string;
	followUpOn?: string;
	trackerNotes: string;
	createdAt: number;
	updatedAt: number;
	statusChangedAt: number;
	/** Shared by the referrals of one note addressed to several services at once. */
	groupId?: string;
}

/** One thing that happened with a service, kept with its referral; only service-events.repo.ts reads and writes it. */
export interface StoredServiceEvent {
	id: string;
	referralId: string;
	kind: string;
	/** The day it happened (YYYY-MM-DD). */
	happenedOn: string;
	who: string;
	what: string;
	createdAt: number;
	updatedAt: number;
}

/** One of the "people I can ask"; only my-resources.repo.ts reads and writes it. */
export interface StoredPerson {
	id: string;
	name: string;
	howTheyCanHelp: string;
	contact: string;
	relation?: string;
	createdAt: number;
	updatedAt: number;
}

/** A need the person could not find help for; only my-resources.repo.ts reads and writes it. */
export interface StoredUnmetNeed {
	id: string;
	what: string;
	category: string;
	notedAt: number;
}

/** One section of the safety plan as stored; only safety-plan.repo.ts reads and writes it. */
export interface StoredSafetyPlanSection {
	section: string;
	items: unknown;
	createdAt: number;
	updatedAt: number;
}

/** An exercise from outside, as stored; only stored-flows.repo.ts reads and writes it. */
export interface StoredFlow {
	id: string;
	version: number;
	/** The flow file as it came (checked again whenever it is loaded). */
	file: unknown;
	/** Where it came from, in words of the code that added it (e.g. "link"). */
	origin: string;
	addedAt: number;
	updatedAt: number;
}

/** A tie of the support network as stored; only network.repo.ts reads and writes it. */
export interface StoredNetworkTie {
	id: string;
	/** The id of the person (`people`) or saved service (`myServices`) it describes, or '' for one of its own. */
	ref: string;
	kind: string;
	name: unknown;
	sector: string;
	closeness: number;
	helps: unknown;
	strained: unknown;
	note: unknown;
	createdAt: number;
	updatedAt: number;
}

/** A mark on a due item; only due-marks.repo.ts reads and writes it. */
export interface StoredDueMark {
	key: string;
	doneAt?: number;
	movedTo?: string;
	updatedAt: number;
}

/** A summary a client sent back, as stored; only received.repo.ts reads and writes it. */
export interface StoredReceived {
	id: string;
	type: string;
	/** The summary as it came (checked again whenever it is read). */
	summary: unknown;
	receivedAt: number;
}

export class LangkahDatabase extends Dexie {
	settings!: EntityTable<SettingRecord, 'key'>;
	runs!: EntityTable<StoredRun, 'id'>;
	directoryRecords!: Table<StoredDirectoryRecord, [string, string]>;
	packs!: EntityTable<StoredPack, 'id'>;
	myServices!: EntityTable<StoredMyService, 'serviceId'>;
	referrals!: EntityTable<StoredReferral, 'id'>;
	people!: EntityTable<StoredPerson, 'id'>;
	unmetNeeds!: EntityTable<StoredUnmetNeed, 'id'>;
	safetyPlan!: EntityTable<StoredSafetyPlanSection, 'section'>;
	flows!: EntityTable<StoredFlow, 'id'>;
	network!: EntityTable<StoredNetworkTie, 'id'>;
	dueMarks!: EntityTable<StoredDueMark, 'key'>;
	received!: EntityTable<StoredReceived, 'id'>;
	serviceEvents!: EntityTable<StoredServiceEvent, 'id'>;

	/** `upToVersion` exists for the upgrade tests, which build databases as older releases did. */
	constructor(name = DATABASE_NAME, upToVersion = LATEST_VERSION) {
		super(name);
		for (const step of SCHEMA_HISTORY) {
			if (step.version > upToVersion) break;
			const version = this.version(step.version).stores(step.stores);
			if (step.upgrade) version.upgrade(step.upgrade);
		}
		// While the lock is on, the person's words are encrypted on the way in and decrypted on the
		// way out (privacy/at-rest.ts); repos and backups see plain records.
		this.use(atRestMiddleware());
	}
}

let current: LangkahDatabase | undefined;

export function database(): LangkahDatabase {
	current ??= new LangkahDatabase(databaseName());
	return current;
}

/**
 * Makes this tab use another database from now on (a guest session's, which holds nothing of the
 * phone owner's); called before anything is read. Without a name, the owner's database again.
 */
export function useDatabaseNamed(name: string = DATABASE_NAME): void {
	if (name === databaseName()) return;
	resetDatabase();
	setDatabaseName(name);
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

/**
 * Deletes the whole database: empties every table first (so nothing is left even if the delete
 * waits), closes this tab's connection, then deletes the database itself. Other tabs' connections
 * close on their own when asked (Dexie does this on "versionchange"); if one holds on longer than
 * `waitMs`, this resolves with false and the browser finishes the delete once it lets go.
 */
export async function deleteDatabase(waitMs = 3000): Promise<boolean> {
	await clearAllTables();
	resetDatabase();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)));
	try {
		return await Promise.race([Dexie.delete(databaseName()).then(() => true), gaveUp]);
	} finally {
		clearTimeout(timer);
	}
}
