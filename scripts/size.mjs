// The JavaScript budget: gzipped scripts each page really loads on a first visit (lazy chunks
// included), measured in Chromium against the built site (`npm run build` first). The goal for
// every prerendered page (scripts/pages.mjs) is FIRST_LOAD_GOAL; every exercise page (each bundled /flow/*,
// found in the build) is measured a second time after "Start", with the first step on screen,
// against RUN_STARTED_GOAL. Fails when any page is over its budget. Pages draw their first screen
// without Dexie (db/raw-read.ts, db/raw-tables.ts) and load it, with everything else a screen does
// not show yet, when the person does something that needs it.
// Usage: node scripts/size.mjs [path ...]   (paths given are measured instead of the default list)
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser.mjs';
import { allPages } from './pages.mjs';
import { kb, measurePageScripts } from './measure.mjs';
import { startServer } from './serve.mjs';

const KB = 1000;
const FIRST_LOAD_GOAL = 100 * KB;
const RUN_STARTED_GOAL = 120 * KB;
const RUN_STARTED = ' (run started)';
/** Presses "Start" (Indonesian: the measuring browser's language) and waits for the first step. */
async function startRun(page) {
	await page.getByRole('button', { name: 'Mulai', exact: true }).click();
	await page.locator('#step-heading').waitFor();
}

const paths = process.argv.slice(2).length ? process.argv.slice(2) : allPages('build');
const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
const failures = [];
/** @param {string} label @param {{ count: number, raw: number, gzipped: number }} measured @param {number} budget */
function report(label, measured, budget) {
	const over = measured.gzipped > budget;
	console.log(`${label.padEnd(30)} ${kb(measured.gzipped).padStart(6)} KB gzipped (${measured.count} scripts, ${kb(measured.raw)} KB raw); budget ${kb(budget)} KB${over ? ': OVER' : ''}`);
	if (over) failures.push(`${label}: ${kb(measured.gzipped)} KB, budget ${kb(budget)} KB`);
}
try {
	for (const path of paths) {
		const url = new URL(path, server.url).href;
		report(path, await measurePageScripts(browser, url), FIRST_LOAD_GOAL);
		if (path.startsWith('/flow/')) report(`${path}${RUN_STARTED}`, await measurePageScripts(browser, url, 'build', startRun), RUN_STARTED_GOAL);
	}
	const worker = await readFile('build/service-worker.js');
	console.log(`service worker (loaded in the background): ${kb(gzipSync(worker, { level: 9 }).length)} KB gzipped`);
} finally {
	await browser.close();
	await server.close();
}
if (failures.length) {
	console.error(`Over the JavaScript budget:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
