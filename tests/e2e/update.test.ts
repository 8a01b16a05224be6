import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { browser, recordedContext, useBrowser, waitForServiceWorker } from './harness';

useBrowser();
let server: Awaited<ReturnType<typeof startServer>>;
let generation = 1;

beforeAll(async () => {
	// Its own server, whose service worker changes byte by byte when `generation` changes,
	// as it would after a new release.
	server = await startServer({
		root: 'build',
		port: 0,
		transform: (pathname, body) =>
			pathname === '/service-worker.js' ? Buffer.concat([body, Buffer.from(`\n// release ${generation}\n`)]) : undefined
	});
});
afterAll(async () => {
	await server?.close();
});

async function open(page: Page, path: string) {
	await page.goto(new URL(path, server.url).href);
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
}

function hasWaitingWorker(page: Page) {
	return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}

describe('a new version', () => {
	it('is announced, and takes over only when the person agrees', async () => {
		generation = 1;
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await open(page, '/settings');
		await waitForServiceWorker(page);
		await open(page, '/settings');
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

		generation = 2;
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await page.getByText('Ada versi baru Langkah.').waitFor();

		// "Not now": the old version stays in charge and nothing reloads.
		await page.getByLabel('Gelap').check();
		await page.getByRole('button', { name: 'Nanti saja' }).click();
		expect(await page.getByText('Ada versi baru Langkah.').count()).toBe(0);
		expect(await hasWaitingWorker(page)).toBe(true);

		// Coming back later, mid-exercise, it is offered again; agreeing reloads into the new
		// version and straight back into the exercise, with every word typed.
		await open(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		const text = 'Saya sedang menulis ini waktu versi baru datang';
		await page.getByLabel('Apa yang sedang terjadi?').fill(text);
		await page.getByText('Ada versi baru Langkah.').waitFor();
		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Perbarui sekarang' }).click()]);
		await page.getByLabel('Apa yang sedang terjadi?').waitFor();
		expect(await page.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(text);
		expect(await hasWaitingWorker(page)).toBe(false);
		expect(await page.getByText('Ada versi baru Langkah.').count()).toBe(0);
		await open(page, '/settings');
		expect(await page.getByLabel('Gelap').isChecked()).toBe(true);
		await context.close();
	});
});
