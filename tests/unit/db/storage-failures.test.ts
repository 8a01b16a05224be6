import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { classifyStorageError } from '$lib/db/storage-errors';
import { storageStatus, writeSafely } from '$lib/db/storage-status.svelte';
import { settings } from '$lib/settings/settings.svelte';

function domError(name: string) {
	return Object.assign(new Error(name), { name });
}

beforeEach(() => {
	storageStatus.reset();
	settings.reset();
	resetDatabase();
});

afterEach(() => {
	vi.restoreAllMocks();
	resetDatabase();
});

describe('classifyStorageError', () => {
	it.each([
		['QuotaExceededError', 'quota'],
		['NS_ERROR_DOM_QUOTA_REACHED', 'quota'],
		['MissingAPIError', 'unavailable'],
		['InvalidStateError', 'unavailable'],
		['SecurityError', 'unavailable'],
		['DatabaseClosedError', 'unavailable'],
		['ConstraintError', 'failed']
	])('%s is a %s problem', (name, problem) => {
		expect(classifyStorageError(domError(name))).toBe(problem);
	});

	it('sees a quota error that Dexie wrapped in another error', () => {
		const wrapped = Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: domError('QuotaExceededError') });
		expect(classifyStorageError(wrapped)).toBe('quota');
	});
});

describe('a failed write', () => {
	it('when the disk is full: reports the quota problem and the setting still applies on screen', async () => {
		vi.spyOn(database().settings, 'put').mockRejectedValue(domError('QuotaExceededError'));
		await settings.setTheme('dark');
		expect(storageStatus.problem).toBe('quota');
		expect(settings.theme).toBe('dark');
	});

	it('when storage is unavailable (no IndexedDB at all): reports it and keeps working', async () => {
		const original = Dexie.dependencies.indexedDB;
		// A browser without IndexedDB (some private modes, locked-down webviews).
		Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
		resetDatabase();
		try {
			const result = await writeSafely(() => database().settings.put({ key: 'theme', value: 'light' }));
			expect(result).toEqual({ ok: false, problem: 'unavailable' });
			expect(storageStatus.problem).toBe('unavailable');
		} finally {
			Dexie.dependencies.indexedDB = original;
		}
	});

	it('in private mode (the browser refuses the write): reports storage as unavailable', async () => {
		vi.spyOn(database().settings, 'put').mockRejectedValue(domError('InvalidStateError'));
		await settings.setTheme('light');
		expect(storageStatus.problem).toBe('unavailable');
		expect(settings.theme).toBe('light');
	});

	it('that is unexpected: reports a general failure instead of throwing', async () => {
		vi.spyOn(database().settings, 'put').mockRejectedValue(new TypeError('boom'));
		const result = await writeSafely(() => database().settings.put({ key: 'theme', value: 'dark' }));
		expect(result).toEqual({ ok: false, problem: 'failed' });
		expect(storageStatus.problem).toBe('failed');
	});

	it('when storage cannot be read at start: the app loads with defaults and says so', async () => {
		// Settings are read straight from IndexedDB (db/settings-read.ts), so the failure is there.
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw domError('InvalidStateError');
		});
		await settings.load();
		expect(settings.startLanguage(['en-US'])).toBe('en');
		expect(settings.theme).toBe('system');
		expect(storageStatus.problem).toBe('unavailable');
	});
});
