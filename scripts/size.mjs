// Measures the JavaScript a page really loads: opens it in Chromium against the built site,
// records every script it fetches (lazy chunks included), and sums their gzipped sizes.
// Fails when the home page loads more than the budget. Usage: node scripts/size.mjs [path ...]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const HOME_BUDGET_BYTES = 100 * 1000;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];

const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
let failed = false;
try {
	for (const path of paths) {
		// A fresh context each time: nothing cached, no service worker yet, as on a first visit.
		const context = await browser.newContext({ locale: 'id-ID', serviceWorkers: 'block' });
		const page = await context.newPage();
		const scripts = new Set();
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.add(url.pathname);
		});
		await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		await page.waitForLoadState('networkidle');
		let raw = 0;
		let gzipped = 0;
		for (const script of scripts) {
			const body = await readFile(`build${script}`);
			raw += body.length;
			gzipped += gzipSync(body, { level: 9 }).length;
		}
		const kb = (bytes) => (bytes / 1000).toFixed(1);
		console.log(`${path}: ${scripts.size} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw)`);
		if (path === '/' && gzipped > HOME_BUDGET_BYTES) {
			console.error(`The home page loads ${kb(gzipped)} KB of gzipped JavaScript; the budget is ${kb(HOME_BUDGET_BYTES)} KB.`);
			failed = true;
		}
		await context.close();
	}
	const worker = await readFile('build/service-worker.js');
	console.log(`service worker (loaded in the background): ${(gzipSync(worker, { level: 9 }).length / 1000).toFixed(1)} KB gzipped`);
} finally {
	await browser.close();
	await server.close();
}
if (failed) process.exit(1);
