import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser, writeInTell } from './harness';

useBrowser();

const PASSWORD = 'kucing oren 7 tidur';
const TOLD = 'Dia mengunci pintu dari luar dan mengambil HP-ku.';
const SIGN = 'Susah tidur berhari-hari';
const folder = mkdtempSync(join(tmpdir(), 'langkah-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every record of every table of the app's database, as JSON strings by table; {} when there is no database. */
function storedRecords(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((database) => database.name);
		if (!names.includes('langkah')) return {};
		return new Promise<Record<string, string[]>>((resolve, reject) => {
			const request = indexedDB.open('langkah');
			request.onerror = () => reject(request.error);
			request.onsuccess = () => {
				const db = request.result;
				const tables = [...db.objectStoreNames];
				const out: Record<string, string[]> = {};
				if (tables.length === 0) {
					db.close();
					return resolve(out);
				}
				const transaction = db.transaction(tables);
				for (const table of tables) {
					const all = transaction.objectStore(table).getAll();
					all.onsuccess = () => (out[table] = all.result.map((record) => JSON.stringify(record)));
				}
				transaction.oncomplete = () => {
					db.close();
					resolve(out);
				};
				transaction.onerror = () => reject(transaction.error);
			};
		});
	});
}

/** A run of "Tell your story" with typed words, a sign in the safety plan and a person to ask. */
async function writeSomething(page: Page) {
	await writeInTell(page, TOLD);
	await expect.poll(async () => (await storedRecords(page)).runs?.join() ?? '').toContain('mengunci pintu');

	await openPage(page, '/safety-plan');
	await page.getByLabel('Tanda 1', { exact: true }).fill(SIGN);
	const form = page.getByRole('form', { name: 'Tambah orang' });
	await form.getByLabel('Nama', { exact: true }).fill('Bu Sri');
	await form.getByLabel('Nomor HP atau cara menghubungi', { exact: true }).fill('0812-3456-7890');
	await form.getByRole('button', { name: 'Tambahkan orang ini' }).click();
	await page.getByText('Bu Sri sudah ditambahkan.').waitFor();
	await expect.poll(async () => (await storedRecords(page)).safetyPlan?.join() ?? '').toContain(SIGN);
}

