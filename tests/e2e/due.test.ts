/**
 * Following through (issue 14), with the clock moved: a plan made in "My problems" comes back on
 * home on its days; one small step is marked done, one moved to another day, and added to the
 * calendar as an .ics file; the finished plan gets a "how did it go?" in My space; "Weigh my
 * options" starts from the problem with its ideas; "Tell it" starts "My problems" with the
 * problems named in the story.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, overflowsHorizontally, recordedContext, useBrowser } from './harness';

useBrowser();

const ZONE = 'Asia/Jakarta';
/** A moment on a day in Jakarta (UTC+7). */
const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);

const PROBLEM = 'Sewa kontrakan belum dibayar';
const IDEAS = ['Bicara dengan pemilik kontrakan', 'Pinjam ke saudara'];

async function next(page: Page) {
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
}

async function onStep(page: Page, title: string) {
	await page.locator('#step-heading', { hasText: title }).waitFor();
}

function planStep(page: Page, n: number) {
	return page.getByRole('group', { name: `Langkah kecil ${n}`, exact: true });
}

/** "My problems" in Indonesian, from the list to a plan whose two small steps (the kept ideas) have days; returns the run's id. */
async function makePlan(page: Page): Promise<string> {
	await openPage(page, '/flow/problems');
	await page.getByRole('button', { name: 'Mulai', exact: true }).click();
	await onStep(page, 'Satu per satu');
	await next(page);
	await onStep(page, 'Masalah apa saja yang sedang kamu hadapi?');
	await page.getByLabel('Masalah 1', { exact: true }).fill(PROBLEM);
	await next(page);
	await page.getByRole('group', { name: PROBLEM, exact: true }).getByRole('radio', { name: 'Ada yang bisa aku lakukan' }).check();
	await next(page);
	await onStep(page, 'Untuk masalah yang belum bisa diubah');
	await next(page);
	await page.getByRole('radio', { name: PROBLEM, exact: true }).check();
	await next(page);

	// From here on, the chosen problem stays in sight above each step.
	await onStep(page, 'Ceritakan masalah ini dengan lebih jelas');
	expect(await page.locator('main .recall').innerText()).toContain(PROBLEM);
	await page.getByLabel('Ceritakan masalah ini dengan lebih jelas', { exact: true }).fill('Pemilik minta uang sewa hari Sabtu.');
	await next(page);
	await onStep(page, 'Apa saja yang mungkin bisa kamu lakukan?');
	expect(await page.locator('main .recall').innerText()).toContain('Pemilik minta uang sewa hari Sabtu.');
	for (const [index, idea] of IDEAS.entries()) {
		if (index > 0) await page.getByRole('button', { name: 'Tambah ide' }).click();
		await page.getByLabel(`Ide ${index + 1}`, { exact: true }).fill(idea);
	}
	await next(page);
	await onStep(page, 'Ide mana yang mau kamu pakai?');
	expect(await page.locator('main .recall').innerText()).toContain(PROBLEM);
	for (const idea of IDEAS) await page.getByRole('group', { name: idea, exact: true }).getByRole('radio', { name: 'Aku pakai' }).check();
	await next(page);

	// The ideas marked "I'll use" are the plan's first small steps; each gets a day.
	await onStep(page, 'Buat rencana langkah kecil');
	expect(await page.locator('main .recall').innerText()).toContain(PROBLEM);
	expect(await planStep(page, 1).getByLabel('Apa yang akan aku lakukan', { exact: true }).inputValue()).toBe(IDEAS[0]);
	expect(await planStep(page, 2).getByLabel('Apa yang akan aku lakukan', { exact: true }).inputValue()).toBe(IDEAS[1]);
	await planStep(page, 1).getByLabel('Tanggal (kalau sudah tahu)').fill('2026-12-02');
	await planStep(page, 2).getByLabel('Tanggal (kalau sudah tahu)').fill('2026-12-03');
	await expectAccessible(page, 'plan with days');

	// A reload mid-flow keeps the days.
	await page.waitForTimeout(600);
	await page.reload();
	await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
	await onStep(page, 'Buat rencana langkah kecil');
	expect(await planStep(page, 2).getByLabel('Tanggal (kalau sudah tahu)').inputValue()).toBe('2026-12-03');
	expect(await planStep(page, 3).count()).toBe(0);
	await next(page);
	await onStep(page, 'Lihat lagi rencanamu');
	await next(page);
	await onStep(page, 'Lihat lagi nanti');
	await page.getByRole('button', { name: 'Selesai', exact: true }).click();
	const decide = page.getByRole('link', { name: 'Timbang pilihan untuk masalah ini' });
	await decide.waitFor();
	return new URL((await decide.getAttribute('href'))!, 'http://x').searchParams.get('from')!;
}

