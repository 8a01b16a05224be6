import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

/** Site data blocked: touching IndexedDB at all throws. */
function throwOnTouch(): void {
	Object.defineProperty(window, 'indexedDB', {
		configurable: true,
		get() {
			throw new DOMException('Access to storage is not allowed', 'SecurityError');
		}
	});
}

/** Two ways a browser refuses storage: IndexedDB throws when touched, or refuses to open. */
const BLOCKERS: Record<string, () => void> = {
	'IndexedDB throws when touched (site data blocked)': throwOnTouch,
	'indexedDB.open throws': () => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('The user denied permission to access the database.', 'SecurityError');
		};
	}
};

const NEEDED_ID = 'Halaman ini perlu menyimpan di HP ini, tapi browser sedang tidak mengizinkannya.';
const NEEDED_EN = 'This page needs to save things on this phone, but the browser is not allowing it right now.';
const SAVED_NONE_ID = 'Browser ini sedang tidak mengizinkan Langkah menyimpan apa pun.';

async function blockedContext(block: () => void): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const { context } = await recordedContext(browser);
	await context.addInitScript(block);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return { context, page, errors };
}

describe('without storage', () => {
	for (const [name, block] of Object.entries(BLOCKERS)) {
		it(`${name}: the directory still finds SAPA 129, and pages that need storage say so calmly`, async () => {
			const { context, page, errors } = await blockedContext(block);

			await openPage(page, '/resources');
			await page.getByLabel('Kamu butuh bantuan soal apa?').fill('sapa');
			await page.locator('main .results a.name', { hasText: 'SAPA 129' }).first().waitFor();
			expect(await page.locator('main .results a.name').allInnerTexts()).toContain('SAPA 129');
			// The line under every page no longer promises that anything is kept.
			await page.locator('footer').getByText(SAVED_NONE_ID).waitFor();

			for (const path of ['/resources/mine', '/resources/import', '/my', '/settings', '/safety-plan']) {
				await openPage(page, path);
				await page.getByText(NEEDED_ID).waitFor();
			}

			await openPage(page, '/flow/calm');
			await page.locator('main').getByText(SAVED_NONE_ID).waitFor();
			expect(await page.getByText('langsung tersimpan di HP ini').count()).toBe(0);

			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('says so in English too, and the note is accessible', async () => {
		const { context, page, errors } = await blockedContext(throwOnTouch);
		await openPage(page, '/resources/mine');
		await page.getByText(NEEDED_ID).waitFor();
		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.getByText(NEEDED_EN).waitFor();
		await expectAccessible(page, '/resources/mine without storage');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('in a window whose quota is far below normal (an older Chromium private window), the "saved" lines say it lasts until the window closes', async () => {
		const { context } = await recordedContext(browser);
		// Chromium from version 138 reports the same quota in every window, so the quota is faked here.
		await context.addInitScript(() => {
			navigator.storage.estimate = async () => ({ quota: 60 * 1024 * 1024, usage: 0 });
		});
		const page = await context.newPage();
		const privateLine = 'Sepertinya ini jendela penyamaran. Apa yang kamu tulis di sini hanya ada sampai jendela ini ditutup, lalu hilang.';
		await openPage(page, '/');
		await page.locator('main').getByText(privateLine).waitFor();
		// Said once a screen: the footer says it only where the page does not.
		expect(await page.getByText(privateLine).filter({ visible: true }).count()).toBe(1);
		await openPage(page, '/help');
		await page.locator('footer').getByText(privateLine).waitFor();
		await openPage(page, '/flow/calm');
		await page.locator('main').getByText(privateLine).waitFor();
		expect(await page.getByText('langsung tersimpan di HP ini').count()).toBe(0);
		// Storage still works there: nothing says it is blocked.
		expect(await page.getByText(NEEDED_ID).count()).toBe(0);
		await page.getByLabel('Bahasa / Language').selectOption('en');
		await page.locator('main').getByText('This looks like a private (incognito) window.').waitFor();
		await context.close();
	});

	it('with storage working, nothing of this shows', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/resources/mine');
		await page.locator('footer').getByText('Semua yang kamu tulis hanya tersimpan di HP ini.').waitFor();
		expect(await page.getByText(NEEDED_ID).count()).toBe(0);
		await context.close();
	});
});

const QUESTION = 'Apa yang sedang terjadi?';
const OTHER_TAB = 'Latihan ini sedang dibuka di tab lain.';
const TAKE_OVER = 'Tulis di tab ini saja';

/** Starts "Ceritakan" and goes to its first free-text step. */
async function startTell(page: Page) {
	await openPage(page, '/flow/tell');
	await page.getByRole('button', { name: 'Mulai' }).click();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByRole('checkbox', { name: 'Cemas' }).check();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByLabel(QUESTION).waitFor();
}

/** Types at the end of the text box. */
async function typeAtEnd(page: Page, text: string) {
	const box = page.getByLabel(QUESTION);
	await box.focus();
	await page.keyboard.press('Control+End');
	await box.pressSequentially(text, { delay: 2 });
}

async function waitForText(page: Page, text: string) {
	await expect.poll(() => page.getByLabel(QUESTION).inputValue(), { timeout: 10_000 }).toBe(text);
}

describe('two tabs on one exercise', () => {
	it('one writes, the other reads and follows; taking over hands the writing across; no word is lost', async () => {
		const { context } = await recordedContext(browser);
		const a = await context.newPage();
		const b = await context.newPage();

		await startTell(a);
		let expected = 'Pagi ini aku bangun terlambat';
		await typeAtEnd(a, expected);

		// B opens the same run: read-only, with a note, showing A's words.
		await openPage(b, '/flow/tell');
		await b.getByRole('button', { name: 'Lanjutkan' }).click();
		await b.getByText(OTHER_TAB).waitFor();
		await waitForText(b, expected);
		expect(await b.getByLabel(QUESTION).isDisabled()).toBe(true);
		expect(await a.getByText(OTHER_TAB).count()).toBe(0);

		// A goes on writing; B follows.
		await typeAtEnd(a, ' dan bus sudah penuh');
		expected += ' dan bus sudah penuh';
		await waitForText(b, expected);

		// B takes over: it can write, and A turns read-only.
		await b.getByRole('button', { name: TAKE_OVER }).click();
		await expect.poll(() => b.getByLabel(QUESTION).isDisabled()).toBe(false);
		await a.getByText(OTHER_TAB).waitFor();
		expect(await a.getByLabel(QUESTION).isDisabled()).toBe(true);
		await typeAtEnd(b, ', lalu aku jalan kaki');
		expected += ', lalu aku jalan kaki';
		await waitForText(a, expected);

		// B types and A takes over right away: B writes what it has before A starts.
		await typeAtEnd(b, ' ke pasar');
		expected += ' ke pasar';
		await a.getByRole('button', { name: TAKE_OVER }).click();
		await expect.poll(() => a.getByLabel(QUESTION).isDisabled()).toBe(false);
		await waitForText(a, expected);
		await typeAtEnd(a, ' bersama adikku');
		expected += ' bersama adikku';
		await waitForText(b, expected);
		await b.getByText(OTHER_TAB).waitFor();

		// After reloading both, every word typed in either tab is there.
		await Promise.all([a.reload(), b.reload()]);
		for (const page of [a, b]) {
			await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
			await page.getByRole('button', { name: 'Lanjutkan' }).click();
			await waitForText(page, expected);
		}
		// Exactly one of them writes now.
		await expect.poll(async () => (await a.getByText(OTHER_TAB).count()) + (await b.getByText(OTHER_TAB).count())).toBe(1);
		const reader = (await b.getByText(OTHER_TAB).count()) === 1 ? b : a;
		expect(await reader.getByLabel(QUESTION).isDisabled()).toBe(true);
		await expectAccessible(reader, 'the read-only tab');
		await context.close();
	});
});
