// Benchmarks for the guided flows, in Chromium against the built site (`npm run build` first):
// - the JavaScript each flow page loads on a first visit (KB gzipped), before and after "Start":
//   the run's code (XState, the steps) loads only when a run starts;
// - the time from pressing "next" to the next step being on screen (median and p95 of 50);
// - the size of a saved run (the record in IndexedDB, as JSON bytes).
// Usage: node scripts/bench-flows.mjs
import { launchChromium } from './browser.mjs';
import { kb, measurePageScripts, median, percentile } from './measure.mjs';
import { startServer } from './serve.mjs';

const SAMPLES = 50;
const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
try {
	for (const flow of ['tell', 'problems', 'calm']) {
		const firstLook = await measurePageScripts(browser, `${server.url}/flow/${flow}`);
		const started = await measurePageScripts(browser, `${server.url}/flow/${flow}`, 'build', async (page) => {
			await page.getByRole('button', { name: 'Mulai' }).click();
			await page.locator('#step-heading').waitFor();
		});
		console.log(`/flow/${flow}: first look ${kb(firstLook.gzipped)} KB gzipped (${firstLook.count} scripts); with the first step on screen ${kb(started.gzipped)} KB (${started.count} scripts)`);
	}

	const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${server.url}/flow/tell`);
	await page.getByRole('button', { name: 'Mulai' }).click();
	await page.locator('#step-heading').waitFor();

	// Alternate between the opening and the feelings step (the heaviest to draw): each sample is one
	// "next", timed in the page from the click to the first frame after the new heading appears.
	const timings = [];
	for (let i = 0; i < SAMPLES; i++) {
		timings.push(
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						const before = document.getElementById('step-heading')?.textContent;
						const next = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Lanjut');
						const start = performance.now();
						next?.click();
						const check = () => {
							const heading = document.getElementById('step-heading');
							if (heading && heading.textContent !== before) requestAnimationFrame(() => resolve(performance.now() - start));
							else requestAnimationFrame(check);
						};
						requestAnimationFrame(check);
					})
			)
		);
		await page.getByRole('button', { name: 'Kembali', exact: true }).click();
		await page.locator('#step-heading', { hasText: 'Di sini kamu bisa bercerita' }).waitFor();
	}
	console.log(`next → next step shown: median ${median(timings).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${SAMPLES} samples)`);

	// A realistic run of "Tell it", then the stored record's size.
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	for (const feeling of ['Sedih', 'Cemas', 'Lelah']) await page.getByRole('checkbox', { name: feeling }).check();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page
		.getByLabel('Apa yang sedang terjadi?')
		.fill('Sudah tiga bulan suami saya tidak bekerja. Uang sewa rumah belum dibayar dan pemilik rumah sudah dua kali datang. Anak saya yang kecil sering sakit dan saya tidak tahu harus minta tolong ke siapa. '.repeat(2));
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByRole('checkbox', { name: 'Uang dan pekerjaan' }).check();
	await page.getByRole('checkbox', { name: 'Tempat tinggal' }).check();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByRole('radio', { name: 'Tidak', exact: true }).check();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByLabel('Apa saja yang sudah kamu coba?').fill('Saya sudah bicara dengan RT dan meminjam uang dari kakak.');
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByLabel('Apa yang ingin kamu ubah?').fill('Saya ingin suami dapat kerja dan anak bisa berobat.');
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.waitForTimeout(300);
	const bytes = await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('langkah');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('runs').objectStore('runs').getAll();
					all.onsuccess = () => resolve(Math.max(...all.result.map((run) => new TextEncoder().encode(JSON.stringify(run)).length)));
				};
			})
	);
	console.log(`a saved run of "Tell it" (all steps answered): ${kb(bytes)} KB as JSON`);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