const dueSection = (page: Page) => page.locator('section.due');

async function dueTexts(page: Page): Promise<string[]> {
	await dueSection(page).waitFor();
	return dueSection(page)
		.locator('li.item')
		.evaluateAll((items) => items.map((item) => `${item.querySelector('.when')?.textContent?.trim()} | ${item.querySelector('.what')?.textContent?.trim()}`));
}

describe('what is due, with the clock moved', () => {
	it('brings plan steps back on home, marks one done, moves one, and adds one to the calendar', async () => {
		const recorded = await recordedContext(browser, { timezoneId: ZONE, viewport: { width: 320, height: 640 }, acceptDownloads: true });
		const page = await recorded.context.newPage();
		await page.clock.setFixedTime(at('2026-11-30'));

		const runId = await makePlan(page);

		// The day the plan was made: both small steps are in the coming week, the nearer first.
		await openPage(page, '/');
		expect(await dueTexts(page)).toEqual([`Rabu, 2 Desember | ${IDEAS[0]}`, `Kamis, 3 Desember | ${IDEAS[1]}`]);

		// Two days later: the first is for today.
		await page.clock.setFixedTime(at('2026-12-02'));
		await openPage(page, '/');
		expect(await dueTexts(page)).toEqual([`Hari ini | ${IDEAS[0]}`, `Kamis, 3 Desember | ${IDEAS[1]}`]);
		await expectAccessible(page, 'home with what is due');
		expect(await overflowsHorizontally(page)).toBe(false);

		// Done, in one tap.
		await page.getByRole('button', { name: `Sudah: ${IDEAS[0]}` }).click();
		await dueSection(page).getByRole('status').getByText(`Sudah dicatat: ${IDEAS[0]}`).waitFor();
		expect(await dueTexts(page)).toEqual([`Kamis, 3 Desember | ${IDEAS[1]}`]);

		// Another day for the second.
		await page.getByRole('button', { name: `Ganti hari untuk: ${IDEAS[1]}` }).click();
		await page.getByLabel('Hari baru').fill('2026-12-06');
		await expectAccessible(page, 'picking another day');
		await page.getByRole('button', { name: 'Simpan hari baru' }).click();
		await dueSection(page).getByRole('status').getByText('Dipindah ke Minggu, 6 Desember').waitFor();
		expect(await dueTexts(page)).toEqual([`Minggu, 6 Desember | ${IDEAS[1]}`]);

		// Both are stored: opening the app again shows the same.
		await openPage(page, '/');
		expect(await dueTexts(page)).toEqual([`Minggu, 6 Desember | ${IDEAS[1]}`]);

		// Days later, it waits at the top, marked as waiting since its day.
		await page.clock.setFixedTime(at('2026-12-10'));
		await openPage(page, '/');
		expect(await dueTexts(page)).toEqual([`Tertunda sejak Minggu, 6 Desember | ${IDEAS[1]}`]);

		// Add to my calendar: a neutral title unless the person asks for their words.
		const calendar = page.getByRole('button', { name: `Tambah ke kalender: ${IDEAS[1]}` });
		const [neutral] = await Promise.all([page.waitForEvent('download'), calendar.click()]);
		expect(neutral.suggestedFilename()).toBe('langkah-2026-12-06.ics');
		const neutralFile = await readFile((await neutral.path())!, 'utf8');
		expect(neutralFile).toContain('\r\nDTSTART;VALUE=DATE:20261206\r\n');
		expect(neutralFile).toContain('\r\nSUMMARY:Langkah: langkah kecil yang kurencanakan\r\n');
		expect(neutralFile).not.toContain('pinjam');
		expect(neutralFile).not.toContain('Pinjam');
		await page.getByRole('checkbox', { name: 'Tulis kata-kataku di kalender' }).check();
		const [withWords] = await Promise.all([page.waitForEvent('download'), calendar.click()]);
		expect(await readFile((await withWords.path())!, 'utf8')).toContain(`SUMMARY:Langkah: ${IDEAS[1]}`);

		// In English.
		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByRole('heading', { name: 'For today and this week' }).waitFor();
		expect(await dueTexts(page)).toEqual([`Waiting since Sunday 6 December | ${IDEAS[1]}`]);
		await expectAccessible(page, 'home with what is due, in English');
		await page.getByLabel('Bahasa / Language').selectOption('id');
		await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
		await expectAccessible(page, 'home with what is due, dark');
		await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });

		// My space: the finished plan asks how it went, as decisions do.
		await openPage(page, `/my/run?id=${encodeURIComponent(runId)}`);
		await page.getByRole('heading', { name: 'Bagaimana jadinya?', level: 2 }).waitFor();
		await page.getByRole('radio', { name: 'Sebagian berjalan baik' }).check();
		await page.getByLabel('Hal yang ingin kamu ingat (boleh dikosongkan)').fill('Pemilik mau menunggu seminggu.');
		await page.getByRole('button', { name: 'Simpan catatanku' }).click();
		await page.getByText('Pemilik mau menunggu seminggu.').waitFor();
		await expectAccessible(page, 'how did it go');
		await page.reload();
		await page.getByText('Pemilik mau menunggu seminggu.').waitFor();

		expect(recorded.foreignRequests()).toEqual([]);
		expect(recorded.cspViolations).toEqual([]);
		await recorded.context.close();
	});
});

