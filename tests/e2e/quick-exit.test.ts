import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../src/lib/safety/quick-exit';
import { baseURL, browser, openPage, PAGES, recordedContext, useBrowser } from './harness';

useBrowser();

/** Stands in for the neutral page, so the test needs no network. */
async function neutralPageStub(context: BrowserContext) {
	await context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Cuaca</title><h1>Cuaca</h1>' })
	);
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
