import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

/** Every record of one table of the app's database, as JSON; none when the database does not exist (it is not created). */
function storedRecords(page: Page, table: string): Promise<string[]> {
	return page.evaluate(async (table) => {
		const names = (await indexedDB.databases()).map((database) => database.name);
		if (!names.includes('langkah')) return [];
		return new Promise<string[]>((resolve, reject) => {
			const request = indexedDB.open('langkah');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const db = request.result;
				if (!db.objectStoreNames.contains(table)) {
					db.close();
					return resolve([]);
				}
				const all = db.transaction(table).objectStore(table).getAll();
				all.onsuccess = () => {
					db.close();
					resolve(all.result.map((record) => JSON.stringify(record)));
				};
				all.onerror = () => reject(all.error);
			};
		});
	}, table);
}

/** Saves the bundled SAPA 129 to the person's services from its service page. */
async function saveSapa(page: Page, searchLabel: string, saveButton: string) {
	await openPage(page, '/resources');
	await page.getByLabel(searchLabel).fill('sapa');
	await page.getByRole('link', { name: 'SAPA 129' }).click();
	await page.getByRole('button', { name: saveButton }).click();
	await page.getByRole('button', { pressed: true }).waitFor();
}

describe('removing a saved service', () => {
	it('asks first, deletes its note with it, and saving it again brings no note back', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await saveSapa(page, 'Kamu butuh bantuan soal apa?', 'Simpan layanan ini');
		await openPage(page, '/resources/mine');
		await page.getByRole('button', { name: 'Buat catatan untuk SAPA 129' }).click();
		await page.getByLabel('Yang ingin kamu sampaikan (dengan kata-katamu)').fill('Suamiku memukulku lagi tadi malam.');
		await page.getByRole('button', { name: 'Simpan catatan' }).click();
		await page.getByRole('heading', { name: 'Perkembangan dengan SAPA 129' }).waitFor();
		expect((await storedRecords(page, 'referrals')).join()).toContain('memukulku');

		// The remove button is not right under "Open": a slip cannot reach it.
		const open = await page.getByRole('link', { name: 'Buka SAPA 129' }).boundingBox();
		const remove = await page.getByRole('button', { name: 'Hapus SAPA 129' }).boundingBox();
		expect(remove!.y - (open!.y + open!.height)).toBeGreaterThan(100);

		// Asked first; "no" keeps everything.
		await page.getByRole('button', { name: 'Hapus SAPA 129' }).click();
		const question = page.getByRole('group', { name: /Hapus SAPA 129 dari layanan yang kamu simpan\?/ });
		await question.waitFor();
		expect(await question.innerText()).toContain('Catatanmu untuk layanan ini (1) dan perkembangannya juga ikut terhapus');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tidak, simpan saja');
		await expectAccessible(page, '/resources/mine (remove a service, id)');
		await page.getByRole('button', { name: 'Tidak, simpan saja' }).click();
		await page.getByRole('heading', { level: 2, name: 'SAPA 129' }).waitFor();
		expect(await storedRecords(page, 'referrals')).toHaveLength(1);

		await page.getByRole('button', { name: 'Hapus SAPA 129' }).click();
		await page.getByRole('button', { name: 'Ya, hapus' }).click();
		await page.getByText('SAPA 129 sudah dihapus dari layanan yang kamu simpan.').waitFor();
		expect(await page.getByRole('heading', { level: 2, name: 'SAPA 129' }).count()).toBe(0);
		expect(await page.getByText('Suamiku memukulku').count()).toBe(0);
		expect(await storedRecords(page, 'referrals')).toEqual([]);
		expect(await storedRecords(page, 'myServices')).toEqual([]);

		// Saved again: no note, no tracker.
		await saveSapa(page, 'Kamu butuh bantuan soal apa?', 'Simpan layanan ini');
		await openPage(page, '/resources/mine');
		await page.getByRole('heading', { level: 2, name: 'SAPA 129' }).waitFor();
		expect(await page.getByRole('heading', { name: 'Perkembangan dengan SAPA 129' }).count()).toBe(0);
		expect(await page.getByText('Suamiku memukulku').count()).toBe(0);
		await context.close();
	});

	it('asks in English too, and the question passes axe', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US' });
		const page = await context.newPage();
		await saveSapa(page, 'What do you need help with?', 'Save to My services');
		await openPage(page, '/resources/mine');
		await page.getByRole('button', { name: 'Remove SAPA 129' }).click();
		await page.getByRole('group', { name: /Remove SAPA 129 from your saved services\?/ }).waitFor();
		await page.getByRole('button', { name: 'Yes, delete' }).waitFor();
		await page.getByRole('button', { name: 'No, keep it' }).waitFor();
		await expectAccessible(page, '/resources/mine (remove a service, en)');
		await context.close();
	});
});

