/**
 * Dealing with services (issue 16), in the built app, in both languages: "What help might I be able
 * to get?", "Get ready to meet a service" (with the printed card) and "When a service does not help"
 * (with the record of what happened, saved as a file), each reached from a service's page and from
 * the note tracker; one note for several services, printed. Reload mid-flow, a language switch, axe
 * on every screen, and no request to any other origin.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

interface Words {
	locale: string;
	search: string;
	save: string;
	saved: RegExp;
	start: string;
	next: string;
	newNote: (name: string) => string;
	saveNote: string;
	links: { entitled: string; meeting: string; notWorking: string };
	pkh: string;
	dinasSosial: string;
	puskesmas: string;
}

const ID: Words = {
	locale: 'id-ID',
	search: 'Kamu butuh bantuan soal apa?',
	save: 'Simpan layanan ini',
	saved: /sudah disimpan/,
	start: 'Mulai',
	next: 'Lanjut',
	newNote: (name) => `Buat catatan untuk ${name}`,
	saveNote: 'Simpan catatan',
	links: { entitled: 'Bantuan apa yang mungkin bisa aku dapat?', meeting: 'Bersiap untuk bertemu petugas', notWorking: 'Kalau layanan tidak membantu' },
	pkh: 'PKH (Program Keluarga Harapan)',
	dinasSosial: 'Dinas Sosial',
	puskesmas: 'Puskesmas'
};

const EN: Words = {
	locale: 'en-US',
	search: 'What do you need help with?',
	save: 'Save to My services',
	saved: /saved/i,
	start: 'Start',
	next: 'Next',
	newNote: (name) => `Make a note for ${name}`,
	saveNote: 'Save the note',
	links: { entitled: 'What help might I be able to get?', meeting: 'Get ready to meet a service', notWorking: 'When a service does not help' },
	pkh: 'PKH (Family Hope Programme)',
	dinasSosial: 'Social Affairs Office (Dinas Sosial)',
	puskesmas: 'Puskesmas (community health centre)'
};

async function onStep(page: Page, title: string) {
	await page.locator('#step-heading', { hasText: title }).waitFor();
}

async function next(page: Page, w: Words) {
	await page.getByRole('button', { name: w.next, exact: true }).click();
}

/** Opens a bundled service's page through the directory's search. */
async function openService(page: Page, w: Words, query: string, name: string) {
	await openPage(page, '/resources');
	await page.getByLabel(w.search).fill(query);
	await page.getByRole('link', { name, exact: true }).first().click();
	await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Saves a bundled service and writes a note to it, so that it has a tracker. */
async function serviceWithNote(page: Page, w: Words, query: string, name: string) {
	await openService(page, w, query, name);
	await page.getByRole('button', { name: w.save }).click();
	await page.getByText(w.saved).first().waitFor();
	await openPage(page, '/resources/mine');
	await page.getByRole('button', { name: w.newNote(name) }).click();
	await page.getByRole('button', { name: w.saveNote, exact: true }).click();
	await page.locator('.tracker').first().waitFor();
}

/** Nothing on the page is wider than the page, on screen or as printed. */
async function fitsWidth(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((selector) => {
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth + 1) return false;
		const box = document.querySelector(selector);
		if (!box) return false;
		return [box, ...box.querySelectorAll('*')].every((element) => element.scrollWidth <= element.clientWidth + 1 || getComputedStyle(element).overflowX === 'visible' && element.getBoundingClientRect().right <= root.clientWidth + 1);
	}, selector);
}

/** Checks a printable part on paper: at 360 px and on A4, only it is printed and nothing spills over; A4 is one page. */
async function checkPrinted(page: Page, selector: string, expected: string[]) {
	await page.emulateMedia({ media: 'print' });
	for (const width of [360, 794]) {
		await page.setViewportSize({ width, height: 1123 });
		const hidden = await page.evaluate((selector) => {
			const out: string[] = [];
			for (let element = document.querySelector(selector); element; element = element.parentElement) {
				if (getComputedStyle(element).display === 'none') out.push(`${element.tagName}.${element.className}`);
			}
			return out;
		}, selector);
		expect(hidden, `${selector} is hidden on paper by`).toEqual([]);
		expect(await page.locator(selector).isVisible()).toBe(true);
		expect(await fitsWidth(page, selector), `${selector} fits ${width} px`).toBe(true);
		// Only the printable part is on paper: the header and the buttons are not.
		expect(await page.locator('header').first().isVisible()).toBe(false);
		const printed = await page.evaluate(() => document.body.innerText);
		for (const text of expected) expect(printed).toContain(text);
	}
	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBe(1);
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize({ width: 360, height: 740 });
}

async function switchLanguage(page: Page, language: 'id' | 'en') {
	await page.getByLabel('Bahasa / Language').selectOption(language);
}

