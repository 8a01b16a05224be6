/**
 * What the backup reminder needs from storage: when the last backup file was made on this phone
 * (the `settings` record `lastBackupAt`, milliseconds since 1970; a fact about this phone, never
 * put in a backup), and when the person last and first wrote something of their own (runs, notes
 * to services and their trackers, people they can ask, unmet needs, the safety plan), read from
 * the tables' date indexes so that no record's words are loaded.
 */
import { database, type LangkahDatabase } from './database';

export const LAST_BACKUP_KEY = 'lastBackupAt';

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export async function readLastBackupAt(db: LangkahDatabase = database()): Promise<number | undefined> {
	return finite((await db.settings.get(LAST_BACKUP_KEY))?.value);
}

export async function saveLastBackupAt(at: number, db: LangkahDatabase = database()): Promise<void> {
	await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

export interface WritingDates {
	/** The oldest date among the person's records (their last change, or when noted). */
	firstWrittenAt?: number;
	/** The newest change to any of the person's records. */
	lastWrittenAt?: number;
}

/** The oldest and newest dates of the person's own writing; both undefined when there is none. */
export async function readWritingDates(db: LangkahDatabase = database()): Promise<WritingDates> {
	const indexed = [
		[db.runs, 'updatedAt'],
		[db.referrals, 'updatedAt'],
		[db.people, 'updatedAt'],
		[db.unmetNeeds, 'notedAt']
	] as const;
	const dates: number[] = [];
	await db.transaction('r', [db.runs, db.referrals, db.people, db.unmetNeeds, db.safetyPlan], async () => {
		for (const [table, index] of indexed) {
			// Only the index is read: the oldest and the newest key.
			const [oldest, newest] = await Promise.all([
				table.orderBy(index).limit(1).keys(),
				table.orderBy(index).reverse().limit(1).keys()
			]);
			for (const key of [...oldest, ...newest]) {
				const date = finite(key);
				if (date !== undefined) dates.push(date);
			}
		}
		// At most five small records: one a section of the plan.
		for (const section of await db.safetyPlan.toArray()) {
			const date = finite(section.updatedAt);
			if (date !== undefined) dates.push(date);
		}
	});
	if (dates.length === 0) return {};
	return { firstWrittenAt: Math.min(...dates), lastWrittenAt: Math.max(...dates) };
}