describe('delete all my data', () => {
	it('a second tab open on an exercise goes blank, and typing there writes nothing back', async () => {
		const { context } = await recordedContext(browser);
		const exercise = await context.newPage();
		await openPage(exercise, '/flow/tell');
		await exercise.getByRole('button', { name: 'Mulai' }).click();
		await exercise.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await exercise.getByRole('checkbox', { name: 'Cemas' }).check();
		await exercise.getByRole('button', { name: 'Lanjut', exact: true }).click();
		const field = exercise.getByLabel('Apa yang sedang terjadi?');
		await field.fill('Dia mengunci pintu dari luar');
		await expect.poll(async () => (await storedRecords(exercise, 'runs')).length).toBe(1);

		const settingsPage = await context.newPage();
		await openPage(settingsPage, '/settings');
		// A cache holding something of the person's (the app makes none itself; the wipe must still find one).
		await settingsPage.evaluate(async () => (await caches.open('langkah-shared-note')).put('/note.txt', new Response('Dia mengunci pintu')));
		await settingsPage.getByRole('button', { name: 'Hapus semua dataku' }).click();
		await expectAccessible(settingsPage, '/settings (delete all, id)');
		await settingsPage.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
		await settingsPage.getByText('Semua datamu di Langkah sudah dihapus dari HP ini.').waitFor();
		// Honest about the browser's own files, and how to clear them.
		await settingsPage.getByText(/Sisa-sisanya mungkin masih tertinggal.*Setelan situs.*Hapus data/).waitFor();

		// The exercise tab drops what it showed.
		await exercise.waitForURL((url) => url.pathname === '/');
		await exercise.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		expect(await exercise.getByText('Dia mengunci pintu').count()).toBe(0);
		// One more space, as if the person kept typing: nothing comes back.
		await exercise.keyboard.type(' ');
		await exercise.waitForTimeout(500);
		expect(await storedRecords(settingsPage, 'runs')).toEqual([]);
		expect(await storedRecords(exercise, 'runs')).toEqual([]);
		await openPage(exercise, '/flow/tell');
		await exercise.getByRole('button', { name: 'Mulai' }).waitFor();
		expect(await exercise.getByRole('button', { name: 'Lanjutkan' }).count()).toBe(0);

		expect(await settingsPage.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
		// Only the app's own precache is left in Cache Storage.
		const cacheNames = await settingsPage.evaluate(() => caches.keys());
		expect(cacheNames.filter((name) => !name.startsWith('workbox-precache'))).toEqual([]);
		await context.close();
	});

	it('Back after deleting everything shows no search words', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		const searchField = page.getByLabel('Kamu butuh bantuan soal apa?');
		await openPage(page, '/resources');
		await searchField.fill('kekerasan suami');
		await page.locator('footer').getByRole('link', { name: 'Pengaturan' }).click();
		await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
		// Without a deletion, Back brings the words back (the page snapshot works).
		await page.goBack();
		await expect.poll(() => searchField.inputValue()).toBe('kekerasan suami');

		await page.locator('footer').getByRole('link', { name: 'Pengaturan' }).click();
		await page.getByRole('button', { name: 'Hapus semua dataku' }).click();
		await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
		await page.getByText('Semua datamu di Langkah sudah dihapus dari HP ini.').waitFor();
		await page.goBack();
		await searchField.waitFor();
		await page.waitForTimeout(300);
		expect(await searchField.inputValue()).toBe('');
		// Nor after a reload of the tab (what SvelteKit writes to sessionStorage holds no words).
		await page.reload();
		await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('kekerasan');
		expect(await searchField.inputValue()).toBe('');
		await context.close();
	});

	it('asks in English with the same honesty, and the question passes axe', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US' });
		const page = await context.newPage();
		await openPage(page, '/settings');
		await page.getByRole('button', { name: 'Delete all my data' }).click();
		await page.getByRole('button', { name: 'No, keep it' }).waitFor();
		await page.getByText(/Traces may stay in the browser.*Site settings.*Clear data/).waitFor();
		await expectAccessible(page, '/settings (delete all, en)');
		await context.close();
	});
});
