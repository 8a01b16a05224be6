import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

async function next(page: Page) {
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
}

async function heading(page: Page) {
	return page.locator('#step-heading').innerText();
}

describe('"Ceritakan keadaanmu" (Tell your story)', () => {
	it('goes from the opening to a reflection in the person’s own words, with axe passing on every step', async () => {
		const recorded = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await recorded.context.newPage();
		await openPage(page, '/flow/tell');
		await expectAccessible(page, 'intro');
		await page.getByRole('button', { name: 'Mulai' }).click();

		expect(await heading(page)).toBe('Di sini kamu bisa bercerita');
		await expectAccessible(page, 'welcome');
		await next(page);

		expect(await heading(page)).toBe('Bagaimana perasaanmu sekarang?');
		await page.getByRole('checkbox', { name: 'Sedih' }).check();
		await expectAccessible(page, 'feelings');
		await next(page);

		await page.getByLabel('Apa yang sedang terjadi?').fill('Suami saya kehilangan pekerjaan dan kami menunggak sewa.');
		await expectAccessible(page, 'what');
		await next(page);

		await page.getByRole('checkbox', { name: 'Uang dan pekerjaan' }).check();
		await page.getByRole('checkbox', { name: 'Tempat tinggal' }).check();
		await expectAccessible(page, 'areas');
		await next(page);

		// One question at a time: danger first, then thoughts of ending one's life.
		expect(await heading(page)).toBe('Apakah kamu sedang dalam bahaya sekarang?');
		await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
		await expectAccessible(page, 'danger');
		await next(page);

		expect(await heading(page)).toBe('Akhir-akhir ini, apakah kamu punya pikiran untuk mengakhiri hidup?');
		await page.getByRole('radio', { name: 'Ya', exact: true }).check();
		await expectAccessible(page, 'thoughts');
		await next(page);

		// "Yes" leads, gently, to the help lines, with tap-to-call links.
		expect(await heading(page)).toBe('Terima kasih sudah memberi tahu');
		expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
		expect(await page.locator('a[href="tel:129"]').count()).toBeGreaterThan(0);
		await expectAccessible(page, 'safety-help');
		await page.getByRole('button', { name: 'Aku aman sekarang, lanjutkan' }).click();

		expect(await heading(page)).toBe('Apa saja yang sudah kamu coba?');
		await page.getByLabel('Apa saja yang sudah kamu coba?').fill('Minta tolong ke RT.');
		await next(page);
		await page.getByLabel('Apa yang ingin kamu ubah?').fill('Punya tempat tinggal yang tenang.');
		await next(page);

		expect(await heading(page)).toBe('Ini yang kamu ceritakan');
		const reflection = await page.locator('main').innerText();
		expect(reflection).toContain('Suami saya kehilangan pekerjaan dan kami menunggak sewa.');
		expect(reflection).toContain('Punya tempat tinggal yang tenang.');
		expect(reflection).toContain('Kamu bilang mungkin ada pikiran untuk mengakhiri hidup.');
		await expectAccessible(page, 'reflection');
		await next(page);

		expect(await heading(page)).toBe('Mau lanjut ke mana?');
		await expectAccessible(page, 'next');
		await page.getByRole('button', { name: 'Cukup sampai di sini dulu' }).click();
		await page.getByText('Selesai. Terima kasih sudah meluangkan waktu.').waitFor();
		expect(await page.locator('main').innerText()).toContain('Minta tolong ke RT.');
		await expectAccessible(page, 'done');
		expect(recorded.foreignRequests()).toEqual([]);
		expect(recorded.cspViolations).toEqual([]);
		await recorded.context.close();
	});

	it('offers help lines, without blocking, when words of crisis are typed, and lets the person go on', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await next(page);
		await next(page);
		const field = page.getByLabel('Apa yang sedang terjadi?');
		await field.fill('Aku capek banget, rasanya pengen mati aja');
		const panel = page.getByRole('region', { name: 'Kamu tidak sendirian' });
		await panel.waitFor();
		expect(await panel.locator('a[href="tel:112"]:visible').count()).toBe(1);
		await expectAccessible(page, 'crisis panel');
		// Typing is not blocked, and the words stay.
		await field.press('End');
		await field.pressSequentially(' hari ini');
		expect(await field.inputValue()).toBe('Aku capek banget, rasanya pengen mati aja hari ini');
		await page.getByRole('button', { name: 'Aku aman sekarang, lanjutkan' }).click();
		expect(await panel.count()).toBe(0);
		await next(page);
		expect(await heading(page)).toBe('Apa saja dalam hidupmu yang ikut terpengaruh?');
		await context.close();
	});

	it('switches language mid-flow keeping the step and every word typed', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai' }).click();
		await next(page);
		await next(page);
		const text = 'Kami diusir dari kontrakan minggu lalu.';
		await page.getByLabel('Apa yang sedang terjadi?').fill(text);
		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByLabel('What is happening?').waitFor();
		expect(await page.getByLabel('What is happening?').inputValue()).toBe(text);
		await page.getByRole('button', { name: 'Back', exact: true }).click();
		expect(await heading(page)).toBe('How are you feeling right now?');
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		expect(await page.getByLabel('What is happening?').inputValue()).toBe(text);
		await context.close();
	});
});
