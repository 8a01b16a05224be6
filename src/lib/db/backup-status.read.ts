/**
 * What the backup reminder needs from storage: when the last backup file was made on this phone
 * (the `settings` record `lastBackupAt`, milliseconds since 1970; a fact about this phone, never
 * put in a backup), and when the person last and first wrote something of their own (runs, notes
 * to services and their trackers, people they can ask, unmet needs, the safety plan), read from
 * the tables' date indexes so that no record's words are loaded. Read without Dexie (raw-read.ts),
 * so that Settings draws without the database code; backup-status.repo.ts writes the date.
 */
import { readStores, result } from './raw-read';

export const LAST_BACKUP_KEY = 'lastBackupAt';

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export async function readLastBackupAt(name?: string): Promise<number | undefined> {
	const record = await readStores(['settings'], (transaction) => result<unknown>(transaction.objectStore('settings').get(LAST_BACKUP_KEY)), undefined, name);
	return typeof record === 'object' && record !== null ? finite((record as { value?: unknown }).value) : undefined;
}

export interface WritingDates {
	/** The oldest date among the person's records (their last change, or when noted). */
	firstWrittenAt?: number;
	/** The newest change to any of the person's records. */
	lastWrittenAt?: number;
}

const INDEXED_DATES = [
	['runs', 'updatedAt'],
	['referrals', 'updatedAt'],
	['people', 'updatedAt'],
	['unmetNeeds', 'notedAt']
] as const;

/** The first key of an index in one direction, if any. */
function endKey(index: IDBIndex, direction: IDBCursorDirection): Promise<IDBValidKey | undefined> {
	return result(index.openKeyCursor(null, direction)).then((cursor) => cursor?.key);
}

/** The oldest and newest dates of the person's own writing; both undefined when there is none. */
export async function readWritingDates(name?: string): Promise<WritingDates> {
	const stores = [...INDEXED_DATES.map(([store]) => store), 'safetyPlan'];
	const dates = await readStores(
		stores,
		async (transaction) => {
			// Only the indexes are read (the oldest and the newest key), and the plan's at most five
			// small records, one a section.
			const keys = await Promise.all(
				INDEXED_DATES.flatMap(([store, index]) => {
					const dates = transaction.objectStore(store).index(index);
					return [endKey(dates, 'next'), endKey(dates, 'prev')];
				})
			);
			const sections = await result<unknown[]>(transaction.objectStore('safetyPlan').getAll());
			const planDates = sections.map((section) => (typeof section === 'object' && section !== null ? (section as { updatedAt?: unknown }).updatedAt : undefined));
			return [...keys, ...planDates].flatMap((key) => {
				const date = finite(key);
				return date === undefined ? [] : [date];
			});
		},
		[] as number[],
		name
	);
	if (dates.length === 0) return {};
	return { firstWrittenAt: Math.min(...dates), lastWrittenAt: Math.max(...dates) };
}
