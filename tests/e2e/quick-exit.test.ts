import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../src/lib/safety/quick-exit';
import { axeViolations, baseURL, browser, describeViolations, openPage, overflowsHorizontally, PAGES, recordedContext, useBrowser, writeInTell } from './harness';

useBrowser();

const OUTSIDE_URL = 'https://outside.example/';
const WORDS = 'Dia mengunci pintu dari luar';

/**
 * Stands in for the neutral page (and another site), so the test needs no network. `delayMs` makes
 * the neutral page slow to arrive, like a poor connection.
 */
async function neutralPageStub(context: BrowserContext, { delayMs = 0 } = {}) {
	await context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, async (route) => {
		if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
		await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Cuaca</title><h1>Cuaca</h1>' }).catch(() => undefined);
	});
	await context.route(`${OUTSIDE_URL}**`, (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Luar</title><h1>Situs lain</h1>' })
	);
}

const isApp = (url: string) => url.startsWith(baseURL);

/** What a person sees on the page now: text that is rendered, not hidden. */
function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => document.body.innerText.trim());
}

/** Presses the exit button and returns what is on screen straight after, before anything navigates. */
function pressExitAndLook(page: Page): Promise<string> {
	return page.evaluate(() => {
		const exit = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Keluar cepat');
		exit?.click();
		return document.body.innerText.trim();
	});
}

/** The tab's history as the browser keeps it (what the long press on Back lists). */
async function tabHistory(page: Page): Promise<{ url: string; title: string }[]> {
	const session = await page.context().newCDPSession(page);
	const { entries } = (await session.send('Page.getNavigationHistory')) as { entries: { url: string; title: string }[] };
	await session.detach();
	return entries.map(({ url, title }) => ({ url, title }));
}

/** An app page in a marked tab shows the cover and nothing else; another page is not Langkah. */
async function expectNothingOfThePerson(page: Page, where: string, { walkedBack = true } = {}) {
	const url = page.url();
	if (!isApp(url)) return;
	// Entries the exit walked back over were given the plain home address.
	if (walkedBack) expect(url, where).toBe(`${baseURL}/`);
	await page.getByRole('button', { name: 'Buka lagi' }).waitFor();
	expect(await visibleText(page), `${where}: ${url}`).toBe('Buka lagi');
	expect(await page.getByRole('button', { name: 'Keluar cepat' }).isVisible()).toBe(false);
}

