import { describe, expect, it } from 'vitest';
import { baseURL, browser, openPage, PAGES, recordedContext, useBrowser, waitForServiceWorker } from './harness';

useBrowser();

describe('offline', () => {
	it('opens every page with the network off after the first visit, deep links included', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/');
		await waitForServiceWorker(page);
		await context.setOffline(true);

		for (const path of PAGES) {
			await openPage(page, path);
			expect(await page.locator('h1').count(), path).toBe(1);
		}
		// A fresh tab straight to a deep link, and a reload, with no network.
		const fresh = await context.newPage();
		await openPage(fresh, '/privacy');
		expect(await fresh.locator('h1').innerText()).toBe('Privasi');
		await fresh.reload();
		await fresh.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		expect(await fresh.locator('h1').innerText()).toBe('Privasi');
		// An address that was never prerendered still opens the app (shell), not the browser's error.
		await fresh.goto(new URL('/no-such-page', baseURL).href);
		// The shell has no prerendered content: the header appears once the app has started.
		await fresh.locator('header').waitFor();
		expect(await fresh.locator('header').count()).toBe(1);
		await context.close();
	});
});
