/**
 * My services and the safety plan draw what is stored straight from IndexedDB and load the
 * database code only when the person changes something: a first visit creates nothing, a change
 * at the first tap is kept, and with the lock on the words show only after unlocking.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, rawDatabase, recordedContext, useBrowser } from './harness';

useBrowser();

const PIN = '582047';

/** The names of the databases this origin has. */
function databases(page: Page): Promise<(string | undefined)[]> {
	return page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name));
}

async function addPerson(page: Page, name: string, contact: string) {
	await page.getByLabel('Nama').fill(name);
	await page.getByLabel('Cara menghubungi', { exact: true }).fill(contact);
	await page.getByRole('button', { name: 'Tambahkan orang ini' }).click();
	await page.getByRole('heading', { name }).waitFor();
}

describe('My services and the safety plan, first look', () => {
	it('creates nothing on a first visit; what the person adds is kept at once, a number is a tap to call, after a reload and in English', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await openPage(page, '/resources/mine');
		await page.getByText('Kamu belum menyimpan layanan.').waitFor();
		await page.getByText('Belum ada yang ditambahkan.').waitFor();
		await openPage(page, '/safety-plan');
		await page.getByRole('heading', { name: 'Kekuatanku' }).waitFor();
		expect(await databases(page)).not.toContain('langkah');

		await openPage(page, '/resources/mine');
		await expectAccessible(page, '/resources/mine (first visit)');
		await addPerson(page, 'Bu Sri', '0812 3456 7890');
		await page.getByRole('link', { name: 'Telepon Bu Sri (0812 3456 7890)' }).waitFor();
		expect(await databases(page)).toContain('langkah');
		await expect.poll(() => rawDatabase(page)).toContain('Bu Sri');

		await page.reload();
		await page.getByRole('link', { name: 'Telepon Bu Sri (0812 3456 7890)' }).waitFor();
		expect(await page.getByText('Belum ada yang ditambahkan.').isVisible()).toBe(false);
		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByRole('link', { name: 'Call Bu Sri (0812 3456 7890)' }).waitFor();
		await expectAccessible(page, '/resources/mine (a person, en)');

		// The same person is one of the people on the safety plan, drawn from the same table.
		await openPage(page, '/safety-plan');
		await page.getByRole('link', { name: 'Call Bu Sri' }).waitFor();
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it('with the lock on, shows the person’s words only after unlocking, read from the encrypted records', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/resources/mine');
		await addPerson(page, 'Pak Darto', '0813 1111 2222');
		await page.getByLabel('Yang kamu butuhkan').fill('Tempat menitip anak sore hari');
		await page.getByRole('button', { name: 'Catat' }).click();
		await page.getByText('Tempat menitip anak sore hari', { exact: true }).waitFor();
		await openPage(page, '/safety-plan');
		await page.getByRole('button', { name: 'Tambah tanda' }).click();
		await page.getByLabel('Tanda 1').fill('Tidak mau makan seharian');
		await expect.poll(() => rawDatabase(page)).toContain('Tidak mau makan seharian');

		await openPage(page, '/settings');
		await page.getByRole('radio', { name: 'PIN (6 angka atau lebih)' }).check();
		await page.getByLabel('PIN atau kata sandi baru').fill(PIN);
		await page.getByLabel('Ketik lagi', { exact: true }).fill(PIN);
		await page.getByRole('button', { name: 'Pasang kunci' }).click();
		await page.getByText('Selesai. Kunci sudah aktif.').waitFor({ timeout: 30_000 });
		const raw = await rawDatabase(page);
		for (const words of ['Pak Darto', 'Tempat menitip anak', 'Tidak mau makan']) expect(raw).not.toContain(words);

		await openPage(page, '/resources/mine');
		await page.getByRole('heading', { level: 1, name: 'Langkah sedang dikunci' }).waitFor();
		expect(await page.getByText('Pak Darto').count()).toBe(0);
		await page.getByLabel('PIN', { exact: true }).fill(PIN);
		await page.getByRole('button', { name: 'Buka', exact: true }).click();
		await page.getByRole('heading', { name: 'Pak Darto' }).waitFor();
		await page.getByText('Tempat menitip anak sore hari', { exact: true }).waitFor();

		// Unlocked, a change is written encrypted, and the safety plan reads its words too.
		await addPerson(page, 'Bu Wati', '0814 3333 4444');
		// A new page load has no key in memory: locked again.
		await openPage(page, '/safety-plan');
		await page.getByRole('heading', { level: 1, name: 'Langkah sedang dikunci' }).waitFor();
		await page.getByLabel('PIN', { exact: true }).fill(PIN);
		await page.getByRole('button', { name: 'Buka', exact: true }).click();
		await expect.poll(() => page.getByLabel('Tanda 1').inputValue()).toBe('Tidak mau makan seharian');
		await page.getByRole('link', { name: 'Telepon Bu Wati' }).waitFor();
		expect(await rawDatabase(page)).not.toContain('Bu Wati');
		await context.close();
	});
});
