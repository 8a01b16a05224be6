import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

const WORDS = 'Kontrakan naik terus dan gajiku belum dibayar';

function heading(page: Page): Promise<string> {
	return page.locator('#step-heading').innerText();
}

async function next(page: Page, language: 'id' | 'en' = 'id') {
	const before = await heading(page);
	await page.getByRole('button', { name: language === 'id' ? 'Lanjut' : 'Next', exact: true }).click();
	await expect.poll(() => heading(page)).not.toBe(before);
}

/** The element that has focus, described so that a failure says where it went. */
function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const element = document.activeElement;
		if (!element || element === document.body) return 'body';
		return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`;
	});
}

describe('Back inside an exercise', () => {
	for (const language of ['id', 'en'] as const) {
		it(`goes to the previous step, keeps the answers, and leaves from the first step (${language})`, async () => {
			const { context } = await recordedContext(browser, { locale: language === 'id' ? 'id-ID' : 'en-US' });
			const page = await context.newPage();
			await openPage(page, '/');
			await openPage(page, '/flow/tell');
			await page.getByRole('button', { name: language === 'id' ? 'Mulai' : 'Start' }).click();
			const first = await heading(page);
			await next(page, language);
			const feelings = await heading(page);
			await page.locator('.step input[type="checkbox"]').first().check();
			await next(page, language);
			await page.locator('.step textarea').fill(WORDS);
			const what = await heading(page);

			await page.goBack();
			await expect.poll(() => heading(page)).toBe(feelings);
			expect(page.url()).toBe(`${baseURL}/flow/tell`);
			expect(await page.locator('.step input[type="checkbox"]').first().isChecked()).toBe(true);
			expect(await focused(page)).toBe('h2#step-heading');

			// Forward in the exercise again with its own button, then Back twice.
			await next(page, language);
			expect(await heading(page)).toBe(what);
			expect(await page.locator('.step textarea').inputValue()).toBe(WORDS);
			await page.goBack();
			await expect.poll(() => heading(page)).toBe(feelings);
			await page.goBack();
			await expect.poll(() => heading(page)).toBe(first);

			// From the first step, Back leaves the exercise for the page before it.
			await page.goBack();
			await page.waitForURL(`${baseURL}/`);
			await context.close();
		});
	}

	it('still leaves by quick exit with nothing of the exercise behind it', async () => {
		const { context } = await recordedContext(browser);
		await context.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Cuaca</title>' }));
		const page = await context.newPage();
		await page.goto('about:blank');
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await next(page);
		await page.locator('.step input[type="checkbox"]').first().check();
		await next(page);
		await page.locator('.step textarea').fill(WORDS);
		await page.getByRole('button', { name: 'Keluar cepat' }).click();
		await page.waitForURL(/google\.com/);
		await page.goBack();
		expect(page.url()).toBe('about:blank');
		await context.close();
	});
});
