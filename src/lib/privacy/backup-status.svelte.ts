import { shouldRemindBackup } from './backup-reminder';

// Read without the database code (Dexie), when the status is shown (Settings, the backup page).
const backupStatusRead = () => import('$lib/db/backup-status.read');

/** The date of the last backup on this phone and whether to remind the person, for Settings and the backup page. */
class BackupStatus {
	/** When the last backup was made here; undefined: never (or not read yet). */
	lastBackupAt = $state<number | undefined>(undefined);
	remind = $state(false);
	loaded = $state(false);

	/** Reads the dates again (after a backup or a restore, or when a page opens). Storage failures leave it unknown. */
	async refresh(now = Date.now()): Promise<void> {
		try {
			const { readLastBackupAt, readWritingDates } = await backupStatusRead();
			const [lastBackupAt, writing] = await Promise.all([readLastBackupAt(), readWritingDates()]);
			this.lastBackupAt = lastBackupAt;
			this.remind = shouldRemindBackup({ lastBackupAt, ...writing, now });
		} catch {
			this.lastBackupAt = undefined;
			this.remind = false;
		}
		this.loaded = true;
	}

	reset(): void {
		this.lastBackupAt = undefined;
		this.remind = false;
		this.loaded = false;
	}
}

export const backupStatus = new BackupStatus();
