import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

function countStoredSettings(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('langkah');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					// Closed after counting: an open connection would hold up deleting the database.
					const names = [...db.objectStoreNames];
					if (names.length === 0) {
						db.close();
						return resolve(0);
					}
					const tx = db.transaction(names, 'readonly');
					let total = 0;
					let pending = names.length;
					for (const name of names) {
						const count = tx.objectStore(name).count();
						count.onsuccess = () => {
							total += count.result;
							if (--pending === 0) {
								db.close();
								resolve(total);
							}
						};
					}
				};
			})
	);
}

describe('settings', () => {
	it('applies a dark or light theme over the system one, and keeps it after a reload', async () => {
		const { context } = await recordedContext(browser, { colorScheme: 'light' });
		const page = await context.newPage();
		await openPage(page, '/settings');
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const light = await background();
		await page.getByLabel('Gelap').check();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await background()).not.toBe(light);
		await page.reload();
		await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await page.getByLabel('Gelap').isChecked()).toBe(true);
		await page.getByLabel('Ikuti pengaturan HP').check();
		expect(await page.getAttribute('html', 'data-theme')).toBeNull();
		expect(await background()).toBe(light);
		await context.close();
	});

	it('deletes all data only after a confirmation, and the database is empty afterwards', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/settings');
		await page.getByLabel('Gelap').check();
		await page.getByTestId('persistence').filter({ hasText: 'Dicek pada' }).waitFor();
		expect(await countStoredSettings(page)).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Hapus semua dataku' }).click();
		await page.getByRole('button', { name: 'Tidak, simpan saja' }).click();
		expect(await countStoredSettings(page)).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Hapus semua dataku' }).click();
		await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
		await page.getByText('Semua datamu di Langkah sudah dihapus dari HP ini.').waitFor();
		expect(await countStoredSettings(page)).toBe(0);
		expect(await page.getAttribute('html', 'data-theme')).toBeNull();
		expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('langkah.')))).toEqual([]);
		await context.close();
	});
});
