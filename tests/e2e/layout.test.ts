/**
 * A new user on a small phone (360 × 740, and 320 px wide): what they see without scrolling, how
 * the 0–10 scale lies, that long answers show in full, that the share box looks like a control,
 * that "saved only here" is said once, and that the directory's filters fold away and its cards call.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, overflowsHorizontally, recordedContext, useBrowser } from './harness';

useBrowser();

const PHONE = { width: 360, height: 740 };
const SMALL = { width: 320, height: 640 };

const WORDS = {
	id: {
		locale: 'id-ID',
		help: 'Cari bantuan sekarang',
		start: 'Mulai',
		next: 'Lanjut',
		sad: 'Sedih',
		what: 'Apa yang sedang terjadi?',
		share: 'Bagikan latihan ini',
		savedHere: /tersimpan di (perangkat|HP) ini/,
		filters: 'Persempit daftar',
		call129: 'Telepon 129',
		long: 'Suamiku kehilangan pekerjaan di pabrik dan kami sudah tiga bulan menunggak sewa kontrakan. Anak-anak harus pindah sekolah, ibuku sakit di kampung, dan setiap malam aku tidak bisa tidur karena memikirkan utang ke tetangga dan ke koperasi.'
	},
	en: {
		locale: 'en-GB',
		help: 'Find help now',
		start: 'Start',
		next: 'Next',
		sad: 'Sad',
		what: 'What is happening?',
		share: 'Share this exercise',
		savedHere: /on this (device|phone)/,
		filters: 'Narrow the list',
		call129: 'Call 129',
		long: 'My husband lost his job at the factory and we are three months behind on the rent. The children had to change schools, my mother is ill back home, and every night I cannot sleep for thinking about what we owe the neighbours and the co-operative.'
	}
} as const;

type Language = keyof typeof WORDS;

async function phonePage(language: Language, viewport = PHONE, options: BrowserContextOptions = {}) {
	const recorded = await recordedContext(browser, { locale: WORDS[language].locale, viewport, ...options });
	return { context: recorded.context, page: await recorded.context.newPage() };
}

/** The boxes of some elements, in page coordinates. */
async function boxes(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }[]> {
	return locator.evaluateAll((elements) =>
		elements.map((element) => {
			const rect = element.getBoundingClientRect();
			return { x: rect.x, y: rect.y + scrollY, width: rect.width, height: rect.height };
		})
	);
}

