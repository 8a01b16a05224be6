// The JavaScript budget: gzipped scripts the home page really loads on a first visit (lazy chunks
// included), measured in Chromium against the built site. Fails above the budget; other paths given
// on the command line are reported too. Usage: node scripts/size.mjs [path ...]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser.mjs';
import { kb, measurePageScripts } from './measure.mjs';
import { startServer } from './serve.mjs';

const HOME_BUDGET_BYTES = 100 * 1000;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];

const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
let failed = false;
try {
	for (const path of paths) {
		const { count, raw, gzipped } = await measurePageScripts(browser, new URL(path, server.url).href);
		console.log(`${path}: ${count} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw)`);
		if (path === '/' && gzipped > HOME_BUDGET_BYTES) {
			console.error(`The home page loads ${kb(gzipped)} KB of gzipped JavaScript; the budget is ${kb(HOME_BUDGET_BYTES)} KB.`);
			failed = true;
		}
	}
	const worker = await readFile('build/service-worker.js');
	console.log(`service worker (loaded in the background): ${kb(gzipSync(worker, { level: 9 }).length)} KB gzipped`);
} finally {
	await browser.close();
	await server.close();
}
if (failed) process.exit(1);
