/** Writing the date of the last backup; reading it, and the dates of the person's writing, is in backup-status.read.ts (no Dexie). */
import { database, type LangkahDatabase } from './database';
import { LAST_BACKUP_KEY } from './backup-status.read';

export { LAST_BACKUP_KEY, readLastBackupAt, readWritingDates, type WritingDates } from './backup-status.read';

export async function saveLastBackupAt(at: number, db: LangkahDatabase = database()): Promise<void> {
	await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}
