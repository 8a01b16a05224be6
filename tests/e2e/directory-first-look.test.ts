/**
 * The directory's first look (issue 12, "every page fast"): the list is in the prerendered page,
 * readable before any script runs; the bundled directory reaches the page as data, and the search
 * (its index built in a worker) starts only when the person turns to the search, then answers in
 * both languages; a service's page and the list work offline, their data precached. Axe on each
 * screen, a reload, and a language switch.
 */
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, recordedContext, useBrowser, waitForServiceWorker } from './harness';

useBrowser();

const SEARCH_LABEL = 'Kamu butuh bantuan soal apa?';
const searchWorker = (requests: readonly string[]) => requests.filter((url) => url.includes('search-index.worker'));

describe('the directory first look', () => {
	it('shows the list in the prerendered page, before any script runs', async () => {
		const context = await browser.newContext({ locale: 'id-ID', javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL('/resources', baseURL).href);
		const names = await page.locator('main ul.results[aria-label] a.name').allInnerTexts();
		expect(names.length).toBe(30);
		expect(await page.getByRole('status').filter({ hasText: /Ditemukan: \d+/ }).count()).toBe(1);
		await context.close();
	});

	it('starts the search only when the person turns to it, then finds services in both languages, after a reload too', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await openPage(page, '/resources');
		// The list is there and answers the empty search, with no search index built.
		await page.locator('main[data-searched=""]').waitFor({ state: 'attached' });
		const first = await page.locator('main ul.results[aria-label] a.name').allInnerTexts();
		expect(first.length).toBe(30);
		expect(searchWorker(recorded.requests)).toEqual([]);
		expect(recorded.requests.some((url) => url.endsWith('/resources/bundled/list/id.json'))).toBe(true);
		await expectAccessible(page, '/resources (first look)');

		// "Show more" works from the first look.
		await page.getByRole('button', { name: /Tampilkan \d+ lagi/ }).click();
		await expect.poll(() => page.locator('main ul.results[aria-label] a.name').count()).toBe(60);

		await page.getByLabel(SEARCH_LABEL).fill('sapa');
		await page.locator('main[data-searched="sapa"]').waitFor({ state: 'attached' });
		expect(await page.locator('main ul.results[aria-label] a.name').allInnerTexts()).toContain('SAPA 129');
		expect(searchWorker(recorded.requests).length).toBe(1);

		// In English, the same search finds the same service, by its English words too.
		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByLabel('What do you need help with?').fill('violence against women');
		await page.locator('main[data-searched="violence against women"]').waitFor({ state: 'attached' });
		expect(await page.locator('main ul.results[aria-label] a.name').allInnerTexts()).toContain('SAPA 129');
		await expectAccessible(page, '/resources (searched in English)');

		// After a reload the page starts in English and searches again.
		await page.reload();
		await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		await page.getByLabel('What do you need help with?').fill('legal aid');
		await page.locator('main[data-searched="legal aid"]').waitFor({ state: 'attached' });
		expect((await page.locator('main ul.results[aria-label] a.name').allInnerTexts()).length).toBeGreaterThan(0);
		expect(recorded.foreignRequests()).toEqual([]);
		expect(recorded.cspViolations).toEqual([]);
		await recorded.context.close();
	});

	it('opens the list, a search and a service with the network off after the first visit', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await openPage(page, '/resources');
		await page.getByLabel(SEARCH_LABEL).fill('sapa');
		await page.locator('main[data-searched="sapa"]').waitFor({ state: 'attached' });
		await page.getByRole('link', { name: 'SAPA 129' }).click();
		await page.getByRole('heading', { level: 1, name: 'SAPA 129' }).waitFor();
		await page.getByRole('link', { name: /Telepon 129/ }).waitFor();
		await expectAccessible(page, '/resources/service offline');
		await context.close();
	});
});
