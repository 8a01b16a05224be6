import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { readSettings } from '$lib/db/settings.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { settings } from '$lib/settings/settings.svelte';

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
});

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

function stubStorageManager(granted: boolean) {
	const persist = vi.fn(async () => granted);
	vi.stubGlobal('navigator', { languages: ['id-ID'], storage: { persist, persisted: async () => false } });
	return persist;
}

describe('settings', () => {
	it('follows the browser until the person chooses, then remembers the choice', async () => {
		stubStorageManager(true);
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (key: string) => store.get(key) ?? null,
			setItem: (key: string, value: string) => store.set(key, value),
			removeItem: (key: string) => store.delete(key)
		});
		expect(settings.startLanguage(['en-US'])).toBe('en');
		await settings.setLanguage('id');
		settings.reset();
		expect(settings.startLanguage(['en-US'])).toBe('id');
		expect(i18n.language).toBe('id');
	});

	it('takes the language stored in the database when the boot copy is gone', async () => {
		stubStorageManager(true);
		await settings.setLanguage('en');
		settings.reset();
		await i18n.changeLanguage('id');
		await settings.load();
		expect(settings.chosenLanguage).toBe('en');
		expect(i18n.language).toBe('en');
	});

	it('stores the theme and reads it back', async () => {
		stubStorageManager(true);
		await settings.setTheme('dark');
		settings.reset();
		await settings.load();
		expect(settings.theme).toBe('dark');
	});

	it('keeps a theme whose save a reload cut short (only in the boot copy), but the stored one wins', async () => {
		stubStorageManager(true);
		const store = new Map<string, string>([['langkah.theme', 'dark']]);
		vi.stubGlobal('localStorage', {
			getItem: (key: string) => store.get(key) ?? null,
			setItem: (key: string, value: string) => store.set(key, value),
			removeItem: (key: string) => store.delete(key)
		});
		await settings.load();
		expect(settings.theme).toBe('dark');
		expect(store.get('langkah.theme')).toBe('dark');

		await settings.setTheme('light');
		store.set('langkah.theme', 'dark');
		settings.reset();
		await settings.load();
		expect(settings.theme).toBe('light');
		expect(store.get('langkah.theme')).toBe('light');
	});

		it('asks the browser to persist storage once, after the first save, and records the answer', async () => {
		const persist = stubStorageManager(false);
		await settings.load();
		expect(persist).not.toHaveBeenCalled();
		await settings.setTheme('dark');
		await settings.setTheme('light');
		expect(persist).toHaveBeenCalledTimes(1);
		expect(settings.persistence).toBe('denied');
		const stored = await readSettings();
		expect(stored.persistence).toBe('denied');
		expect(stored.persistenceCheckedAt).toBeTypeOf('number');
	});

	it('records "unsupported" where the browser has no storage manager', async () => {
		vi.stubGlobal('navigator', { languages: ['id'] });
		await settings.setTheme('dark');
		expect(settings.persistence).toBe('unsupported');
	});

	it('ignores invalid stored values', async () => {
		await database().settings.bulkPut([
			{ key: 'theme', value: 'purple' },
			{ key: 'language', value: 'fr' },
			{ key: 'persistence', value: 42 }
		]);
		expect(await readSettings()).toEqual({ theme: 'system', language: undefined, persistence: undefined, persistenceCheckedAt: undefined });
	});

	it('deletes all data: afterwards every table is empty', async () => {
		stubStorageManager(true);
		await settings.setTheme('dark');
		await settings.setLanguage('en');
		expect(await database().settings.count()).toBeGreaterThan(0);
		expect(await settings.deleteAllData()).toBe(true);
		for (const table of database().tables) expect(await table.count(), table.name).toBe(0);
		expect(settings.theme).toBe('system');
		expect(settings.persistence).toBeUndefined();
	});
});
