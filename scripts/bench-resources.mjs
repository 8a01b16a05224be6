// Benchmarks for the resource directory, in Chromium against the built site (`npm run build` first):
// - the JavaScript the directory page (/resources) loads on a first visit (KB gzipped);
// - importing 5,000 generated services as one HSDS 3.0 JSON file through the import screen
//   (from pressing "Import" to the report on screen: reading, validating and writing);
// - search as you type over those 5,000 plus the bundled directory: each keystroke is timed in the
//   page from the input event to the first frame after the results are drawn (median and p95).
// Usage: node scripts/bench-resources.mjs
import { createHash } from 'node:crypto';
import { launchChromium } from './browser.mjs';
import { kb, measurePageScripts, median, percentile } from './measure.mjs';
import { startServer } from './serve.mjs';

const SERVICES = 5000;
const QUERIES = ['bantuan uang jakarta', 'kekerasan anak', 'konseling gratis', 'food bank', 'legal aid surabaya', 'puskesmas'];

function uuid(name) {
	const hex = createHash('sha1').update(name).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** 5,000 plausible services (a fixed pseudo-random sequence, so every run is the same). */
function generatedDirectory() {
	let seed = 42;
	const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const kinds = ['Layanan', 'Pusat', 'Rumah', 'Posko', 'Yayasan', 'Kelompok', 'Klinik', 'Lembaga'];
	const topics = ['Konseling', 'Bantuan Hukum', 'Pangan', 'Kesehatan Ibu', 'Perlindungan Anak', 'Bantuan Sosial', 'Pendidikan', 'Pekerjaan', 'Disabilitas', 'Lansia', 'Food Bank', 'Legal Aid', 'Shelter'];
	const places = ['Jakarta', 'Bandung', 'Surabaya', 'Yogyakarta', 'Semarang', 'Medan', 'Makassar', 'Denpasar', 'Malang', 'Padang', 'Kupang', 'Ambon'];
	const words = ['bantuan', 'uang', 'gratis', 'anak', 'keluarga', 'kekerasan', 'konseling', 'makanan', 'sewa', 'rumah', 'kerja', 'sekolah', 'hukum', 'dokumen', 'help', 'support', 'free', 'women', 'children', 'counselling'];
	return Array.from({ length: SERVICES }, (_, i) => {
		const place = pick(places);
		const id = uuid(`bench:service:${i}`);
		return {
			id,
			name: `${pick(kinds)} ${pick(topics)} ${place} ${i}`,
			description: Array.from({ length: 12 }, () => pick(words)).join(' '),
			status: 'active',
			phones: [{ id: uuid(`bench:phone:${i}`), service_id: id, number: `08${String(1000000000 + i * 7919).slice(0, 10)}` }],
			service_areas: [{ id: uuid(`bench:area:${i}`), service_id: id, name: place }],
			schedules: [{ id: uuid(`bench:schedule:${i}`), service_id: id, freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '15:00' }]
		};
	});
}

const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
try {
	const { count, gzipped, raw } = await measurePageScripts(browser, `${server.url}/resources`);
	console.log(`/resources: ${count} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw)`);

	const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${server.url}/resources/import`);
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
	const file = Buffer.from(JSON.stringify(generatedDirectory()));
	await page.getByLabel('File direktori').setInputFiles({ name: 'bench-5000.json', mimeType: 'application/json', buffer: file });
	const started = Date.now();
	await page.getByRole('button', { name: 'Muat', exact: true }).click();
	await page.getByRole('heading', { name: 'Sudah dimuat: bench-5000.json' }).waitFor({ timeout: 120_000 });
	const importMs = Date.now() - started;
	const added = await page.locator('.report li').first().innerText();
	console.log(`import of ${SERVICES} services (${kb(file.length)} KB of HSDS JSON): ${(importMs / 1000).toFixed(2)} s (${added})`);

	const opened = Date.now();
	await page.goto(`${server.url}/resources`);
	await page.getByRole('status').filter({ hasText: /Ditemukan/ }).waitFor({ timeout: 120_000 });
	console.log(`directory page ready with ${SERVICES} imported services (load + index): ${Date.now() - opened} ms`);

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
							requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
						}),
					query.slice(0, length)
				)
			);
		}
	}
	console.log(`search per keystroke: median ${median(timings).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${timings.length} keystrokes)`);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
