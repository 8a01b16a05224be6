import { requestPersistence } from '$lib/db/persistence';
import type { PersistenceResult, SettingKey, StoredSettings, ThemeChoice } from '$lib/db/settings.repo';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { classifyStorageError } from '$lib/db/storage-errors';
import { isGuestSession } from '$lib/handover/guest-flag';
import { i18n } from '$lib/i18n/i18n.svelte';
import { isLanguage, pickLanguage, type Language } from '$lib/i18n/languages';
import { applyTheme } from '$lib/theme/theme';
import { clearMirror, readMirror, writeMirror } from './boot-mirror';

const LOAD_TIMEOUT_MS = 1500;

// Settings are read without the database code (settings-read.ts); Dexie loads only when a
// setting is written, so that pages which show settings (or need none) start without it.
const settingsRepo = () => import('$lib/db/settings.repo');
const settingsRead = () => import('$lib/db/settings-read');

/** The person's settings as the app uses them: stored in the database, saved on every change. */
class SettingsManager {
	theme = $state<ThemeChoice>('system');
	persistence = $state<PersistenceResult | undefined>(undefined);
	persistenceCheckedAt = $state<number | undefined>(undefined);
	/** The language the person chose; undefined while the browser's preference is followed. */
	chosenLanguage = $state<Language | undefined>(undefined);
	#loaded: Promise<void> | undefined;

	/** The language to start in, known before the database opens: the boot mirror, else the browser. */
	startLanguage(preferences: readonly string[]): Language {
		const mirrored = readMirror('language');
		if (isLanguage(mirrored)) this.chosenLanguage = mirrored;
		return this.chosenLanguage ?? pickLanguage(preferences);
	}

	/** Reads the stored settings once and applies them; keeps the defaults when storage fails. */
	load(): Promise<void> {
		this.#loaded ??= this.#read();
		return this.#loaded;
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
		// What was asked before is in the stored settings, which a page may not have read yet.
		await this.load();
		if (this.persistence !== undefined) return;
		const result = await requestPersistence();
		const checkedAt = Date.now();
		this.persistence = result;
		this.persistenceCheckedAt = checkedAt;
		const { saveSetting } = await settingsRepo();
		await writeSafely(async () => {
			await saveSetting('persistence', result);
			await saveSetting('persistenceCheckedAt', checkedAt);
		});
	}

	/** Deletes everything Langkah keeps (privacy/wipe); returns false when the storage refused. */
	async deleteAllData(): Promise<boolean> {
		const { wipeAllData } = await import('$lib/privacy/wipe');
		const outcome = await wipeAllData();
		clearMirror();
		this.reset();
		const { backupStatus } = await import('$lib/privacy/backup-status.svelte');
		backupStatus.reset();
		applyTheme('system');
		if (!outcome.ok) storageStatus.report(classifyStorageError(outcome.error));
		return outcome.ok;
	}

	reset(): void {
		this.theme = 'system';
		this.persistence = undefined;
		this.persistenceCheckedAt = undefined;
		this.chosenLanguage = undefined;
		this.#loaded = undefined;
	}

	async #read(): Promise<void> {
		let stored: StoredSettings;
		try {
			const { readSettings, THEME_CHOICES } = await settingsRead();
			// A theme chosen just before the page went away (its save cut short) is only in the boot
			// copy: kept while the database has none, as the language is. A guest starts from the default.
			const mirrored = isGuestSession() ? undefined : readMirror('theme');
			const themeIfNone = THEME_CHOICES.find((choice) => choice === mirrored) ?? 'system';
			stored = await withTimeout(readSettings(undefined, themeIfNone), LOAD_TIMEOUT_MS);
		} catch (error) {
			storageStatus.report(classifyStorageError(error));
			return;
		}
		this.theme = stored.theme;
		this.persistence = stored.persistence;
		this.persistenceCheckedAt = stored.persistenceCheckedAt;
		applyTheme(this.theme);
		writeMirror('theme', this.theme === 'system' ? undefined : this.theme);
		if (stored.language) {
			this.chosenLanguage = stored.language;
			writeMirror('language', stored.language);
			if (stored.language !== i18n.language) await i18n.changeLanguage(stored.language);
		}
	}

	async #save<K extends SettingKey>(key: K, value: StoredSettings[K]): Promise<void> {
		const { saveSetting } = await settingsRepo();
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
