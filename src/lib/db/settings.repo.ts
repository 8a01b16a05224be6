import { isLanguage, type Language } from '$lib/i18n/languages';
import { database, type LangkahDatabase } from './database';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export const PERSISTENCE_RESULTS = ['granted', 'denied', 'unsupported'] as const;
export type PersistenceResult = (typeof PERSISTENCE_RESULTS)[number];

export interface StoredSettings {
	language?: Language;
	theme: ThemeChoice;
	persistence?: PersistenceResult;
	/** When the browser was asked to keep our data (milliseconds since 1970). */
	persistenceCheckedAt?: number;
}

export type SettingKey = keyof StoredSettings;

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
	return typeof value === 'string' && (choices as readonly string[]).includes(value) ? (value as T) : undefined;
}

function finiteNumber(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Reads every setting, dropping values that are not valid (an old or tampered record). */
export async function readSettings(db: LangkahDatabase = database()): Promise<StoredSettings> {
	const records = await db.settings.toArray();
	const raw = new Map(records.map((record) => [record.key, record.value]));
	const language = raw.get('language');
	return {
		language: isLanguage(language) ? language : undefined,
		theme: oneOf(THEME_CHOICES, raw.get('theme')) ?? 'system',
		persistence: oneOf(PERSISTENCE_RESULTS, raw.get('persistence')),
		persistenceCheckedAt: finiteNumber(raw.get('persistenceCheckedAt'))
	};
}

export async function saveSetting<K extends SettingKey>(
	key: K,
	value: StoredSettings[K],
	db: LangkahDatabase = database()
): Promise<void> {
	await db.settings.put({ key, value });
}
