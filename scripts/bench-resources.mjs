// Benchmarks for the resource directory, in Chromium against the built site (`npm run build` first):
// - the JavaScript the directory page (/resources) loads on a first visit (KB gzipped);
// - for each size (5,000 and 50,000 generated services, as one HSDS 3.0 JSON file):
//   - importing it through the import screen (from pressing "Import" to the report on screen:
//     reading, validating and writing), with the longest main-thread task meanwhile (a
//     PerformanceObserver of 'longtask' entries, which Chromium reports for tasks over 50 ms);
//   - opening the directory page with it (load + index), with its longest task;
//   - search as you type: each keystroke is timed in the page from the input event to the first
//     frame after the results are drawn (median and p95), with the longest task while typing.
// Usage: node scripts/bench-resources.mjs [--sizes=5000,50000] [--json]
import { createHash } from 'node:crypto';
import { launchChromium } from './browser.mjs';
import { kb, measurePageScripts, median, percentile } from './measure.mjs';
import { startServer } from './serve.mjs';

const sizesArgument = process.argv.find((argument) => argument.startsWith('--sizes='));
const SIZES = sizesArgument ? sizesArgument.slice('--sizes='.length).split(',').map(Number) : [5000, 50000];
const JSON_OUTPUT = process.argv.includes('--json');
const QUERIES = ['bantuan uang jakarta', 'kekerasan anak', 'konseling gratis', 'food bank', 'legal aid surabaya', 'puskesmas'];

function uuid(name) {
	const hex = createHash('sha1').update(name).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * `count` plausible services (a fixed pseudo-random sequence, so every run is the same). Nested
 * records leave out `service_id`, which nesting already says: 50,000 services then stay under the
 * import's 32 MiB limit.
 */
export function generatedDirectory(count) {
	let seed = 42;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const kinds = ['Layanan', 'Pusat', 'Rumah', 'Posko', 'Yayasan', 'Kelompok', 'Klinik', 'Lembaga'];
	const topics = ['Konseling', 'Bantuan Hukum', 'Pangan', 'Kesehatan Ibu', 'Perlindungan Anak', 'Bantuan Sosial', 'Pendidikan', 'Pekerjaan', 'Disabilitas', 'Lansia', 'Food Bank', 'Legal Aid', 'Shelter'];
	const places = ['Jakarta', 'Bandung', 'Surabaya', 'Yogyakarta', 'Semarang', 'Medan', 'Makassar', 'Denpasar', 'Malang', 'Padang', 'Kupang', 'Ambon'];
	const words = ['bantuan', 'uang', 'gratis', 'anak', 'keluarga', 'kekerasan', 'konseling', 'makanan', 'sewa', 'rumah', 'kerja', 'sekolah', 'hukum', 'dokumen', 'help', 'support', 'free', 'women', 'children', 'counselling'];
	return Array.from({ length: count }, (_, i) => {
		const place = pick(places);
		return {
			id: uuid(`bench:service:${i}`),
			name: `${pick(kinds)} ${pick(topics)} ${place} ${i}`,
			description: Array.from({ length: 12 }, () => pick(words)).join(' '),
			status: 'active',
			phones: [{ id: uuid(`bench:phone:${i}`), number: `08${String(1000000000 + i * 7919).slice(0, 10)}` }],
			service_areas: [{ id: uuid(`bench:area:${i}`), name: place }],
			schedules: [{ id: uuid(`bench:schedule:${i}`), freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '15:00' }]
		};
	});
}

/** Collects every long task of the page from its first script on, in `window.__longTasks`. */
function observeLongTasks() {
	const tasks = [];
	Object.defineProperty(window, '__longTasks', { value: tasks });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
}

/** The longest task (ms) that started at or after `since` (performance.now() in the page); 0 when none. */
async function longestTaskSince(page, since) {
	// Long tasks are reported after they end: give the last one a frame to arrive.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
	return page.evaluate((from) => Math.max(0, ...window.__longTasks.filter((task) => task.start >= from).map((task) => task.duration)), since);
}

const now = (page) => page.evaluate(() => performance.now());

async function benchSize(browser, origin, count) {
	const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 } });
	await context.addInitScript(observeLongTasks);
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/resources/import`);
		await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		const name = `bench-${count}.json`;
		const file = Buffer.from(JSON.stringify(generatedDirectory(count)));
		await page.getByLabel('File direktori').setInputFiles({ name, mimeType: 'application/json', buffer: file });
		const importFrom = await now(page);
		const started = Date.now();
		await page.getByRole('button', { name: 'Muat', exact: true }).click();
		await page.getByRole('heading', { name: `Sudah dimuat: ${name}` }).waitFor({ timeout: 300_000 });
		const importMs = Date.now() - started;
		const importLongest = await longestTaskSince(page, importFrom);
		const added = await page.locator('.report li').first().innerText();

		const opened = Date.now();
		await page.goto(`${origin}/resources`);
		await page.getByRole('status').filter({ hasText: /Ditemukan/ }).waitFor({ timeout: 300_000 });
		const openMs = Date.now() - opened;
		const openLongest = await longestTaskSince(page, 0);

		const typingFrom = await now(page);
		const timings = [];
		for (const query of QUERIES) {
			for (let length = 1; length <= query.length; length++) {
				timings.push(
					await page.evaluate(
						(value) =>
							new Promise((resolve) => {
								const input = /** @type {HTMLInputElement} */ (document.getElementById('resource-query'));
								const start = performance.now();
								input.value = value;
								input.dispatchEvent(new Event('input', { bubbles: true }));
								// The results are drawn when the status says how many were found for this text.
								const done = () => resolve(performance.now() - start);
								const check = () => {
									if (document.querySelector('main')?.dataset.searched === value || !document.querySelector('main')?.hasAttribute('data-searched')) {
										requestAnimationFrame(() => setTimeout(done, 0));
									} else setTimeout(check, 1);
								};
								check();
							}),
						query.slice(0, length)
					)
				);
			}
		}
		const typingLongest = await longestTaskSince(page, typingFrom);
		return {
			services: count,
			fileKB: Number(kb(file.length)),
			added,
			importS: importMs / 1000,
			importLongestTaskMs: Math.round(importLongest),
			openMs,
			openLongestTaskMs: Math.round(openLongest),
			searchMedianMs: Number(median(timings).toFixed(1)),
			searchP95Ms: Number(percentile(timings, 95).toFixed(1)),
			keystrokes: timings.length,
			typingLongestTaskMs: Math.round(typingLongest)
		};
	} finally {
		await context.close();
	}
}

const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
const results = [];
try {
	const { count, gzipped, raw } = await measurePageScripts(browser, `${server.url}/resources`);
	if (!JSON_OUTPUT) console.log(`/resources: ${count} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw)`);
	for (const size of SIZES) {
		const result = await benchSize(browser, server.url, size);
		results.push(result);
		if (JSON_OUTPUT) continue;
		console.log(`\n${size} services (${result.fileKB} KB of HSDS JSON; ${result.added})`);
		console.log(`  import: ${result.importS.toFixed(2)} s, longest main-thread task ${result.importLongestTaskMs} ms`);
		console.log(`  directory page ready (load + index): ${result.openMs} ms, longest task ${result.openLongestTaskMs} ms`);
		console.log(`  search per keystroke: median ${result.searchMedianMs} ms, p95 ${result.searchP95Ms} ms (${result.keystrokes} keystrokes), longest task ${result.typingLongestTaskMs} ms`);
	}
	if (JSON_OUTPUT) console.log(JSON.stringify({ scripts: { count, gzipped, raw }, results }, null, 2));
} finally {
	await browser.close();
	await server.close();
}
