import { clearAllTables } from '$lib/db/database';
import { requestPersistence } from '$lib/db/persistence';
import {
	readSettings,
	saveSetting,
	type PersistenceResult,
	type SettingKey,
	type StoredSettings,
	type ThemeChoice
} from '$lib/db/settings.repo';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { classifyStorageError } from '$lib/db/storage-errors';
import { i18n } from '$lib/i18n/i18n.svelte';
import { isLanguage, pickLanguage, type Language } from '$lib/i18n/languages';
import { applyTheme } from '$lib/theme/theme';
import { clearMirror, readMirror, writeMirror } from './boot-mirror';

const LOAD_TIMEOUT_MS = 1500;

/** The person's settings as the app uses them: loaded once, saved on every change. */
class SettingsManager {
	theme = $state<ThemeChoice>('system');
	persistence = $state<PersistenceResult | undefined>(undefined);
	persistenceCheckedAt = $state<number | undefined>(undefined);
	/** The language the person chose; undefined while the browser's preference is followed. */
	chosenLanguage = $state<Language | undefined>(undefined);

	/** Reads the stored settings and applies them; falls back to defaults when storage fails. */
	async load(preferences: readonly string[] = navigator.languages ?? []): Promise<Language> {
		let stored: StoredSettings | undefined;
		try {
			stored = await withTimeout(readSettings(), LOAD_TIMEOUT_MS);
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
		}
		const mirrored = readMirror('language');
		this.chosenLanguage = stored?.language ?? (isLanguage(mirrored) ? mirrored : undefined);
		this.theme = stored?.theme ?? 'system';
		this.persistence = stored?.persistence;
		this.persistenceCheckedAt = stored?.persistenceCheckedAt;
		applyTheme(this.theme);
		return this.chosenLanguage ?? pickLanguage(preferences);
	}

	async setLanguage(language: Language): Promise<void> {
		this.chosenLanguage = language;
		writeMirror('language', language);
		await i18n.changeLanguage(language);
		await this.#save('language', language);
	}

	async setTheme(theme: ThemeChoice): Promise<void> {
		this.theme = theme;
		applyTheme(theme);
		writeMirror('theme', theme === 'system' ? undefined : theme);
		await this.#save('theme', theme);
	}

	/** Called after anything the person saves: the first time, asks the browser to keep our data. */
	async noteSaved(): Promise<void> {
		if (this.persistence !== undefined) return;
		const result = await requestPersistence();
		const checkedAt = Date.now();
		this.persistence = result;
		this.persistenceCheckedAt = checkedAt;
		await writeSafely(async () => {
			await saveSetting('persistence', result);
			await saveSetting('persistenceCheckedAt', checkedAt);
		});
	}

	/** Empties the database and the boot mirror; returns false when the storage refused. */
	async deleteAllData(): Promise<boolean> {
		const result = await writeSafely(() => clearAllTables());
		if (!result.ok) return false;
		clearMirror();
		this.reset();
		applyTheme('system');
		return true;
	}

	reset(): void {
		this.theme = 'system';
		this.persistence = undefined;
		this.persistenceCheckedAt = undefined;
		this.chosenLanguage = undefined;
	}

	async #save<K extends SettingKey>(key: K, value: StoredSettings[K]): Promise<void> {
		const result = await writeSafely(() => saveSetting(key, value));
		if (result.ok) await this.noteSaved();
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(Object.assign(new Error('Storage did not answer'), { name: 'UnknownError' })), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

export const settings = new SettingsManager();
