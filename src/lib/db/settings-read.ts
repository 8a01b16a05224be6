/** The person's settings as stored (key/value records in `settings`), read without Dexie; settings.repo.ts writes them. */
import { isLanguage, type Language } from '$lib/i18n/languages';
import { readStores, result } from './raw-read';

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

/**
 * Reads every setting, dropping values that are not valid (an old or tampered record). Read
 * without Dexie (raw-read.ts): the settings are never encrypted, and the pages that show them
 * then load the database code only to save a change. `theme` is `themeIfNone` when none is stored.
 */
export async function readSettings(name?: string, themeIfNone: ThemeChoice = 'system'): Promise<StoredSettings> {
	const records = await readStores(['settings'], (transaction) => result<unknown[]>(transaction.objectStore('settings').getAll()), [], name);
	const raw = new Map(
		records.flatMap((record) => (typeof record === 'object' && record !== null && 'key' in record ? [[record.key, (record as { value?: unknown }).value] as const] : []))
	);
	const language = raw.get('language');
	return {
		language: isLanguage(language) ? language : undefined,
		theme: raw.has('theme') ? (oneOf(THEME_CHOICES, raw.get('theme')) ?? 'system') : themeIfNone,
		persistence: oneOf(PERSISTENCE_RESULTS, raw.get('persistence')),
		persistenceCheckedAt: finiteNumber(raw.get('persistenceCheckedAt'))
	};
}

