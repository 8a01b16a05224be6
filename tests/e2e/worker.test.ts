import { readFile, readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, rawDatabase, recordedContext, useBrowser, writeInTell } from './harness';

useBrowser();

const SMALL = { width: 320, height: 640 };

/** The names of this origin's IndexedDB databases. */
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name ?? '').sort());

/** Fills one text of the editor in both languages (its fields are named "<label>: <language>"). */
async function fillWords(page: Page, label: string, id: string, en: string, nth = 0) {
	await page.getByLabel(`${label}: Bahasa Indonesia`, { exact: true }).nth(nth).fill(id);
	await page.getByLabel(`${label}: English`, { exact: true }).nth(nth).fill(en);
}

describe('workers in sessions', () => {
	it('the worker page guides a session in both languages, hands over every exercise by link and QR code, and passes axe at 320 px', async () => {
		const { context, foreignRequests } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/help');
		await page.getByRole('link', { name: 'Untuk pendamping' }).first().click();
		await page.waitForURL('**/worker');
		await page.getByRole('heading', { name: 'Cara memakainya saat pendampingan' }).waitFor();
		for (const tool of ['Tulis latihanmu sendiri']) await page.getByRole('link', { name: tool }).waitFor();
		// Every shipped exercise has its box; opened, it shows the link and the QR code.
		const shipped = (await readdir('build/flow')).filter((name) => name.endsWith('.html')).length;
		expect(shipped).toBeGreaterThanOrEqual(4);
		expect(await page.locator('main details').count()).toBe(shipped);
		await page.getByText('Link dan kode QR: Tenangkan diri').click();
		await page.getByRole('img', { name: 'Kode QR untuk membuka Tenangkan diri' }).waitFor();
		expect(await page.locator('main details[open] a').getAttribute('href')).toBe(new URL('/flow/calm', baseURL).href);
		await expectAccessible(page, '/worker (id, 360)');
		await page.setViewportSize(SMALL);
		await expectAccessible(page, '/worker (id, 320)');

		await page.getByRole('combobox', { name: /Bahasa|Language/ }).first().selectOption('en');
		await page.getByRole('heading', { name: 'How to use it in a session' }).waitFor();
		await expectAccessible(page, '/worker (en, 320)');
		expect(foreignRequests()).toEqual([]);
		await context.close();
	});

	it('an exercise written in the editor is shared by link, run by the client and resumed after a reload', async () => {
		const worker = await recordedContext(browser);
		const page = await worker.context.newPage();
		await openPage(page, '/worker/exercises');
		await page.getByText('Kamu belum menulis latihan.').waitFor();
		await page.setViewportSize(SMALL);
		await expectAccessible(page, 'your exercises (id, 320)');
		await page.setViewportSize({ width: 360, height: 740 });
		await page.getByRole('button', { name: 'Tulis latihan baru' }).click();
		// Until it is complete, the editor says what is missing, in plain words.
		await page.getByText('Tulis namamu, supaya orang itu tahu latihan ini dari siapa.').waitFor();
		await page.getByText('Tambahkan paling sedikit satu bagian.').waitFor();
		await page.getByLabel('Namamu, seperti yang akan dilihat orang itu').fill('Bu Sari');
		await fillWords(page, 'Judul', 'Tidurku minggu ini', 'My sleep this week');
		await fillWords(page, 'Gunanya untuk apa, dalam satu atau dua kalimat', 'Dua pertanyaan tentang tidurmu.', 'Two questions about your sleep.');
		await page.getByRole('button', { name: 'Tambahkan bagian' }).click();
		await page.getByText('Bagian 1: tulis pertanyaan atau judul bagian dalam Bahasa Indonesia.').waitFor();
		await fillWords(page, 'pertanyaan atau judul bagian', 'Bagaimana tidurmu minggu ini?', 'How did you sleep this week?');
		// A second step, a choice, moved above the first.
		await page.getByLabel('Jenis bagian').selectOption('choice');
		await page.getByRole('button', { name: 'Tambahkan bagian' }).click();
		await page.getByText('Bagian 2: tulis jawaban dalam English.').first().waitFor();
		await fillWords(page, 'pertanyaan atau judul bagian', 'Kamu bangun dengan segar?', 'Did you wake up rested?', 1);
		await fillWords(page, 'Jawaban 1', 'Ya', 'Yes');
		await fillWords(page, 'Jawaban 2', 'Tidak', 'No');
		await page.getByRole('button', { name: 'Naikkan bagian 2' }).click();
		await page.getByText('Latihan ini sudah lengkap. Kamu bisa mencobanya dan membagikannya.').waitFor();
		// The preview draws the step with the person's own view.
		await page.getByRole('button', { name: 'Lihat bagian 1' }).click();
		await page.locator('.preview').getByRole('heading', { name: 'Kamu bangun dengan segar?' }).waitFor();
		await page.locator('.preview').getByRole('radio', { name: 'Tidak' }).check();
		await page.getByRole('img', { name: 'Kode QR untuk membuka Tidurku minggu ini' }).waitFor();
		await expectAccessible(page, 'editor (id, 360)');
		await page.setViewportSize(SMALL);
		await expectAccessible(page, 'editor (id, 320)');
		await page.getByRole('combobox', { name: /Bahasa|Language/ }).first().selectOption('en');
		await page.getByText('The exercise is complete. You can try it and share it.').waitFor();
		await page.locator('.preview').getByRole('heading', { name: 'Did you wake up rested?' }).waitFor();
		await expectAccessible(page, 'editor (en, 320)');
		const link = (await page.locator('a.link').getAttribute('href'))!;
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
		const exported = await readFile((await download.path())!);
		expect(download.suggestedFilename()).toBe('my-sleep-this-week.flow.json');
		expect(link).toMatch(/\/my\/exercise#lk1\.exercise\./);
		await page.getByText('Saved on this phone.', { exact: true }).waitFor();
		await page.waitForTimeout(600);
		// Saved on the worker's phone: back in the list after a reload.
		await page.reload();
		await page.getByRole('heading', { name: 'My sleep this week' }).waitFor();
		expect(worker.foreignRequests()).toEqual([]);

		const client = await recordedContext(browser);
		const phone = await client.context.newPage();
		await phone.goto(link);
		await phone.getByText('Bu Sari mengirim latihan ini untukmu.', { exact: false }).waitFor();
		expect(new URL(phone.url()).hash, 'the exercise is taken out of the address').toBe('');
		await phone.getByRole('heading', { name: 'Tidurku minggu ini', level: 1 }).waitFor();
		await expectAccessible(phone, 'shared exercise (id)');
		await phone.getByRole('button', { name: 'Mulai' }).click();
		await phone.getByRole('radio', { name: 'Ya' }).check();
		await phone.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await phone.getByLabel('Bagaimana tidurmu minggu ini?').fill('Aku sering terbangun jam tiga pagi');
		// Reloaded once the words are stored (on a busy machine a write can take a while).
		await expect.poll(() => rawDatabase(phone), { timeout: 20_000 }).toContain('Aku sering terbangun jam tiga pagi');
		await phone.reload();
		await phone.getByRole('button', { name: 'Lanjutkan' }).click();
		expect(await phone.getByLabel('Bagaimana tidurmu minggu ini?').inputValue()).toBe('Aku sering terbangun jam tiga pagi');
		// Words of crisis bring the help lines, as in the shipped exercises.
		const field = phone.getByLabel('Bagaimana tidurmu minggu ini?');
		await field.fill('utang makin numpuk, suami gak peduli. kadang aku mikir mending aku ilang aja dari dunia ini');
		await phone.getByRole('region', { name: 'Kamu tidak sendirian' }).waitFor();
		await field.fill('Aku sering terbangun jam tiga pagi');
		// The language switches mid-run; the worker's English texts show.
		await phone.getByRole('combobox', { name: /Bahasa|Language/ }).first().selectOption('en');
		await phone.getByLabel('How did you sleep this week?').waitFor();
		await expectAccessible(phone, 'shared exercise running (en)');

		// Listed on home and in My space under "from my worker", with its author.
		await openPage(phone, '/');
		await phone.getByRole('heading', { name: 'From my worker' }).waitFor();
		await phone.getByRole('link', { name: /My sleep this week.*from Bu Sari/ }).waitFor();
		await openPage(phone, '/my');
		await phone.getByRole('link', { name: /My sleep this week.*from Bu Sari/ }).click();
		await phone.waitForURL('**/my/exercise?id=*');
		await phone.getByRole('button', { name: 'Continue' }).waitFor();
		expect(client.foreignRequests()).toEqual([]);

		// Handed over as a file instead: a broken file keeps nothing, the exported one opens.
		const other = await recordedContext(browser);
		const third = await other.context.newPage();
		await openPage(third, '/my');
		await third.getByRole('link', { name: 'Dapat file latihan dari pendampingmu? Muat di sini.' }).click();
		const input = third.getByLabel('Muat file latihan');
		await input.setInputFiles({ name: 'latihan.flow.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "w-broken", "steps": [') });
		await third.getByText('File ini tidak bisa dibuka', { exact: false }).waitFor();
		await expectAccessible(third, 'load an exercise file (id)');
		await input.setInputFiles({ name: 'latihan.flow.json', mimeType: 'application/json', buffer: exported });
		await third.getByText('Bu Sari mengirim latihan ini untukmu.', { exact: false }).waitFor();
		await third.getByRole('heading', { name: 'Tidurku minggu ini', level: 1 }).waitFor();
		await worker.context.close();
		await client.context.close();
		await other.context.close();
	}, 150_000);

	it('a guest session keeps nothing after "end session" or a closed tab, and leaves the owner’s data alone', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await writeInTell(page, 'Kata-kata pemilik HP');
		await expect.poll(() => rawDatabase(page), { timeout: 20_000 }).toContain('Kata-kata pemilik HP');

		await openPage(page, '/worker');
		await page.getByRole('button', { name: 'Mulai sesi untuk orang lain' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.getByText('Sesi tamu: tidak ada yang disimpan di HP ini', { exact: false }).waitFor();
		await writeInTell(page, 'Kata-kata tamu');
		await page.getByText('Sesi tamu: tidak ada yang disimpan', { exact: false }).waitFor();
		await page.waitForTimeout(300);
		// The guest does not see the owner's run, and the guest's words are in a database of their own.
		await openPage(page, '/my');
		await page.getByRole('heading', { name: 'Ceritakan keadaanmu' }).waitFor();
		expect(await page.getByRole('heading', { name: 'Ceritakan keadaanmu' }).count()).toBe(1);
		const names = await databases(page);
		expect(names.filter((name) => name.startsWith('langkah-guest-'))).toHaveLength(1);
		await page.setViewportSize(SMALL);
		await expectAccessible(page, 'guest session banner (320)');

		await page.getByRole('button', { name: 'Akhiri sesi' }).click();
		await page.waitForURL('**/worker');
		await page.getByRole('button', { name: 'Mulai sesi untuk orang lain' }).waitFor();
		expect(await page.getByText('Sesi tamu: tidak ada yang disimpan', { exact: false }).count()).toBe(0);
		expect((await databases(page)).filter((name) => name.startsWith('langkah-guest-'))).toEqual([]);
		const owner = await rawDatabase(page);
		expect(owner).toContain('Kata-kata pemilik HP');
		expect(owner).not.toContain('Kata-kata tamu');

		// A tab closed mid-session: what it wrote is deleted when Langkah next starts.
		const guest = await context.newPage();
		await openPage(guest, '/worker');
		await guest.getByRole('button', { name: 'Mulai sesi untuk orang lain' }).click();
		await guest.waitForURL((url) => url.pathname === '/');
		await writeInTell(guest, 'Tamu kedua');
		await guest.waitForTimeout(300);
		expect((await databases(guest)).filter((name) => name.startsWith('langkah-guest-'))).toHaveLength(1);
		await guest.close();
		const next = await context.newPage();
		await openPage(next, '/');
		await next.waitForFunction(async () => (await indexedDB.databases()).every((info) => !info.name?.startsWith('langkah-guest-')));
		expect(await next.getByText('Sesi tamu: tidak ada yang disimpan', { exact: false }).count()).toBe(0);
		const after = await rawDatabase(next);
		expect(after).toContain('Kata-kata pemilik HP');
		expect(after).not.toContain('Tamu kedua');
		await context.close();
	});
});
