/**
 * When to remind the person, gently, to make a backup: there is writing of theirs that no backup
 * holds yet (changed after the last backup), and the last backup is at least a week old. Before any
 * backup, the reminder comes once their oldest writing is a week old. Pure: dates in, yes or no out.
 */

export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupReminderFacts {
	/** When the last backup was made on this phone (undefined: never). */
	lastBackupAt?: number;
	/** The oldest and newest dates of the person's writing (undefined: nothing written). */
	firstWrittenAt?: number;
	lastWrittenAt?: number;
	now: number;
}

export function shouldRemindBackup({ lastBackupAt, firstWrittenAt, lastWrittenAt, now }: BackupReminderFacts): boolean {
	if (lastWrittenAt === undefined) return false;
	if (lastBackupAt === undefined) return firstWrittenAt !== undefined && now - firstWrittenAt >= BACKUP_REMINDER_AFTER_MS;
	return lastWrittenAt > lastBackupAt && now - lastBackupAt >= BACKUP_REMINDER_AFTER_MS;
}
