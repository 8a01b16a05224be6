/**
 * The crisis panel from a free-text step of every exercise, in both languages: call buttons first,
 * the safety plan one tap away, the "helping someone" version for a friend at risk, focus back in
 * the field after "I am safe, continue", and the classifier's weights loaded from the app itself.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

const WORDS = {
	id: {
		locale: 'id-ID',
		start: 'Mulai',
		next: 'Lanjut',
		title: 'Kamu tidak sendirian',
		helping: 'Membantu orang yang kamu khawatirkan',
		safe: 'Aku aman sekarang, lanjutkan',
		helpingContinue: 'Lanjutkan latihan',
		plan: 'Buka rencana keselamatanku',
		risky: 'utang makin numpuk, suami gak peduli. kadang aku mikir mending aku ilang aja dari dunia ini',
		friend: 'temenku bilang dia udah gak kuat hidup dan pengen bunuh diri, aku harus gimana',
		quiet: 'tadi mati lampu jadi gak bisa masak, besok mau ke pasar'
	},
	en: {
		locale: 'en-GB',
		start: 'Start',
		next: 'Next',
		title: 'You are not alone',
		helping: 'Helping someone you are worried about',
		safe: 'I am safe, continue',
		helpingContinue: 'Continue the exercise',
		plan: 'Open my safety plan',
		risky: 'the rent is late again and honestly i just want to disappear and never wake up',
		friend: 'my best friend keeps saying she wants to kill herself, how do i help her',
		quiet: 'the power went out so i could not cook, going to the market tomorrow'
	}
} as const;

type Language = keyof typeof WORDS;

/** Each exercise and how many times "next" leads from its start to its first free-text field. */
const EXERCISES = [
	{ path: '/flow/tell', nexts: 2 },
	{ path: '/flow/problems', nexts: 1 },
	{ path: '/flow/decide', nexts: 1 },
	{ path: '/flow/strengths', nexts: 2 },
	{ path: '/flow/activities', nexts: 4 }
] as const;

async function openFreeTextStep(page: Page, language: Language, path: string, nexts: number) {
	await openPage(page, path);
	await page.getByRole('button', { name: WORDS[language].start, exact: true }).click();
	for (let index = 0; index < nexts; index++) await page.getByRole('button', { name: WORDS[language].next, exact: true }).click();
	const field = page.locator('.step textarea, .step input[type="text"]').first();
	await field.waitFor();
	return field;
}

describe('The crisis panel', () => {
	for (const language of ['id', 'en'] as const) {
		const w = WORDS[language];
		for (const { path, nexts } of EXERCISES) {
			it(`appears once near the field in ${path} (${language}), with call buttons first and focus back after "safe"`, async () => {
				const recorded = await recordedContext(browser, { locale: w.locale });
				const page = await recorded.context.newPage();
				await openFreeTextStep(page, language, path, nexts);
				const field = page.locator('.step textarea, .step input[type="text"]').first();

				await field.fill(w.quiet);
				await page.waitForTimeout(300);
				expect(await page.getByRole('region', { name: w.title }).count()).toBe(0);

				await field.fill(w.risky);
				const panel = page.getByRole('region', { name: w.title });
				await panel.waitFor();
				expect(await page.getByRole('region', { name: w.title }).count()).toBe(1);
				// Call buttons come before anything else that can be tapped.
				const firstLinks = await panel.locator('a').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
				expect(firstLinks).toEqual(['tel:112', 'tel:110', 'tel:119']);
				expect(await panel.locator('a[href="tel:129"]:visible').count()).toBe(1);
				expect(await panel.getByRole('link', { name: w.plan }).getAttribute('href')).toBe('/safety-plan');
				// Sources and dates wait inside a closed detail.
				expect(await panel.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
				await expectAccessible(page, `panel ${path} ${language}`);

				await field.focus();
				await panel.getByRole('button', { name: w.safe }).click();
				expect(await page.getByRole('region', { name: w.title }).count()).toBe(0);
				expect(await page.evaluate(() => document.activeElement?.matches('.step textarea, .step input'))).toBe(true);
				expect(await field.inputValue()).toBe(w.risky);
				expect(recorded.foreignRequests()).toEqual([]);
				await recorded.context.close();
			});
		}

		it(`answers a friend at risk with the "helping someone" version (${language})`, async () => {
			const { context } = await recordedContext(browser, { locale: w.locale });
			const page = await context.newPage();
			const field = await openFreeTextStep(page, language, '/flow/tell', 2);
			await field.fill(w.friend);
			const panel = page.getByRole('region', { name: w.helping });
			await panel.waitFor();
			expect(await page.getByRole('region', { name: w.title }).count()).toBe(0);
			expect(await panel.locator('a[href="tel:112"]:visible').count()).toBe(1);
			expect(await panel.locator('li').count()).toBeGreaterThan(5);
			await expectAccessible(page, `helping ${language}`);
			await panel.getByRole('button', { name: w.helpingContinue }).click();
			expect(await page.getByRole('region', { name: w.helping }).count()).toBe(0);
			await context.close();
		});
	}

	it('sits in the list entry whose words raised it, not under the whole list', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		const first = await openFreeTextStep(page, 'id', '/flow/problems', 1);
		await first.fill('utang pinjol 8 juta');
		await page.getByRole('button', { name: 'Tambah masalah' }).click();
		const items = page.locator('li.item');
		await items.nth(1).locator('textarea').fill(WORDS.id.risky);
		await page.getByRole('button', { name: 'Tambah masalah' }).click();
		await items.nth(2).locator('textarea').fill('anak mau masuk SMP');
		const panel = items.nth(1).getByRole('region', { name: WORDS.id.title });
		await panel.waitFor();
		expect(await page.getByRole('region', { name: WORDS.id.title }).count()).toBe(1);
		expect(await items.nth(0).getByRole('region').count()).toBe(0);
		await expectAccessible(page, 'panel in a list entry');
		await panel.getByRole('button', { name: WORDS.id.safe }).click();
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('anak mau masuk SMP');
		await context.close();
	});

	it('loads the classifier from the app, and the safety plan opens from the panel', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		const field = await openFreeTextStep(page, 'id', '/flow/tell', 2);
		await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/models/crisis.bin')));
		expect(recorded.requests.filter((url) => url.endsWith('/models/crisis.bin')).length).toBe(1);
		await field.fill(WORDS.id.risky);
		await page.getByRole('link', { name: WORDS.id.plan }).click();
		await page.waitForURL(new URL('/safety-plan', baseURL).href);
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