/** How many boxes lie in each row, top to bottom (a row: the same top edge, to a pixel). */
function rowCounts(list: { y: number }[]): number[] {
	const rows = new Map<number, number>();
	for (const { y } of list) {
		const row = [...rows.keys()].find((top) => Math.abs(top - y) <= 1) ?? y;
		rows.set(row, (rows.get(row) ?? 0) + 1);
	}
	return [...rows.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

/** How many elements on screen say that what is written stays on this phone. */
function savedHereLines(page: Page, language: Language): Promise<number> {
	return page.getByText(WORDS[language].savedHere).filter({ visible: true }).count();
}

async function startExercise(page: Page, language: Language, path: string) {
	await openPage(page, path);
	await page.getByRole('button', { name: WORDS[language].start, exact: true }).click();
	await page.locator('#step-heading').waitFor();
}

describe('on a small phone', () => {
	for (const language of ['id', 'en'] as const) {
		const w = WORDS[language];

		it(`home shows "find help now" on the first screen, and says once that everything stays here (${language})`, async () => {
			const { context, page } = await phonePage(language);
			await openPage(page, '/');
			const help = page.getByRole('link', { name: w.help, exact: true });
			expect(await help.getAttribute('href')).toBe('/help');
			const [box] = await boxes(help);
			expect(box!.y + box!.height, 'bottom of "find help now"').toBeLessThanOrEqual(PHONE.height);
			expect(box!.height).toBeGreaterThanOrEqual(44);
			expect(await savedHereLines(page, language)).toBe(1);
			await expectAccessible(page, `home (${language}, 360)`);
			await page.setViewportSize(SMALL);
			const [small] = await boxes(help);
			expect(small!.y + small!.height, 'bottom of "find help now" at 320 × 640').toBeLessThanOrEqual(SMALL.height);
			await expectAccessible(page, `home (${language}, 320)`);
			await context.close();
		});

		it(`the 0–10 scale lies in at most two even rows of equal buttons, one row where it fits (${language})`, async () => {
			const { context, page } = await phonePage(language);
			await startExercise(page, language, '/flow/calm');
			const radios = page.getByRole('radio');
			expect(await radios.count()).toBe(11);
			for (const viewport of [PHONE, SMALL, { width: 800, height: 740 }]) {
				await page.setViewportSize(viewport);
				const list = await boxes(radios);
				const rows = rowCounts(list);
				const where = `${viewport.width} px: rows ${rows.join(' + ')}`;
				expect(rows.length, where).toBeLessThanOrEqual(2);
				if (viewport.width >= 800) expect(rows, where).toEqual([11]);
				// 0–5 over 6–10: the first row never shorter, the two never more than one apart.
				if (rows.length === 2) expect(rows[0]! - rows[1]!, where).toBeGreaterThanOrEqual(0);
				if (rows.length === 2) expect(rows[0]! - rows[1]!, where).toBeLessThanOrEqual(1);
				const widths = list.map((box) => box.width);
				expect(Math.max(...widths) - Math.min(...widths), `${where}: equal widths`).toBeLessThanOrEqual(1);
				for (const box of list) {
					expect(box.width, where).toBeGreaterThanOrEqual(44);
					expect(box.height, where).toBeGreaterThanOrEqual(44);
				}
				// The cells of the second row stand under those of the first.
				if (rows.length === 2) expect(list[rows[0]!]!.x, `${where}: aligned`).toBeCloseTo(list[0]!.x, 0);
				expect(await overflowsHorizontally(page), where).toBe(false);
			}
			await page.setViewportSize(SMALL);
			await expectAccessible(page, `scale (${language}, 320)`);
			await context.close();
		});

		it(`a long answer shows in full in a box that grows, and no share box on the exercise (${language})`, async () => {
			const { context, page } = await phonePage(language);
			await startExercise(page, language, '/flow/tell');
			// The welcome step says once that what is written stays here.
			expect(await savedHereLines(page, language)).toBe(1);
			await page.getByRole('button', { name: w.next, exact: true }).click();
			await page.getByRole('checkbox', { name: w.sad }).check();
			await page.getByRole('button', { name: w.next, exact: true }).click();
			const field = page.getByLabel(w.what);
			expect(await field.evaluate((element) => element.tagName)).toBe('TEXTAREA');
			const empty = (await boxes(field))[0]!.height;
			await field.fill(`${w.long}\n\n${w.long}\n\n${w.long}`);
			const grown = (await boxes(field))[0]!.height;
			expect(grown).toBeGreaterThan(empty);
			// Nothing hidden inside the box: it is as tall as its text.
			expect(await field.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
			// Still once, now that there is something written (the lock offer says it then).
			expect(await savedHereLines(page, language)).toBe(1);

			// The share box is the worker's (on /worker): the person's exercise screens do not carry it.
			expect(await page.getByText(w.share, { exact: true }).count()).toBe(0);
			await page.setViewportSize(SMALL);
			await expectAccessible(page, `text step (${language}, 320)`);
			await context.close();
		});

		it(`/resources folds its filters behind one control and each card calls (${language})`, async () => {
			const { context, page } = await phonePage(language);
			await openPage(page, '/resources');
			await page.locator('main .results a.name').first().waitFor();
			const filters = page.locator('main summary');
			expect(await filters.innerText()).toBe(w.filters);
			expect(await page.getByRole('combobox').filter({ visible: true }).count(), 'only the language choice shows').toBe(1);
			// The help lines: with the whole directory, offices without a phone come first (they serve most needs).
			await page.locator('#resource-query').fill(language === 'id' ? 'darurat' : 'emergency');
			const call = page.locator('main .results').getByRole('link', { name: w.call129, exact: true }).first();
			await call.waitFor();
			expect(await call.getAttribute('href')).toBe('tel:129');
			expect((await boxes(call))[0]!.height).toBeGreaterThanOrEqual(44);
			// Every card whose service has a phone has a call button.
			const cards = page.locator('main .results > li');
			const calls = page.locator('main .results > li a[href^="tel:"]');
			expect(await calls.count()).toBeGreaterThan((await cards.count()) / 2);
			// Help lines have no place to go: no "check before you go" on them.
			expect(await page.getByText(language === 'id' ? 'cek dulu sebelum datang' : 'check before you go').count()).toBe(0);
			await expectAccessible(page, `/resources (${language}, 360)`);
			await page.setViewportSize(SMALL);
			await expectAccessible(page, `/resources (${language}, 320)`);
			await filters.click();
			await page.locator('main').getByRole('combobox').first().selectOption({ index: 1 });
			expect(await filters.innerText()).toBe(language === 'id' ? 'Persempit daftar (1 dipilih)' : 'Narrow the list (1 chosen)');
			await expectAccessible(page, `/resources with the filters open (${language}, 320)`);
			await context.close();
		});
	}

	it('opens the filters by default where there is room', async () => {
		const { context, page } = await phonePage('id', { width: 1024, height: 768 });
		await openPage(page, '/resources');
		await page.locator('main details[open]').waitFor();
		expect(await page.getByLabel('Jenis kebutuhan').isVisible()).toBe(true);
		await context.close();
	});

	it('keeps home, the scale and the directory readable in dark mode', async () => {
		const { context, page } = await phonePage('id', SMALL, { colorScheme: 'dark' });
		await openPage(page, '/');
		await expectAccessible(page, 'home (dark, 320)');
		await startExercise(page, 'id', '/flow/calm');
		await page.getByRole('radio', { name: '7', exact: true }).check();
		await expectAccessible(page, 'scale (dark, 320)');
		await openPage(page, '/resources');
		await page.locator('main .results a.name').first().waitFor();
		await expectAccessible(page, '/resources (dark, 320)');
		await context.close();
	});
});
