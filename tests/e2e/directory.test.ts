/**
 * The directory answers every need (issue 15): "Tell your story" with money, housing and safety
 * suggests services for each, with "show more"; everyday words and a city name find services; the
 * person's own people and places of worship show for the needs they help with. Axe on each screen,
 * a reload, and a language switch.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, overflowsHorizontally, recordedContext, useBrowser } from './harness';

useBrowser();

const SEARCH_ID = 'Kamu butuh bantuan soal apa?';

async function search(page: Page, label: string, query: string): Promise<string[]> {
	await page.getByLabel(label).fill(query);
	await page.getByRole('status').filter({ hasText: /Ditemukan|Found|Belum ada|Nothing found/ }).waitFor();
	return page.locator('main ul.results[aria-label] a.name').allInnerTexts();
}

/** Runs "Tell your story" in Indonesian with the areas money, housing and safety, not in danger now. */
async function tellMoneyHousingSafety(page: Page) {
	await openPage(page, '/flow/tell');
	await page.getByRole('button', { name: 'Mulai' }).click();
	await page.locator('#step-heading').waitFor();
	const next = () => page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await next();
	await page.getByRole('checkbox', { name: 'Cemas' }).check();
	await next();
	await page.getByLabel('Apa yang sedang terjadi?').fill('Kena PHK, utang pinjol, dan diusir dari kontrakan.');
	await next();
	for (const area of ['Uang dan pekerjaan', 'Tempat tinggal', 'Keselamatan dan rasa aman']) await page.getByRole('checkbox', { name: area }).check();
	await next();
	await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
	await next();
	await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
	await next();
	// The remaining questions may be left empty; the last step leads to the services.
	const find = page.getByRole('button', { name: 'Mencari layanan yang bisa membantu' });
	while ((await find.count()) === 0) await next();
	await find.click();
	await page.waitForURL('**/resources?from=tell');
}

/** The reasons shown under each suggested service. */
function suggestionReasons(page: Page): Promise<string[]> {
	return page.locator('section.suggest li.service .why').allInnerTexts();
}

