import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, openPage, rawDatabase, recordedContext, useBrowser } from './harness';

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

describe('focus after an action', () => {
	it('goes somewhere sensible after "I am safe", deleting and "No, keep it", never to nothing', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US' });
		const page = await context.newPage();

		// "I am safe, continue" returns to the field the person was writing in.
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Start' }).click();
		await next(page, 'en');
		await page.locator('.step input[type="checkbox"]').first().check();
		await next(page, 'en');
		await page.locator('.step textarea').fill('I want to end my life');
		await page.getByRole('button', { name: 'I am safe, continue' }).first().click();
		await expect.poll(() => focused(page)).toMatch(/^textarea/);

		// My space: "No, keep it" returns to Delete; deleting moves to the next exercise or the title.
		await openPage(page, '/flow/calm');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.locator('#step-heading').waitFor();
		// A new run is kept from its first step on (before that there is nothing to keep).
		await next(page, 'en');
		await expect.poll(async () => (await rawDatabase(page)).includes('"flowId":"calm"')).toBe(true);
		await openPage(page, '/my');
		await page.getByRole('button', { name: /^Delete / }).first().click();
		expect(await focused(page)).toBe('button');
		await page.getByRole('button', { name: 'No, keep it' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Delete /);
		await page.getByRole('button', { name: /^Delete / }).first().click();
		await page.getByRole('button', { name: 'Yes, delete' }).click();
		await expect.poll(() => focused(page)).toMatch(/^h2#run-/);
		await page.getByRole('button', { name: /^Delete / }).first().click();
		await page.getByRole('button', { name: 'Yes, delete' }).click();
		await expect.poll(() => focused(page)).toBe('h1#page-title');

		// My services: a saved note gets focus; removing a note, a person, a need and a service too.
		await openPage(page, '/resources');
		await page.getByLabel('What do you need help with?').fill('sapa');
		await page.getByRole('link', { name: 'SAPA 129' }).click();
		await page.getByRole('button', { name: 'Save to My services' }).click();
		await page.getByText('Saved in My services.').waitFor();
		await openPage(page, '/resources/mine');
		await page.getByRole('button', { name: 'Make a note for SAPA 129' }).click();
		await page.getByRole('button', { name: 'Cancel' }).click();
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Make a note for SAPA 129');
		await page.getByRole('button', { name: 'Make a note for SAPA 129' }).click();
		await page.getByLabel('What you want them to know (your words)').fill('I need someone to talk to.');
		await page.getByRole('button', { name: 'Save the note' }).click();
		await expect.poll(() => focused(page)).toMatch(/^h3#tracker-/);
		await page.getByRole('button', { name: 'Delete this note' }).click();
		await page.getByRole('button', { name: 'No, keep it' }).click();
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Delete this note');
		await page.getByRole('button', { name: 'Delete this note' }).click();
		await page.getByRole('button', { name: 'Yes, delete' }).click();
		await expect.poll(() => focused(page)).toMatch(/^h2#saved-/);

		await page.getByLabel('Name', { exact: true }).fill('Bu Sari');
		await page.getByRole('button', { name: 'Add this person' }).click();
		await page.getByRole('button', { name: 'Remove Bu Sari' }).click();
		await expect.poll(() => focused(page)).toBe('input#person-name');

		await page.getByLabel('What you needed').fill('A room for tonight');
		await page.getByRole('button', { name: 'Write it down' }).click();
		await page.getByRole('button', { name: /^Remove: A room/ }).click();
		await expect.poll(() => focused(page)).toBe('textarea#unmet-what');

		await page.getByRole('button', { name: 'Remove SAPA 129' }).click();
		await page.getByRole('button', { name: 'No, keep it' }).click();
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Remove SAPA 129');
		await page.getByRole('button', { name: 'Remove SAPA 129' }).click();
		await page.getByRole('button', { name: 'Yes, delete' }).click();
		await expect.poll(() => focused(page)).toBe('h1#page-title');
		await context.close();
	});
});
