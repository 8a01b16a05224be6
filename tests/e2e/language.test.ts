import { describe, expect, it } from 'vitest';
import { browser, openPage, PAGES, recordedContext, useBrowser } from './harness';

useBrowser();

const LABEL = 'Bahasa / Language';

describe('language', () => {
	it('defaults to Indonesian, and to English when the browser prefers English', async () => {
		for (const [locale, lang, exitLabel] of [
			['id-ID', 'id', 'Keluar cepat'],
			['en-US', 'en', 'Quick exit'],
			['jv-ID', 'id', 'Keluar cepat']
		]) {
			const { context } = await recordedContext(browser, { locale });
			const page = await context.newPage();
			await openPage(page, '/');
			expect(await page.getAttribute('html', 'lang'), locale).toBe(lang);
			expect(await page.getByRole('button', { name: exitLabel }).count(), locale).toBe(1);
			await context.close();
		}
	});

	for (const path of PAGES) {
		it(`switches instantly on ${path}, sets <html lang>, and is remembered after a reload`, async () => {
			const { context } = await recordedContext(browser);
			const page = await context.newPage();
			await openPage(page, path);
			const select = page.getByLabel(LABEL);
			expect(await select.locator('option').allInnerTexts()).toEqual(['Bahasa Indonesia', 'English']);
			const headingBefore = await page.locator('h1').innerText();

			await select.selectOption('en');
			await page.getByRole('button', { name: 'Quick exit' }).waitFor();
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(page.url()).toContain(path === '/' ? '' : path);
			if (path !== '/') expect(await page.locator('h1').innerText()).not.toBe(headingBefore);

			await page.reload();
			await page.getByRole('button', { name: 'Quick exit' }).waitFor();
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(await page.getByLabel(LABEL).inputValue()).toBe('en');

			await page.getByLabel(LABEL).selectOption('id');
			await page.getByRole('button', { name: 'Keluar cepat' }).waitFor();
			expect(await page.getAttribute('html', 'lang')).toBe('id');
			await context.close();
		});
	}

	it('keeps the choice across visits (a new tab) and formats dates in the chosen language', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/settings');
		await page.getByLabel(LABEL).selectOption('en');
		// The first save asks the browser to keep our data and shows the date it was checked.
		const persistence = page.getByTestId('persistence');
		await persistence.filter({ hasText: 'Checked on' }).waitFor();
		const englishMonth = new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date());
		expect(await persistence.innerText()).toContain(englishMonth);

		const second = await context.newPage();
		await openPage(second, '/settings');
		expect(await second.getAttribute('html', 'lang')).toBe('en');
		await second.getByLabel(LABEL).selectOption('id');
		const indonesianMonth = new Intl.DateTimeFormat('id-ID', { month: 'long' }).format(new Date());
		await second.getByTestId('persistence').filter({ hasText: `Dicek pada` }).waitFor();
		expect(await second.getByTestId('persistence').innerText()).toContain(indonesianMonth);
		await context.close();
	});
});