describe('a directory that answers every need', () => {
	it('"Tell your story" with money, housing and safety suggests services for each, with "show more", after a reload and in English', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await tellMoneyHousingSafety(page);
		await page.getByRole('heading', { name: 'Layanan yang mungkin membantu' }).waitFor();
		await page.locator('section.suggest li.service').first().waitFor();

		const expectEveryArea = async (money: RegExp, housing: RegExp, safety: RegExp) => {
			const reasons = (await suggestionReasons(page)).join('\n');
			expect(reasons).toMatch(money);
			expect(reasons).toMatch(housing);
			expect(reasons).toMatch(safety);
		};
		await expectEveryArea(/uang atau pekerjaan/, /tempat tinggalmu/, /keselamatanmu/);
		const firstPage = await page.locator('section.suggest li.service').count();
		expect(firstPage).toBe(6);
		await expectAccessible(page, '/resources?from=tell');

		const more = page.getByRole('button', { name: /Tampilkan layanan lain yang mungkin membantu/ });
		await more.click();
		await expect.poll(() => page.locator('section.suggest li.service').count()).toBeGreaterThan(firstPage);
		expect(await overflowsHorizontally(page)).toBe(false);

		// A reload keeps the suggestions (they come from the saved run).
		await page.reload();
		await page.locator('section.suggest li.service').first().waitFor();
		await expectEveryArea(/uang atau pekerjaan/, /tempat tinggalmu/, /keselamatanmu/);

		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByRole('heading', { name: 'Services that may help' }).waitFor();
		await expect.poll(async () => (await suggestionReasons(page)).join('\n')).toMatch(/money or work/);
		await expectEveryArea(/money or work/, /where you live/, /your safety/);
		await page.getByRole('button', { name: /Show more services that may help/ }).waitFor();
		await expectAccessible(page, '/resources?from=tell (en)');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it('finds services by everyday words ("kontrakan", "pinjol") and by a city name, in both languages', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await openPage(page, '/resources');
		await page.getByRole('heading', { level: 1, name: 'Cari layanan' }).waitFor();

		// With no search, an entry point comes first, not an emergency line or the narcotics line.
		const all = await search(page, SEARCH_ID, '');
		expect(all[0]).not.toMatch(/112|110|119|BNN/);

		const kontrakan = await search(page, SEARCH_ID, 'kontrakan');
		expect(kontrakan).toContain('Bantuan bedah rumah (BSPS)');
		expect(kontrakan.slice(0, 5).join('\n')).not.toMatch(/Darurat|Polisi/);
		const pinjol = await search(page, SEARCH_ID, 'pinjol');
		expect(pinjol.slice(0, 3)).toEqual(expect.arrayContaining(['Satgas PASTI (pinjol dan investasi ilegal)', 'Kontak OJK 157']));
		const bandung = await search(page, SEARCH_ID, 'Bandung');
		expect(bandung.slice(0, 2).sort()).toEqual(['Dinas Sosial Provinsi Jawa Barat', 'UPTD PPA Provinsi Jawa Barat']);
		expect(bandung.join('\n')).not.toMatch(/Jawa Tengah|Jawa Timur/);
		const kosBandung = await search(page, SEARCH_ID, 'kos bandung');
		expect(kosBandung[0]).toBe('Dinas Sosial Provinsi Jawa Barat');
		await expectAccessible(page, '/resources (kos bandung)');

		// A province's office: how to reach it in words, no invented number; sources and the date checked.
		await page.getByRole('link', { name: 'Dinas Sosial Provinsi Jawa Barat' }).click();
		await page.getByRole('heading', { level: 1, name: 'Dinas Sosial Provinsi Jawa Barat' }).waitFor();
		const office = await page.locator('main').innerText();
		expect(office).toContain('Kami belum menemukan kontak resmi yang bisa dipastikan untuk kantor ini.');
		expect(office).toContain('UU 23/2014');
		expect(await page.locator('main a[href^="tel:"]').count()).toBe(0);
		await expectAccessible(page, '/resources/service (a provincial office)');
		await page.goBack();
		await page.getByRole('link', { name: 'Dinas Sosial Provinsi Jawa Barat' }).waitFor();

		// A national programme read in news reports only: its contacts, with the caution.
		await search(page, SEARCH_ID, 'pinjol');
		await page.getByRole('link', { name: 'Kontak OJK 157' }).click();
		await page.getByRole('heading', { level: 1, name: 'Kontak OJK 157' }).waitFor();
		expect(await page.locator('main a[href="tel:157"]').count()).toBeGreaterThan(0);
		expect(await page.locator('main').innerText()).toMatch(/Belum dipastikan/);
		await expectAccessible(page, '/resources/service (OJK 157)');
		await page.goBack();
		await page.getByLabel(SEARCH_ID).waitFor();

		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByRole('heading', { level: 1, name: 'Find services' }).waitFor();
		const label = 'What do you need help with?';
		expect(await search(page, label, 'rent')).toContain('Home repair aid (BSPS, “bedah rumah”)');
		expect((await search(page, label, 'online loan')).slice(0, 3)).toContain('OJK Contact 157');
		expect((await search(page, label, 'Surabaya')).slice(0, 2).sort()).toEqual(['Dinas Sosial of Jawa Timur Province', 'UPTD PPA Jawa Timur Province']);
		expect((await search(page, label, 'laid off')).slice(0, 5).join('\n')).toMatch(/Lapor Menaker|Manpower Office|BPJS Ketenagakerjaan/);
		await expectAccessible(page, '/resources (en, Surabaya)');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});

	it("shows the person's own place of worship for the needs it helps with", async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await openPage(page, '/resources/mine');
		await page.getByLabel('Nama').fill('Masjid Al-Ikhlas');
		await page.getByLabel('Bisa membantu apa').fill('Beras tiap Jumat');
		await page.getByLabel('Siapa mereka? (tidak wajib)').selectOption('worship');
		await page.getByRole('checkbox', { name: 'Makanan' }).check();
		await page.getByRole('checkbox', { name: 'Uang dan bantuan sosial' }).check();
		await expectAccessible(page, '/resources/mine (adding a place of worship)');
		await page.getByRole('button', { name: 'Tambahkan orang ini' }).click();
		await page.getByRole('heading', { level: 3, name: 'Masjid Al-Ikhlas' }).waitFor();
		await page.getByText('Bisa membantu soal: Uang dan bantuan sosial dan Makanan').waitFor();

		await openPage(page, '/resources');
		await search(page, SEARCH_ID, 'sembako');
		const own = page.locator('section.people');
		await own.getByRole('heading', { name: 'Dari orang-orangmu sendiri' }).waitFor();
		expect(await own.locator('li').allInnerTexts()).toEqual([expect.stringContaining('Masjid Al-Ikhlas')]);
		await expectAccessible(page, '/resources (sembako, own people)');
		// Not for a need it does not help with.
		await search(page, SEARCH_ID, 'pinjol');
		expect(await page.locator('section.people').count()).toBe(0);
		// Kept after a reload (searched once the page has started and answered its first search).
		await page.reload();
		await page.locator('main[data-searched]').waitFor({ state: 'attached' });
		await search(page, SEARCH_ID, 'beras');
		await page.locator('section.people').getByText('Masjid Al-Ikhlas').waitFor();
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