describe('what help might I be able to get', () => {
	it('from a service page (Indonesian): plain questions, resumes after a reload, explains each programme, and follows a switch to English', async () => {
		const recorded = await recordedContext(browser, { locale: ID.locale });
		const page = await recorded.context.newPage();
		await openService(page, ID, 'pkh', ID.pkh);
		await expectAccessible(page, 'service page with the exercises');
		await page.getByRole('link', { name: ID.links.entitled }).click();
		await page.getByRole('button', { name: ID.start }).click();
		await onStep(page, 'Cari tahu bantuan yang mungkin cocok');
		await next(page, ID);
		await onStep(page, 'Siapa saja yang tinggal di rumahmu?');
		await page.getByRole('checkbox', { name: 'Ada yang sedang hamil atau baru melahirkan' }).check();
		await page.getByRole('checkbox', { name: /Ada anak atau remaja/ }).check();
		await expectAccessible(page, 'household question');
		await next(page, ID);
		await onStep(page, 'Bagaimana keadaan uang di rumahmu?');
		await page.getByRole('radio', { name: 'Sering tidak cukup, bahkan untuk makan' }).check();
		// A reload mid-flow comes back to the same question with the answer kept.
		await page.reload();
		await page.getByRole('button', { name: 'Lanjutkan' }).click();
		await onStep(page, 'Bagaimana keadaan uang di rumahmu?');
		expect(await page.getByRole('radio', { name: 'Sering tidak cukup, bahkan untuk makan' }).isChecked()).toBe(true);
		await next(page, ID);
		await page.getByRole('radio', { name: 'Belum', exact: true }).check();
		await next(page, ID);
		await page.getByRole('radio', { name: 'Belum punya, atau sudah tidak aktif' }).check();
		await next(page, ID);
		await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
		await next(page, ID);
		await onStep(page, 'Program yang mungkin cocok untukmu');
		for (const name of ['PKH (Program Keluarga Harapan)', 'Bantuan sembako (BPNT)', 'BPJS Kesehatan gratis (PBI JKN / KIS)', 'Bantuan sekolah (PIP / Kartu Indonesia Pintar)']) {
			await page.getByRole('heading', { level: 3, name }).waitFor();
		}
		expect(await page.getByRole('heading', { level: 3, name: 'Bantuan hukum gratis' }).count()).toBe(0);
		const text = await page.locator('main').innerText();
		expect(text).toContain('Kantor yang mengurus program itulah yang memutuskan');
		expect(text).toContain('Uang sering tidak cukup, bahkan untuk makan');
		expect(text).toContain('Langkah pertama: minta didaftarkan');
		expect(text).toContain('Sekolah anakmu');
		await page.getByText('Sumber informasi ini').first().click();
		expect(await page.locator('main').innerText()).toContain('Permensos 1/2018');
		await expectAccessible(page, 'entitlement result');
		await switchLanguage(page, 'en');
		await page.getByRole('heading', { level: 3, name: 'PKH (Family Hope Programme)' }).waitFor();
		expect(await page.locator('main').innerText()).toContain('The office that runs the programme decides');
		await expectAccessible(page, 'entitlement result in English');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it('from the tracker (English): an older person with enough money gets only the help for older people', async () => {
		const recorded = await recordedContext(browser, { locale: EN.locale });
		const page = await recorded.context.newPage();
		await serviceWithNote(page, EN, 'dinas sosial', EN.dinasSosial);
		await page.locator('.tracker').getByRole('link', { name: EN.links.entitled }).click();
		await page.getByRole('button', { name: EN.start }).click();
		await next(page, EN);
		await page.getByRole('checkbox', { name: 'Someone aged 60 or older' }).check();
		await next(page, EN);
		await page.getByRole('radio', { name: 'Enough for everyday needs' }).check();
		for (let step = 0; step < 4; step++) await next(page, EN);
		await onStep(page, 'Programmes that may fit you');
		const headings = await page.locator('main h3').allInnerTexts();
		expect(headings).toEqual(['Help for older people and people with disabilities (ATENSI)']);
		expect(await page.locator('main').innerText()).toContain('Someone is 60 or older');
		await expectAccessible(page, 'entitlement result (older person)');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});

describe('getting ready for a meeting', () => {
	it("from a service page (English): the service's papers, a card that prints on one A4 page and at 360 px", async () => {
		const recorded = await recordedContext(browser, { locale: EN.locale });
		const page = await recorded.context.newPage();
		await openService(page, EN, 'dinas sosial', EN.dinasSosial);
		await page.getByRole('link', { name: EN.links.meeting }).click();
		await page.getByRole('button', { name: EN.start }).click();
		await next(page, EN);
		await onStep(page, 'What do you want from this service?');
		await page.locator('main textarea').fill('Help with food for my children');
		await next(page, EN);
		await onStep(page, 'The three things you must say');
		await page.locator('main textarea').first().fill('My husband left in March');
		await next(page, EN);
		await onStep(page, 'Papers to bring');
		await page.getByText('From what Social Affairs Office (Dinas Sosial) lists:').waitFor();
		await page.getByRole('checkbox', { name: 'Identity card (KTP) or other ID' }).check();
		await page.getByLabel('Another paper you want to bring').fill('Letter from the RT');
		await page.getByRole('button', { name: 'Add paper' }).click();
		await page.getByRole('checkbox', { name: 'Letter from the RT' }).waitFor();
		await expectAccessible(page, 'documents step');
		// A reload keeps the service's papers and the ticks.
		await page.reload();
		await page.getByRole('button', { name: 'Continue' }).click();
		await onStep(page, 'Papers to bring');
		expect(await page.getByRole('checkbox', { name: 'Identity card (KTP) or other ID' }).isChecked()).toBe(true);
		await next(page, EN);
		await page.locator('main textarea').first().fill('How long will it take?');
		await next(page, EN);
		await page.locator('main textarea').fill('My sister Ani');
		await next(page, EN);
		await onStep(page, 'Your card for the meeting');
		const card = await page.locator('.meeting-card').innerText();
		for (const text of ['For the meeting with Social Affairs Office (Dinas Sosial)', 'Help with food for my children', 'My husband left in March', 'Identity card (KTP) or other ID (have it)', 'Family card (Kartu Keluarga, KK) (not yet)', 'Letter from the RT (not yet)', 'How long will it take?', 'My sister Ani']) {
			expect(card).toContain(text);
		}
		await expectAccessible(page, 'meeting card');
		await checkPrinted(page, '.meeting-card', ['My husband left in March']);
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it('from the tracker (Indonesian), and the card follows a switch of language', async () => {
		const recorded = await recordedContext(browser, { locale: ID.locale });
		const page = await recorded.context.newPage();
		await serviceWithNote(page, ID, 'puskesmas', ID.puskesmas);
		await page.locator('.tracker').getByRole('link', { name: ID.links.meeting }).click();
		await page.getByRole('button', { name: ID.start }).click();
		await next(page, ID);
		await page.locator('main textarea').fill('Periksa kesehatan ibuku');
		await next(page, ID);
		await next(page, ID);
		await onStep(page, 'Surat-surat yang dibawa');
		await page.getByText('Dari keterangan Puskesmas:').waitFor();
		await next(page, ID);
		await next(page, ID);
		await next(page, ID);
		await onStep(page, 'Kartumu untuk pertemuan');
		expect(await page.locator('.meeting-card').innerText()).toContain('Untuk pertemuan dengan Puskesmas');
		await expectAccessible(page, 'kartu pertemuan');
		await switchLanguage(page, 'en');
		await onStep(page, 'Your card for the meeting');
		expect(await page.locator('.meeting-card').innerText()).toContain('What I want from this service');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});

describe('when a service does not help', () => {
	it('from the tracker (Indonesian): the steps in order with the Ombudsman, a calm script, and a record of what happened saved as a file', async () => {
		const recorded = await recordedContext(browser, { locale: ID.locale, acceptDownloads: true });
		const page = await recorded.context.newPage();
		await serviceWithNote(page, ID, 'dinas sosial', ID.dinasSosial);
		await page.locator('.tracker').getByRole('link', { name: ID.links.notWorking }).click();
		await page.getByRole('button', { name: ID.start }).click();
		await next(page, ID);
		await page.getByRole('radio', { name: 'Aku diperlakukan tidak baik' }).check();
		await next(page, ID);
		await page.getByRole('radio', { name: /Bantuan sosial/ }).check();
		await next(page, ID);
		await onStep(page, 'Tarik napas dulu');
		await next(page, ID);
		await onStep(page, 'Itu bukan salahmu');
		await next(page, ID);
		await onStep(page, 'Langkah-langkah yang bisa kamu ambil');
		const steps = await page.locator('ol.ladder > li').allInnerTexts();
		expect(steps).toHaveLength(5);
		expect(steps[0]).toContain('Catat tanggal');
		expect(steps[1]).toContain('atasan');
		expect(steps[2]).toContain('Kementerian Sosial');
		expect(steps[3]).toContain('Ombudsman');
		expect(steps[4]).toContain('bantuan hukum');
		expect(await page.getByRole('link', { name: 'Telepon 137' }).getAttribute('href')).toBe('tel:137');
		expect(await page.getByRole('link', { name: 'Email pengaduan@ombudsman.go.id' }).getAttribute('href')).toBe('mailto:pengaduan@ombudsman.go.id');
		await expectAccessible(page, 'langkah pengaduan');
		await next(page, ID);
		await onStep(page, 'Kata-kata untuk bicara dengan tenang');
		expect(await page.locator('main').innerText()).toContain('Boleh aku minta alasannya secara tertulis?');
		await next(page, ID);
		await onStep(page, 'Catat apa yang terjadi');
		await page.getByRole('button', { name: 'Tulis apa yang terjadi di layanan yang kusimpan' }).click();
		await page.waitForURL(/\/resources\/mine/);
		const record = page.locator('.record').first();
		await record.getByLabel('Yang terjadi', { exact: true }).selectOption('treated-badly');
		await record.getByLabel('Tanggal', { exact: true }).fill('2026-11-27');
		await record.getByLabel('Siapa yang kamu temui (orang atau jabatannya)').fill('Petugas loket 2');
		await record.getByLabel('Yang terjadi dan yang dikatakan').fill('Aku dibentak dan disuruh pulang.');
		await record.getByRole('button', { name: 'Tambah ke catatan' }).click();
		await page.getByText('Sudah dicatat.').waitFor();
		await page.reload();
		await page.locator('.record').first().getByText('Petugas loket 2').waitFor();
		await expectAccessible(page, 'catatan apa yang terjadi');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan catatan sebagai file' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^langkah-catatan-dinas-sosial-\d{4}-\d{2}-\d{2}\.txt$/);
		const file = readFileSync((await download.path())!, 'utf8');
		expect(file).toContain('Yang terjadi dengan Dinas Sosial');
		expect(file).toContain('27 November 2026 · Aku diperlakukan tidak baik');
		expect(file).toContain('Aku dibentak dan disuruh pulang.');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it('from a service page (English), waiting too long at a health service', async () => {
		const recorded = await recordedContext(browser, { locale: EN.locale });
		const page = await recorded.context.newPage();
		await openService(page, EN, 'puskesmas', EN.puskesmas);
		await page.getByRole('link', { name: EN.links.notWorking }).click();
		await page.getByRole('button', { name: EN.start }).click();
		await next(page, EN);
		await page.getByRole('radio', { name: 'I have waited too long' }).check();
		await next(page, EN);
		await page.getByRole('radio', { name: 'Health or BPJS Kesehatan' }).check();
		await next(page, EN);
		await next(page, EN);
		await onStep(page, 'Steps you can take');
		const steps = await page.locator('ol.ladder > li').allInnerTexts();
		expect(steps[0]).toContain('Ask when you will get an answer');
		expect(steps[2]).toContain('BPJS Kesehatan');
		await expectAccessible(page, 'steps (waiting, health)');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});

describe('one note for several services', () => {
	it('is addressed to both services, has a tracker line for each, and prints cleanly on A4 and at 360 px', async () => {
		const recorded = await recordedContext(browser, { locale: EN.locale });
		const page = await recorded.context.newPage();
		for (const [query, name] of [
			['puskesmas', EN.puskesmas],
			['dinas sosial', EN.dinasSosial]
		] as const) {
			await openService(page, EN, query, name);
			await page.getByRole('button', { name: EN.save }).click();
			await page.getByText(EN.saved).first().waitFor();
		}
		await openPage(page, '/resources/mine');
		await page.getByRole('button', { name: 'Write one note for several services' }).click();
		await page.getByRole('button', { name: 'Save the shared note' }).click();
		await page.getByText('Choose at least two services.').waitFor();
		await page.getByRole('checkbox', { name: EN.puskesmas }).check();
		await page.getByRole('checkbox', { name: EN.dinasSosial }).check();
		await page.locator('.group-notes textarea').fill('My mother is ill and we have no money for food.');
		await expectAccessible(page, 'note for several services');
		await page.getByRole('button', { name: 'Save the shared note' }).click();
		await page.getByText('The note for 2 services is saved.').waitFor();
		const note = page.locator('.group-note').first();
		const text = await note.innerText();
		expect(text).toContain(`To: ${EN.puskesmas} and ${EN.dinasSosial}`);
		expect(text).toContain('My mother is ill and we have no money for food.');
		expect(text).toContain(`- ${EN.puskesmas}: Planned`);
		expect(text).toContain(`- ${EN.dinasSosial}: Planned`);
		// Each service has its own tracker line to move on.
		expect(await page.locator('.tracker').count()).toBe(2);
		await page.reload();
		await page.locator('.group-note').first().waitFor();
		await expectAccessible(page, 'saved note for several services');
		await page.evaluate(() => document.querySelector('.group-note')?.classList.add('printing'));
		await checkPrinted(page, '.group-note.printing', ['My mother is ill and we have no money for food.']);
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
