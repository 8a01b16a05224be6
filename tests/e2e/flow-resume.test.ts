import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseURL, openPage, openPersistentBrowser, rawDatabase } from './harness';

const profile = mkdtempSync(join(tmpdir(), 'langkah-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

const openBrowser = () => openPersistentBrowser(profile);

describe('never losing a word', () => {
	it('brings back every word after the browser is closed mid-sentence, at the same step', async () => {
		const text = 'Sudah tiga bulan gaji saya tidak dibayar, dan anak saya harus bayar sekolah';
		let browser = await openBrowser();
		let page = browser.pages()[0] ?? (await browser.newPage());
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.getByRole('checkbox', { name: 'Cemas' }).check();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.getByLabel('Apa yang sedang terjadi?').pressSequentially(text, { delay: 5 });
		// Gone almost at once: no save button, only the tenth of a second a person needs to switch
		// away. (Killed within a few milliseconds of a keystroke, the last letter can be lost while
		// the write before it is still landing; the closing note names this.)
		await page.waitForTimeout(100);
		await browser.close();

		browser = await openBrowser();
		page = browser.pages()[0] ?? (await browser.newPage());
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Lanjutkan' }).click();
		expect(await page.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(text);
		await page.getByRole('button', { name: 'Kembali', exact: true }).click();
		expect(await page.getByRole('checkbox', { name: 'Cemas' }).isChecked()).toBe(true);

		// Reloading mid-flow, too.
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.reload();
		await page.getByRole('button', { name: 'Lanjutkan' }).click();
		expect(await page.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(text);

		// Starting again keeps the old run in My space.
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai dari awal' }).click();
		await page.locator('#step-heading').waitFor();
		// The new run is kept from its first step on (before that there is nothing to keep).
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await expect.poll(async () => (await rawDatabase(page)).split('"flowId":"tell"').length - 1).toBe(2);
		await openPage(page, '/my');
		await page.getByRole('heading', { name: 'Ceritakan' }).nth(1).waitFor();
		expect(await page.getByRole('heading', { name: 'Ceritakan' }).count()).toBe(2);
		await browser.close();
	});

	it('works from a fresh start with the network off, after one visit', async () => {
		const browser = await openBrowser();
		const page = browser.pages()[0] ?? (await browser.newPage());
		await openPage(page, '/');
		await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
		await browser.setOffline(true);
		await page.goto(new URL('/flow/calm', baseURL).href);
		await page.getByRole('button', { name: 'Mulai' }).click();
		await page.locator('#step-heading').waitFor();
		expect(await page.locator('#step-heading').innerText()).toBe('Bagaimana perasaanmu sekarang?');
		await browser.close();
	});
});