describe('backup and restore', () => {
	it('backs up, deletes everything, and restores the same records in a fresh browser; a wrong password changes nothing', async () => {
		const first = await recordedContext(browser, { acceptDownloads: true, viewport: { width: 320, height: 640 } });
		const page = await first.context.newPage();
		await writeSomething(page);
		const written = await storedRecords(page);

		await openPage(page, '/settings');
		await page.getByText('Belum ada cadangan dari HP ini.').waitFor();
		await page.getByRole('link', { name: 'Buat cadangan atau pulihkan' }).click();
		await page.getByRole('heading', { level: 1, name: 'Cadangan' }).waitFor();

		// The password: at least 8 characters, typed twice the same.
		await page.getByLabel('Kata sandi', { exact: true }).fill('pendek');
		await page.getByLabel('Ketik lagi kata sandinya').fill('pendek');
		await page.getByRole('button', { name: 'Buat dan unduh file cadangan' }).click();
		await page.getByRole('alert').getByText('Kata sandinya terlalu pendek. Pakai paling sedikit 8 huruf, angka, atau tanda.').waitFor();
		await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
		await page.getByLabel('Ketik lagi kata sandinya').fill(`${PASSWORD}!`);
		await page.getByRole('button', { name: 'Buat dan unduh file cadangan' }).click();
		await page.getByRole('alert').getByText('Kedua kata sandi belum sama. Coba ketik lagi.').waitFor();
		await expectAccessible(page, '/settings/backup with a message (id, 320 px)');

		await page.getByLabel('Ketik lagi kata sandinya').fill(PASSWORD);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Buat dan unduh file cadangan' }).click()]);
		const fileName = download.suggestedFilename();
		expect(fileName).toMatch(/^langkah-backup-\d{4}-\d{2}-\d{2}\.langkah$/);
		const file = join(folder, fileName);
		await download.saveAs(file);
		await page.getByText(`File cadangan sudah dibuat: ${fileName}. Cek folder Unduhan (Download) di HP-mu.`).waitFor();
		// The passwords are not left on screen.
		expect(await page.getByLabel('Kata sandi', { exact: true }).inputValue()).toBe('');

		const bytes = readFileSync(file);
		const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8'));
		expect(header).toMatchObject({ format: 'langkah-backup', version: 1, kdf: 'PBKDF2-SHA256', cipher: 'AES-256-GCM' });
		expect(header.iterations).toBeGreaterThanOrEqual(600_000);
		for (const secret of ['mengunci', 'Bu Sri', 'Susah tidur']) expect(bytes.toString('latin1')).not.toContain(secret);

		// Settings shows the date of the last backup.
		const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
		await openPage(page, '/settings');
		await page.getByText(`Cadangan terakhir: ${today}.`).waitFor();

		await page.getByRole('button', { name: 'Hapus semua dataku' }).click();
		await page.getByRole('button', { name: 'Ya, hapus semuanya' }).click();
		await page.getByText('Semua datamu di Langkah sudah dihapus dari HP ini.').waitFor();
		expect((await storedRecords(page)).runs ?? []).toEqual([]);
		expect(first.cspViolations).toEqual([]);
		expect(first.foreignRequests()).toEqual([]);
		await first.context.close();

		// Another phone: a fresh browser profile, where someone already wrote one thing.
		const second = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const other = await second.context.newPage();
		await openPage(other, '/safety-plan');
		const form = other.getByRole('form', { name: 'Tambah orang' });
		await form.getByLabel('Nama', { exact: true }).fill('Pak RT');
		await form.getByRole('button', { name: 'Tambahkan orang ini' }).click();
		await other.getByText('Pak RT sudah ditambahkan.').waitFor();
		const beforeRestore = await storedRecords(other);

		await openPage(other, '/settings/backup');
		await other.getByLabel('File cadangan (namanya berakhiran .langkah)').setInputFiles(file);
		await other.getByText(/^Cadangan ini dibuat pada /).waitFor();

		// A wrong password: a clear message, and nothing changes.
		await other.getByLabel('Kata sandi file ini').fill('kucing oren 7 tidurr');
		await other.getByRole('radio', { name: 'Ganti semuanya' }).check();
		await other.getByRole('button', { name: 'Pulihkan', exact: true }).click();
		const confirm = other.getByRole('group', { name: /Yakin\? Semua yang kamu tulis di HP ini akan dihapus/ });
		await confirm.waitFor();
		expect(await other.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tidak, simpan saja');
		await expectAccessible(other, '/settings/backup asking before replacing (id)');
		await confirm.getByRole('button', { name: 'Ya, ganti semuanya' }).click();
		await other
			.getByRole('alert')
			.getByText('Kata sandinya tidak cocok dengan file ini. Cek huruf besar dan kecil, juga spasi, lalu coba lagi. Tidak ada yang berubah di HP ini.')
			.waitFor();
		expect(await storedRecords(other)).toEqual(beforeRestore);

		// The right password, replacing everything.
		await other.getByLabel('Kata sandi file ini').fill(PASSWORD);
		await other.getByRole('button', { name: 'Pulihkan', exact: true }).click();
		await other.getByRole('button', { name: 'Ya, ganti semuanya' }).click();
		await other.getByText(`Datamu sudah dipulihkan dari cadangan tanggal ${today}.`).waitFor();
		const restored = await storedRecords(other);
		for (const table of ['runs', 'people', 'safetyPlan']) expect(restored[table], table).toEqual(written[table]);
		expect(restored.people!.join()).not.toContain('Pak RT');

		// And the person sees it all again.
		await openPage(other, '/safety-plan');
		await other.getByRole('group', { name: 'Bu Sri' }).waitFor();
		expect(await other.getByLabel('Tanda 1', { exact: true }).inputValue()).toBe(SIGN);
		expect(await other.getByRole('group', { name: 'Pak RT' }).count()).toBe(0);
		await openPage(other, '/flow/tell');
		await other.getByRole('button', { name: 'Lanjutkan' }).click();
		await expect.poll(() => other.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(TOLD);
		expect(second.cspViolations).toEqual([]);
		expect(second.foreignRequests()).toEqual([]);
		await second.context.close();
	});

	it('refuses a file that is not a backup, and passes axe in English', async () => {
		const { context, cspViolations } = await recordedContext(browser, { locale: 'en-US', colorScheme: 'dark' });
		const page = await context.newPage();
		await openPage(page, '/settings/backup');
		await page.getByRole('heading', { level: 1, name: 'Backup' }).waitFor();
		await page.getByText('No backup from this phone yet.').waitFor();
		await expectAccessible(page, '/settings/backup (en)');
		await page.getByLabel('Backup file (its name ends in .langkah)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a backup') });
		await page
			.getByRole('alert')
			.getByText('This is not a Langkah backup file. Choose the file whose name ends in .langkah. Nothing was changed on this phone.')
			.waitFor();
		await page.getByRole('radio', { name: 'Replace everything' }).check();
		await page.getByText('Everything on this phone is deleted, then replaced by what is in the backup.').waitFor();
		await expectAccessible(page, '/settings/backup with a refused file (en)');
		expect(cspViolations).toEqual([]);
		await context.close();
	});
});
