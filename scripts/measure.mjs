// Shared measurements for the size budget and the benchmarks: the JavaScript a page loads.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/**
 * Opens `url` in a fresh context (nothing cached, no service worker: a first visit), waits until
 * the app has hydrated and the network is idle, and sums the gzipped size of every script fetched.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} [root] the folder the server serves
 * @param {(page: import('playwright-core').Page) => Promise<void>} [then] something the person
 *   does after the page is ready (such as pressing "Start"); its scripts are counted too
 */
export async function measurePageScripts(browser, url, root = 'build', then) {
	const context = await browser.newContext({ locale: 'id-ID', serviceWorkers: 'block' });
	const page = await context.newPage();
	const origin = new URL(url).origin;
	const scripts = new Set();
	page.on('response', (response) => {
		const address = new URL(response.url());
		if (address.origin === origin && address.pathname.endsWith('.js')) scripts.add(address.pathname);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
	await page.waitForLoadState('networkidle');
	if (then) {
		await then(page);
		await page.waitForLoadState('networkidle');
	}
	let raw = 0;
	let gzipped = 0;
	for (const script of scripts) {
		const body = await readFile(`${root}${script}`);
		raw += body.length;
		gzipped += gzipSync(body, { level: 9 }).length;
	}
	await context.close();
	return { count: scripts.size, raw, gzipped };
}

/** Bytes as kilobytes (1 KB = 1000 bytes) with one decimal. */
export function kb(bytes) {
	return (bytes / 1000).toFixed(1);
}

/** The median of a list of numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (0-100) of a list of numbers, nearest rank. */
export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
