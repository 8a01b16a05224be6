import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, overflowsHorizontally, recordedContext, useBrowser } from './harness';

useBrowser();

const LANGUAGES = [
	{
		locale: 'id-ID',
		title: 'Halaman ini tidak ada',
		home: 'Kembali ke beranda',
		exit: 'Keluar cepat',
		homeHeading: /Langkah/
	},
	{
		locale: 'en-US',
		title: 'We cannot find this page',
		home: 'Back to the home page',
		exit: 'Quick exit',
		homeHeading: /Langkah/
	}
] as const;

/** Addresses that match no page, and addresses whose percent-encoding cannot be decoded. */
const BAD_ADDRESSES = ['/no-such-page', '/flow/nope', '/flow/%E0%A4%A', '/flow/%', '/about%', '/my/%C3'];

/** Collects uncaught errors, which would leave a white page. */
function uncaughtErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Loads an address that may not be a page of the app, and waits for the app to have started. */
async function openAddress(page: Page, path: string): Promise<void> {
	// Playwright would normalise nothing here either; the server and router see the raw address.
	await page.goto(`${baseURL}${path}`);
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
}

describe('the app’s own error page', () => {
	for (const language of LANGUAGES) {
		it(`shows for unknown and malformed addresses, with the exit button and a way home (${language.locale})`, async () => {
			const { context } = await recordedContext(browser, { locale: language.locale, viewport: { width: 320, height: 640 } });
			const page = await context.newPage();
			const errors = uncaughtErrors(page);
			for (const path of BAD_ADDRESSES) {
				await openAddress(page, path);
				await page.getByRole('heading', { level: 1, name: language.title }).waitFor();
				expect(await page.getByRole('button', { name: language.exit }).isVisible(), path).toBe(true);
				expect(await page.title(), path).toContain(language.title);
				await expectAccessible(page, `error page for ${path}, ${language.locale}`);
			}
			expect(errors).toEqual([]);
			await page.getByRole('link', { name: language.home }).click();
			await page.waitForURL(`${baseURL}/`);
			await page.getByRole('heading', { level: 1, name: language.homeHeading }).waitFor();
			await context.close();
		});
	}

	it('is shown by the installed app (service worker) too; a malformed part after # or ? breaks nothing', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		const errors = uncaughtErrors(page);
		await openPage(page, '/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		await openAddress(page, '/flow/%E0%A4%A');
		await page.getByRole('heading', { level: 1, name: 'Halaman ini tidak ada' }).waitFor();
		// A malformed part after "#" or "?" leaves the page itself working.
		await openAddress(page, '/about#%E0');
		await page.getByRole('heading', { level: 1, name: 'Tentang cara kerja Langkah' }).waitFor();
		await openAddress(page, '/resources/service?id=%E0%');
		await page.getByRole('link', { name: 'Kembali ke semua layanan' }).waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps the server answering after a malformed address', async () => {
		expect((await fetch(`${baseURL}/flow/%`)).status).toBe(400);
		const home = await fetch(`${baseURL}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('Langkah');
	});
});

describe('exercise addresses', () => {
	it('opens "Tell your story" from /flow/Tell, and moves to the address in small letters', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US' });
		const page = await context.newPage();
		await openAddress(page, '/flow/Tell');
		await page.getByRole('heading', { level: 1, name: 'Tell your story' }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/flow/tell');
		await context.close();
	});
});

describe('long text', () => {
	const LONG_NAME = 'N'.repeat(20_000);
	const LONG_WORD = 'W'.repeat(20_000);

	it('wraps a 20,000-letter name and word instead of widening the page, and says when a field is full', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US', viewport: { width: 320, height: 640 } });
		const page = await context.newPage();

		await openPage(page, '/safety-plan');
		await page.getByLabel('Sign 1', { exact: true }).fill(`${LONG_WORD}and more`);
		// The field keeps what fits and says so, gently.
		expect(await page.getByLabel('Sign 1', { exact: true }).inputValue()).toBe(LONG_WORD);
		await page.getByText('You have written 20,000 characters here').waitFor();
		const form = page.getByRole('form', { name: 'Add a person' });
		await form.getByLabel('Name', { exact: true }).fill(LONG_NAME);
		await form.getByLabel('How they can help', { exact: true }).fill(LONG_WORD);
		await form.getByRole('button', { name: 'Add this person' }).click();
		await page.getByRole('group', { name: LONG_NAME }).waitFor();
		expect(await overflowsHorizontally(page), '/safety-plan').toBe(false);

		await openPage(page, '/resources/mine');
		await page.getByRole('heading', { name: LONG_NAME }).waitFor();
		expect(await overflowsHorizontally(page), '/resources/mine').toBe(false);

		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Start' }).click();
		const next = () => page.getByRole('button', { name: 'Next', exact: true }).click();
		await next();
		await next();
		await page.getByLabel('What is happening?').fill(`${LONG_WORD} ${LONG_NAME}`);
		await page.getByText('You have written 20,000 characters here').waitFor();
		expect(await page.getByLabel('What is happening?').inputValue()).toHaveLength(20_000);
		expect(await overflowsHorizontally(page), 'text step').toBe(false);
		await next();
		await next();
		await page.getByRole('radio', { name: 'No', exact: true }).check();
		await next();
		await page.getByRole('radio', { name: 'No', exact: true }).check();
		await next();
		await next();
		await next();
		await page.locator('#step-heading', { hasText: 'Here is what you wrote' }).waitFor();
		expect(await page.locator('main').innerText()).toContain(LONG_WORD);
		expect(await overflowsHorizontally(page), 'reflection').toBe(false);

		await openPage(page, '/my');
		expect(await overflowsHorizontally(page), '/my').toBe(false);
		await context.close();
	});
});

describe('imported directories', () => {
	it('refuses a file nested 3,000 levels deep with a clear message', async () => {
		const { context } = await recordedContext(browser, { locale: 'id-ID' });
		const page = await context.newPage();
		await openPage(page, '/resources/import');
		const link = '{"id":"o","name":"O","description":"d","services":[{"id":"s","name":"S","status":"active","organization":';
		const nested = `{"id":"x","name":"A","status":"active","organization":${link.repeat(3_000)}{}${'}]}'.repeat(3_000)}}`;
		await page.getByLabel('File direktori').setInputFiles({ name: 'dalam.json', mimeType: 'application/json', buffer: Buffer.from(nested) });
		await page.getByRole('button', { name: 'Muat', exact: true }).click();
		await page.getByRole('alert').filter({ hasText: 'Isi file dalam.json bertumpuk terlalu dalam' }).waitFor();
		await expectAccessible(page, '/resources/import (too deep)');
		await context.close();
	});

	it('links only plain email and web addresses of a service', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-GB' });
		const page = await context.newPage();
		await openPage(page, '/resources/import');
		const id = 'f0000000-0000-4000-8000-000000000010';
		const services = [
			{ id, name: 'Hostile Contacts', status: 'active', email: 'help?cc=spy@evil.example', url: 'https://bank.example@evil.example/' },
			{ id: 'f0000000-0000-4000-8000-000000000011', name: 'Plain Contacts', status: 'active', email: 'help@plain.example', url: 'https://plain.example/' }
		];
		await page.getByLabel('Directory files').setInputFiles({ name: 'contacts.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(services)) });
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('heading', { name: 'Imported: contacts.json' }).waitFor();

		await openPage(page, `/resources/service?id=${id}`);
		await page.getByRole('heading', { level: 1, name: 'Hostile Contacts' }).waitFor();
		await page.getByText('Email help?cc=spy@evil.example').waitFor();
		expect(await page.locator('main a[href^="mailto:"]').count()).toBe(0);
		expect(await page.locator('main a[href*="evil.example"]').count()).toBe(0);

		await openPage(page, '/resources/service?id=f0000000-0000-4000-8000-000000000011');
		await page.getByRole('heading', { level: 1, name: 'Plain Contacts' }).waitFor();
		expect(await page.getByRole('link', { name: 'Email help@plain.example' }).getAttribute('href')).toBe('mailto:help@plain.example');
		expect(await page.getByRole('link', { name: /plain\.example\/$/ }).getAttribute('href')).toBe('https://plain.example/');
		await context.close();
	});
});