describe('reminders when the app opens', () => {
	it('shows one neutral notification a day while something is due, once the person allowed it, and none after "off"', async () => {
		const recorded = await recordedContext(browser, { timezoneId: ZONE });
		await recorded.context.grantPermissions(['notifications'], { origin: new URL(baseURL).origin });
		// What the page asks the phone to show, recorded instead of shown.
		await recorded.context.addInitScript(() => {
			const record = (title: string, options?: NotificationOptions) => {
				const shown = JSON.parse(localStorage.getItem('test.shown') ?? '[]') as string[];
				shown.push(`${title} | ${options?.body ?? ''}`);
				localStorage.setItem('test.shown', JSON.stringify(shown));
			};
			ServiceWorkerRegistration.prototype.showNotification = async function (title: string, options?: NotificationOptions) {
				record(title, options);
			};
			const Native = window.Notification;
			window.Notification = class extends Native {
				constructor(title: string, options?: NotificationOptions) {
					record(title, options);
					super(title, options);
				}
			};
		});
		const page = await recorded.context.newPage();
		const shown = async () => JSON.parse((await page.evaluate(() => localStorage.getItem('test.shown'))) ?? '[]') as string[];
		await page.clock.setFixedTime(at('2026-11-30'));
		await makePlan(page);
		// Nothing is due today: no notification.
		await openPage(page, '/');
		await dueSection(page).getByText('Notifikasi menyala.').waitFor();
		expect(await shown()).toEqual([]);

		await page.clock.setFixedTime(at('2026-12-02'));
		await openPage(page, '/');
		await dueSection(page).getByText('Notifikasi menyala.').waitFor();
		await expect.poll(shown).toEqual(['Langkah | Ada langkah kecil untuk hari ini.']);
		// Opening again the same day does not repeat it.
		await openPage(page, '/');
		await dueSection(page).getByText('Notifikasi menyala.').waitFor();
		expect(await shown()).toHaveLength(1);

		await page.getByRole('button', { name: 'Matikan notifikasi' }).click();
		await dueSection(page).getByText('Notifikasi mati.', { exact: false }).waitFor();
		await page.clock.setFixedTime(at('2026-12-03'));
		await openPage(page, '/');
		await dueSection(page).getByRole('button', { name: 'Ingatkan aku dengan notifikasi' }).waitFor();
		expect(await shown()).toHaveLength(1);
		await recorded.context.close();
	});
});