describe('quick exit', () => {
	for (const path of PAGES) {
		it(`leaves ${path} at once by the button, and back does not return to Langkah`, async () => {
			const { context } = await recordedContext(browser);
			await neutralPageStub(context);
			const page = await context.newPage();
			await page.goto('about:blank');
			await openPage(page, path);
			await page.getByRole('button', { name: 'Keluar cepat' }).click();
			await page.waitForURL(QUICK_EXIT_URL);
			await page.goBack();
			expect(page.url()).not.toContain(new URL(baseURL).host);
			await context.close();
		});
	}

	it('after leaving five pages, Back and Forward show none of them, only a cover that opens again', async () => {
		const { context } = await recordedContext(browser);
		await neutralPageStub(context, { delayMs: 1500 });
		const page = await context.newPage();
		await page.goto(OUTSIDE_URL);
		const menu = page.getByRole('navigation', { name: 'Menu utama' });

		// 1. Home. 2. An exercise, with typed words.
		await openPage(page, '/');
		await page.locator('a[href="/flow/tell"]').first().click();
		await page.getByRole('button', { name: 'Mulai' }).click();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.getByRole('checkbox', { name: 'Cemas' }).check();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.getByLabel('Apa yang sedang terjadi?').fill(WORDS);
		// 3. My space. 4. Help. 5. The directory, filtered on violence.
		await menu.getByRole('link', { name: 'Latihanku' }).click();
		await page.waitForURL((url) => url.pathname === '/my');
		await page.getByRole('heading', { level: 1 }).waitFor();
		await menu.getByRole('link', { name: 'Cari bantuan' }).click();
		await page.waitForURL((url) => url.pathname === '/help');
		await menu.getByRole('link', { name: 'Cari layanan' }).click();
		await page.getByRole('heading', { level: 1, name: 'Cari layanan' }).waitFor();
		// On a phone the filters are folded away behind one control.
		await page.getByText('Persempit daftar', { exact: true }).click();
		await page.getByLabel('Jenis kebutuhan').selectOption('violence-abuse');
		await page.getByRole('status').filter({ hasText: /Ditemukan/ }).waitFor();
		// The filter is on the screen, not in the address.
		expect(page.url()).toBe(`${baseURL}/resources`);
		expect(await page.locator('main .results a.name').allInnerTexts()).toContain('SAPA 129');

		// Blank at once, while the neutral page is still on its way.
		expect(await pressExitAndLook(page)).toBe('');
		await page.waitForURL(QUICK_EXIT_URL);

		// The tab's history keeps no page of the person: every entry of Langkah is the plain home page.
		const history = await tabHistory(page);
		const appEntries = history.filter((entry) => isApp(entry.url));
		expect(appEntries.length).toBeGreaterThan(0);
		for (const entry of appEntries) expect(entry.url).toBe(`${baseURL}/`);
		// (The exit also gives each entry a neutral title, but Chromium does not always take the change
		// in before the next step, so the titles are not asserted.)

		for (let step = 1; step <= 5; step++) {
			await page.goBack();
			await expectNothingOfThePerson(page, `Back ${step}`);
		}
		for (let step = 1; step <= 5; step++) {
			await page.goForward();
			await expectNothingOfThePerson(page, `Forward ${step}`);
		}

		// Where the cover shows, the person can choose to come back: then Langkah is all there.
		await openPage(page, '/my');
		await expectNothingOfThePerson(page, 'opening Langkah again in the same tab', { walkedBack: false });
		// A page with one button and deliberately nothing else (no heading, no landmark): every other check holds.
		const coverViolations = (await axeViolations(page)).filter(
			(violation) => !['page-has-heading-one', 'landmark-one-main', 'region'].includes(violation.id)
		);
		expect(coverViolations, describeViolations(coverViolations)).toEqual([]);
		await page.getByRole('button', { name: 'Buka lagi' }).click();
		await page.getByRole('button', { name: 'Keluar cepat' }).waitFor();
		await page.getByRole('heading', { level: 1 }).waitFor();
		// The mark is gone: the next load is Langkah as usual.
		await openPage(page, '/help');
		expect(await page.getByRole('button', { name: 'Buka lagi' }).isVisible()).toBe(false);
		await context.close();
	});

	// Chromium often loses the tab's sessionStorage when it loads the exercise afresh after another
	// site; the copy of the mark in localStorage covers it then.
	it('covers a Langkah page the browser kept in its back-forward cache', async () => {
		const { context } = await recordedContext(browser);
		await neutralPageStub(context);
		const page = await context.newPage();
		await writeInTell(page, WORDS);
		await page.evaluate(() => ((window as unknown as { keptAlive: boolean }).keptAlive = true));
		// Off to another site and on to another Langkah page: the exercise's page may stay frozen in the cache.
		await page.goto(OUTSIDE_URL);
		await openPage(page, '/help');
		await page.getByRole('button', { name: 'Keluar cepat' }).click();
		await page.waitForURL(QUICK_EXIT_URL);

		await page.goBack();
		expect(page.url()).toBe(OUTSIDE_URL);
		await page.goBack();
		expect(isApp(page.url())).toBe(true);
		// Another document's page: the exit could not walk over it, the cover hides it.
		await expectNothingOfThePerson(page, 'the exercise, back from the cache or loaded again', { walkedBack: false });
		const fromCache = await page.evaluate(() => (window as unknown as { keptAlive?: boolean }).keptAlive === true);
		console.info(`The exercise page came back ${fromCache ? 'from the back-forward cache' : 'as a fresh load'}.`);
		await context.close();
	});

	it('does not cover Langkah when the person opens it anew after leaving', async () => {
		const { context } = await recordedContext(browser);
		await neutralPageStub(context);
		const page = await context.newPage();
		await openPage(page, '/help');
		await page.getByRole('button', { name: 'Keluar cepat' }).click();
		await page.waitForURL(QUICK_EXIT_URL);
		const fresh = await context.newPage();
		await openPage(fresh, '/help');
		await expect.poll(() => fresh.getByRole('button', { name: 'Keluar cepat' }).isVisible()).toBe(true);
		expect(await fresh.getByRole('button', { name: 'Buka lagi' }).count()).toBe(0);
		await context.close();
	});

	it('stays on screen at the bottom of a long page, at 360 and 320 pixels wide', async () => {
		for (const width of [360, 320]) {
			const { context } = await recordedContext(browser, { viewport: { width, height: 640 } });
			await neutralPageStub(context, { delayMs: 1500 });
			const page = await context.newPage();
			await openPage(page, '/resources');
			await page.getByRole('status').filter({ hasText: /Ditemukan/ }).waitFor();
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await page.waitForFunction(() => window.scrollY > 1000);
			const exit = page.getByRole('button', { name: 'Keluar cepat' });
			const box = await exit.boundingBox();
			expect(box, `${width}px`).not.toBeNull();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height).toBeLessThanOrEqual(640);
			expect(box!.height).toBeGreaterThanOrEqual(44);
			expect(box!.width).toBeGreaterThanOrEqual(44);
			// Nothing lies over it: a tap at its centre reaches it.
			const onTop = await page.evaluate(
				({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent?.trim(),
				{ x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 }
			);
			expect(onTop).toBe('Keluar cepat');
			expect(await overflowsHorizontally(page), `${width}px scrolls sideways`).toBe(false);

			// A field reached with the keyboard is not hidden under the bar.
			await page.getByLabel('Kamu butuh bantuan soal apa?').focus();
			const field = await page.getByLabel('Kamu butuh bantuan soal apa?').boundingBox();
			const header = await page.locator('header').boundingBox();
			expect(field!.y).toBeGreaterThanOrEqual(header!.y + header!.height);

			expect(await pressExitAndLook(page)).toBe('');
			await page.waitForURL(QUICK_EXIT_URL);
			await context.close();
		}
	});

	it('leaves when Shift is pressed three times within two seconds', async () => {
		const { context } = await recordedContext(browser);
		await neutralPageStub(context);
		const page = await context.newPage();
		await openPage(page, '/settings');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.waitForURL(QUICK_EXIT_URL);
		await context.close();
	});

	it('does not leave when Shift is pressed only twice, or while typing capitals', async () => {
		const { context } = await recordedContext(browser);
		await neutralPageStub(context);
		const page = await context.newPage();
		await openPage(page, '/');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift+B');
		await page.waitForTimeout(300);
		expect(page.url()).toContain(new URL(baseURL).host);
		await context.close();
	});
});
