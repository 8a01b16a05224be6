import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, rawDatabase, recordedContext, useBrowser, writeInTell } from './harness';

useBrowser();

const MARKER = 'Kancil-penanda-4471 mengunci pintu';
const PIN = '583920';

async function unlockWith(page: Page, pin: string) {
	await page.getByLabel('PIN', { exact: true }).fill(pin);
	await page.getByRole('button', { name: 'Buka', exact: true }).click();
}

describe('the lock', () => {
	it('is offered gently once the person has written something, and "not now" is remembered', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai', exact: true }).click();
		const offer = page.getByRole('complementary', { name: 'Kunci Langkah' });
		expect(await offer.count()).toBe(0);
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
		await page.locator('.step textarea').fill('Kami menunggak sewa dua bulan.');
		await offer.waitFor();
		expect(await offer.getByRole('link', { name: 'Pasang kunci' }).getAttribute('href')).toBe('/settings#lock');
		await expectAccessible(page, 'lock offer');
		await offer.getByRole('button', { name: 'Nanti saja' }).click();
		expect(await offer.count()).toBe(0);
		await page.reload();
		await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
		await page.locator('.step textarea').waitFor();
		expect(await offer.count()).toBe(0);
		await context.close();
	});

	it('keeps the words encrypted on disk and shows only the unlock screen until the right PIN', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await writeInTell(page, MARKER);
		await expect.poll(() => rawDatabase(page)).toContain(MARKER);

		await openPage(page, '/settings');
		await page.getByRole('radio', { name: 'PIN (6 angka atau lebih)' }).check();
		await page.getByLabel('PIN atau kata sandi baru').fill('1234');
		await page.getByLabel('Ketik lagi', { exact: true }).fill('1234');
		await page.getByRole('button', { name: 'Pasang kunci' }).click();
		await page.getByText('Pakai 6 angka atau lebih, hanya angka.').waitFor();
		await page.getByLabel('PIN atau kata sandi baru').fill(PIN);
		await page.getByLabel('Ketik lagi', { exact: true }).fill(PIN);
		await page.getByRole('button', { name: 'Pasang kunci' }).click();
		await page.getByText('Selesai. Kunci sudah aktif.').waitFor({ timeout: 30_000 });

		await page.reload();
		await page.getByRole('heading', { level: 1, name: 'Langkah sedang dikunci' }).waitFor();
		// Only the unlock screen: no settings, and the quick exit button is still there.
		expect(await page.getByRole('heading', { name: 'Pengaturan' }).count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Keluar cepat' }).isVisible()).toBe(true);
		const raw = await rawDatabase(page);
		expect(raw).toContain('"flowId":"tell"');
		expect(raw).not.toContain('Kancil-penanda');
		await expectAccessible(page, 'unlock screen (id)');

		await unlockWith(page, '000000');
		await page.getByText('Itu belum benar. Coba lagi.').waitFor();
		expect(await page.getByRole('heading', { name: 'Langkah sedang dikunci' }).isVisible()).toBe(true);

		await unlockWith(page, PIN);
		await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
		await page.getByRole('link', { name: 'Latihanku' }).click();
		await page.getByRole('link', { name: /Lanjutkan/ }).first().click();
		await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
		await expect.poll(() => page.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(MARKER);

		// "Lock now" in the header closes it at once.
		await page.getByRole('button', { name: 'Kunci sekarang' }).click();
		await page.getByRole('heading', { level: 1, name: 'Langkah sedang dikunci' }).waitFor();
		expect(await page.getByLabel('Apa yang sedang terjadi?').count()).toBe(0);

		await context.close();
	});

	it('shows an accessible unlock screen in English, and reports the unlock time with the CPU slowed 4×', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US' });
		const page = await context.newPage();
		await openPage(page, '/settings');
		await page.getByRole('radio', { name: 'A PIN (6 numbers or more)' }).check();
		await page.getByLabel('New PIN or password').fill(PIN);
		await page.getByLabel('Type it again', { exact: true }).fill(PIN);
		await page.getByRole('button', { name: 'Turn the lock on' }).click();
		await page.getByText('Done. The lock is on.').waitFor({ timeout: 30_000 });
		await page.reload();
		await page.getByRole('heading', { level: 1, name: 'Langkah is locked' }).waitFor();
		await expectAccessible(page, 'unlock screen (en)');

		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const started = Date.now();
			await page.getByLabel('PIN', { exact: true }).fill(PIN);
			await page.getByRole('button', { name: 'Open', exact: true }).click();
			await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 30_000 });
			times.push(Date.now() - started);
			await page.getByRole('button', { name: 'Lock now' }).first().click();
			await page.getByRole('heading', { level: 1, name: 'Langkah is locked' }).waitFor();
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
		console.log(`unlock time with the CPU slowed 4x: median ${median} ms (${times.join(', ')} ms)`);
		expect(median).toBeLessThan(10_000);
		await context.close();
	});
});