describe('a note to a service, to check again', () => {
	it('comes back on home on its day, and another day changes the date of the note itself', async () => {
		const recorded = await recordedContext(browser, { timezoneId: ZONE });
		const page = await recorded.context.newPage();
		await page.clock.setFixedTime(at('2026-12-01'));
		await openPage(page, '/resources');
		await page.getByLabel('Kamu butuh bantuan soal apa?').fill('sapa');
		await page.getByRole('link', { name: 'SAPA 129' }).click();
		await page.getByRole('button', { name: 'Simpan layanan ini' }).click();
		await page.getByText('Layanan ini sudah disimpan.').waitFor();
		await openPage(page, '/resources/mine');
		await page.getByRole('button', { name: 'Buat catatan untuk SAPA 129' }).click();
		await page.getByLabel('Yang ingin kamu sampaikan (dengan kata-katamu)').fill('Aku ingin bicara dengan seseorang.');
		await page.getByRole('button', { name: 'Simpan catatan' }).click();
		await page.getByLabel('Tanggal untuk cek lagi').fill('2026-12-04');
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByText('Tersimpan.').waitFor();

		await page.clock.setFixedTime(at('2026-12-04'));
		await openPage(page, '/');
		expect(await dueTexts(page)).toEqual(['Hari ini | Cek lagi: SAPA 129']);
		await page.getByRole('button', { name: 'Ganti hari untuk: Cek lagi: SAPA 129' }).click();
		await page.getByLabel('Hari baru').fill('2026-12-08');
		await page.getByRole('button', { name: 'Simpan hari baru' }).click();
		await dueSection(page).getByRole('status').getByText('Dipindah ke Selasa, 8 Desember').waitFor();
		expect(await dueTexts(page)).toEqual(['Selasa, 8 Desember | Cek lagi: SAPA 129']);
		// The calendar file names no service unless asked.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tambah ke kalender: Cek lagi: SAPA 129' }).click()]);
		const file = await readFile((await download.path())!, 'utf8');
		expect(file).toContain('DTSTART;VALUE=DATE:20261208');
		expect(file).not.toContain('SAPA');

		await openPage(page, '/resources/mine');
		await page.getByLabel('Tanggal untuk cek lagi').waitFor();
		expect(await page.getByLabel('Tanggal untuk cek lagi').inputValue()).toBe('2026-12-08');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});

describe('the thread between exercises', () => {
	it('"Weigh my options" from a problem begins with its ideas as options', async () => {
		const recorded = await recordedContext(browser, { timezoneId: ZONE });
		const page = await recorded.context.newPage();
		await page.clock.setFixedTime(at('2026-11-30'));
		await makePlan(page);
		await page.getByRole('link', { name: 'Timbang pilihan untuk masalah ini' }).click();
		await page.getByRole('button', { name: 'Mulai dengan ini' }).click();
		await onStep(page, 'Mengambil keputusan, pelan-pelan');
		await next(page);
		await onStep(page, 'Apa yang perlu kamu putuskan?');
		expect(await page.locator('main textarea').first().inputValue()).toContain(PROBLEM);
		for (const title of ['Kenapa ini penting sekarang?', 'Kapan keputusan ini harus diambil?', 'Sampai mana kamu sekarang dengan keputusan ini?']) {
			await next(page);
			await onStep(page, title);
		}
		await next(page);
		await onStep(page, 'Apa saja pilihanmu?');
		const options = await page.locator('main ol textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
		expect(options).toEqual(IDEAS);
		await expectAccessible(page, 'options from the ideas');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it('"Tell it" starts "My problems" with the problems named in the story, to confirm', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await next(page);
		await page.getByRole('checkbox', { name: 'Cemas' }).check();
		await next(page);
		await page.getByLabel('Apa yang sedang terjadi?').fill('Sewa kontrakan belum dibayar. Anakku sering sakit.\nHarga beras naik terus.');
		await next(page);
		await next(page);
		await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
		await next(page);
		await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
		await next(page);
		await onStep(page, 'Apa saja yang sudah kamu coba?');
		await next(page);
		await next(page);
		await onStep(page, 'Ini yang kamu ceritakan');
		await next(page);
		await page.getByRole('button', { name: 'Menata masalahku' }).click();

		// Before starting: what will be in the list, to check.
		await page.getByText('Hal-hal yang kamu sebut sudah ada di daftar masalahmu.', { exact: false }).waitFor();
		await expectAccessible(page, 'problems from the story');
		await page.getByRole('button', { name: 'Mulai dengan ini' }).click();
		await onStep(page, 'Satu per satu');
		await next(page);
		await onStep(page, 'Masalah apa saja yang sedang kamu hadapi?');
		const listed = await page.locator('main ol textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
		expect(listed).toEqual(['Sewa kontrakan belum dibayar.', 'Anakku sering sakit.', 'Harga beras naik terus.']);
		// The person confirms by keeping, changing or removing.
		await page.getByRole('button', { name: 'Hapus Masalah 3' }).click();
		expect(await page.locator('main ol textarea').count()).toBe(2);
		await expectAccessible(page, 'confirming the problems');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
