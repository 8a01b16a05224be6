/** Writing the person's settings; reading them, and their types, are in settings-read.ts (no Dexie). */
import { database, type LangkahDatabase } from './database';
import type { SettingKey, StoredSettings } from './settings-read';

export { PERSISTENCE_RESULTS, THEME_CHOICES, readSettings } from './settings-read';
export type { PersistenceResult, SettingKey, StoredSettings, ThemeChoice } from './settings-read';

export async function saveSetting<K extends SettingKey>(
	key: K,
	value: StoredSettings[K],
	db: LangkahDatabase = database()
): Promise<void> {
	await db.settings.put({ key, value });
}
