/**
 * Settings, My progress, My support network and an exercise from a worker, on a first visit: each
 * draws what it shows without anything on the page moving as the saved data (none yet) arrives,
 * without making the database (it is made when something is saved), and with no request leaving
 * the app.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

/** Sums every layout shift the page had (not caused by input), from the start of its load. */
function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				// Buffered entries are delivered in the observer's first callback, before this timer.
				setTimeout(() => resolve(total), 200);
			})
	);
}

const PAGES: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{ path: '/settings', ready: (page) => page.getByRole('button', { name: 'Pasang kunci' }).waitFor() },
	{ path: '/my/progress', ready: (page) => page.getByRole('heading', { name: 'Kegiatanku minggu ini' }).waitFor() },
	{ path: '/my/network', ready: (page) => page.getByRole('button', { name: 'Tambah orang, kelompok, atau layanan' }).waitFor() },
	{ path: '/my/exercise', ready: (page) => page.getByLabel('Muat file latihan').waitFor() }
];

describe('my pages on a first visit', () => {
	for (const { path, ready } of PAGES) {
		it(`${path} draws without moving and without making the database`, async () => {
			const recorded = await recordedContext(browser, { locale: 'id-ID', viewport: { width: 320, height: 640 } });
			const page = await recorded.context.newPage();
			await openPage(page, path);
			await ready(page);
			await page.waitForLoadState('networkidle');
			expect(await layoutShift(page)).toBeLessThan(0.01);
			expect(await page.evaluate(async () => (await indexedDB.databases()).map((info) => info.name))).not.toContain('langkah');
			expect(recorded.foreignRequests()).toEqual([]);
			await recorded.context.close();
		});
	}
});
