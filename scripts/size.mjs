// The JavaScript budget: gzipped scripts each page really loads on a first visit (lazy chunks
// included), measured in Chromium against the built site (`npm run build` first). The goal for
// every page in scripts/pages.mjs is FIRST_LOAD_GOAL; every exercise page (each bundled /flow/*,
// found in the build) is measured a second time after "Start", with the first step on screen,
// against RUN_STARTED_GOAL. Pages not yet within the goal have a ceiling in OVER_GOAL (what they
// load today, rounded up): they fail if they grow, and each ceiling comes down as the page is
// slimmed, until it can be removed. Fails when any page is over its budget.
// Usage: node scripts/size.mjs [path ...]   (paths given are measured instead of the default list)
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser.mjs';
import { budgetPages } from './pages.mjs';
import { kb, measurePageScripts } from './measure.mjs';
import { startServer } from './serve.mjs';

const KB = 1000;
const FIRST_LOAD_GOAL = 100 * KB;
const RUN_STARTED_GOAL = 120 * KB;
const RUN_STARTED = ' (run started)';
/**
 * Ceilings above the goal, in KB, measured on 2026-11-30 after the step kinds, flows as data and the
 * directory's schemas landed. Dexie alone is 31 KB of every page that reads saved data; the run adds
 * XState, the engine, every step kind's schema and summary code, and the step views. Following
 * through (issue 14: dated plan steps, recalled answers, ideas and stories carried between
 * exercises) added under 1 KB to the exercise pages and to /resources/mine (which reads saved runs);
 * the ceilings it reached were raised by 1 KB. Schema v10 (issue 15: what people can help with)
 * adds about 0.1 KB to every page with saved data: the ceilings it tipped over were raised by 1 KB.
 * The handover for social workers (its routes in the router's manifest, the check for a worker's
 * plan on an exercise page, the shared QR code chunk) added 1.5 to 2.5 KB to these pages.
 * @type {Record<string, number>}
 */
const OVER_GOAL = {
	'/flow/calm': 125,
	'/flow/decide': 126,
	// The three exercises for dealing with services (issue 16) land like their siblings.
	'/flow/entitled': 125,
	'/flow/meeting': 125,
	'/flow/not-working': 125,
	'/flow/problems': 125,
	'/flow/tell': 126,
	// Issue 16 added four step kinds (entitlements, documents, card, complaints) to the registry every
	// run loads: about 1.5 to 2.5 KB on each exercise with a run started.
	[`/flow/calm${RUN_STARTED}`]: 189,
	[`/flow/decide${RUN_STARTED}`]: 207,
	[`/flow/entitled${RUN_STARTED}`]: 208,
	[`/flow/meeting${RUN_STARTED}`]: 192,
	[`/flow/not-working${RUN_STARTED}`]: 209,
	[`/flow/problems${RUN_STARTED}`]: 192,
	[`/flow/tell${RUN_STARTED}`]: 191,
	// The directory's bundled texts in both languages (the search reads both) grew with issue 15: 23
	// national programmes, 15 organisations and the provincial layer, about 13 KB gzipped of words.
	// Issue 16: the exercises' links on the directory; on "My services" the record of what happened,
	// and the titles of three more exercises (each exercise's namespace is loaded for its title).
	'/resources': 171,
	'/resources/mine': 212,
	// /my: 117 since the worker pages (new routes in the route table, the footer link and the
	// guest-session check in the layout, about 1.7 KB on every page) met the links half of issue 13;
	// issue 16's step kinds and exercise titles add about 1 KB.
	'/my': 121,
	'/settings': 115
};

/** Presses "Start" (Indonesian: the measuring browser's language) and waits for the first step. */
async function startRun(page) {
	await page.getByRole('button', { name: 'Mulai', exact: true }).click();
	await page.locator('#step-heading').waitFor();
}

const paths = process.argv.slice(2).length ? process.argv.slice(2) : budgetPages('build');
const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
const failures = [];
const aboveGoal = [];
/** @param {string} label @param {{ count: number, raw: number, gzipped: number }} measured @param {number} goal */
function report(label, measured, goal) {
	const budget = OVER_GOAL[label] === undefined ? goal : OVER_GOAL[label] * KB;
	const over = measured.gzipped > budget;
	const note = over ? ': OVER' : budget > goal ? ` (goal ${kb(goal)} KB)` : '';
	console.log(`${label.padEnd(30)} ${kb(measured.gzipped).padStart(6)} KB gzipped (${measured.count} scripts, ${kb(measured.raw)} KB raw); budget ${kb(budget)} KB${note}`);
	if (over) failures.push(`${label}: ${kb(measured.gzipped)} KB, budget ${kb(budget)} KB`);
	else if (budget > goal) aboveGoal.push(label);
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
if (aboveGoal.length) console.log(`Within their ceilings but above the goal (${kb(FIRST_LOAD_GOAL)} KB first load, ${kb(RUN_STARTED_GOAL)} KB with a run): ${aboveGoal.length} of the pages above.`);
if (failures.length) {
	console.error(`Over the JavaScript budget:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
