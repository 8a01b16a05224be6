import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, browser, describeViolations, openPage, rawDatabase, recordedContext, useBrowser } from './harness';

useBrowser();

/** Runs "Tenangkan diri" to the end: a before score, then straight through, then "done for now". */
async function finishCalm(page: Page, before: string) {
	await openPage(page, '/flow/calm');
	await page.getByRole('button', { name: 'Mulai' }).click();
	await page.getByRole('radio', { name: before, exact: true }).check();
	while ((await page.getByRole('button', { name: 'Cukup sampai di sini dulu' }).count()) === 0) {
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	}
	await page.getByRole('button', { name: 'Cukup sampai di sini dulu' }).click();
	await page.getByText('Selesai. Terima kasih sudah meluangkan waktu.').waitFor();
}

describe('My space', () => {
	it('lists runs newest first, opens a finished run’s summary, and deletes a run after confirming', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await finishCalm(page, '7');
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await page.locator('#step-heading').waitFor();
		// A new run is kept from its first step on (before that there is nothing to keep).
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await expect.poll(async () => (await rawDatabase(page)).includes('"flowId":"tell"')).toBe(true);

		await openPage(page, '/my');
		await page.getByRole('heading', { name: 'Tenangkan diri' }).waitFor();
		const titles = await page.locator('main h2').allInnerTexts();
		expect(titles).toEqual(['Ceritakan keadaanmu', 'Tenangkan diri']);
		const violations = await axeViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);

		await page.getByRole('link', { name: 'Buka ringkasan: Tenangkan diri' }).click();
		await page.waitForURL('**/my/run?id=*');
		await page.getByText('7 / 10', { exact: false }).waitFor();
		expect(await axeViolations(page)).toEqual([]);

		await openPage(page, '/my');
		await page.getByRole('button', { name: /^Hapus Tenangkan diri/ }).click();
		await page.getByRole('button', { name: 'Ya, hapus' }).click();
		await page.getByText('Latihan itu sudah dihapus.').waitFor();
		expect(await page.locator('main h2').allInnerTexts()).toEqual(['Ceritakan keadaanmu']);
		await page.reload();
		await page.locator('main h2').first().waitFor();
		expect(await page.locator('main h2').allInnerTexts()).toEqual(['Ceritakan keadaanmu']);
		await context.close();
	});

	it('copies a finished run as text only when asked', async () => {
		const { context } = await recordedContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await finishCalm(page, '4');
		await page.getByRole('button', { name: 'Salin sebagai teks' }).click();
		await page.getByText('Ringkasan sudah disalin.').waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('Tenangkan diri');
		expect(copied).toContain('4 / 10');
		await context.close();
	});
});

describe('sharing an exercise', () => {
	it('shows the exercise’s address and a QR code drawn on the device, with no request elsewhere (on the worker page)', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		await openPage(page, '/worker');
		await page.getByText('Link dan kode QR: Tata masalahmu').click();
		const link = page.getByRole('link', { name: `${new URL('/flow/problems', baseURL).href}` });
		await link.waitFor();
		const qr = page.getByRole('img', { name: 'Kode QR untuk membuka Tata masalahmu' });
		await qr.waitFor();
		expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d/);
		const violations = await axeViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
