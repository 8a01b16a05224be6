// Figures for "Weigh my options" (/flow/decide), in Chromium against the built site (`npm run build` first):
// - the JavaScript the exercise loads on a first visit (KB gzipped, measured as scripts/size.mjs does),
//   next to "Tell it" for comparison;
// - the time to redraw the summary (the weigh step: chart, figures, side-by-side cards) after the
//   person changes how much one point matters, with 10 options of 10 points each: from the change
//   to the chart showing the new weight, and to the first frame after it (median and p95).
// Usage: node scripts/bench-decide.mjs [samples]
import { launchChromium } from './browser.mjs';
import { kb, measurePageScripts, median, percentile } from './measure.mjs';
import { startServer } from './serve.mjs';

const SAMPLES = Number(process.argv[2] ?? 60);
const OPTIONS = 10;
const POINTS_PER_OPTION = 10;

/** A saved run on the weigh step: 10 options, 10 good or hard points each, some reality-check marks. */
function seededRun() {
	const options = Array.from({ length: OPTIONS }, (_, i) => ({ id: `o${i}`, text: `Pilihan nomor ${i + 1} yang cukup panjang` }));
	const points = options.flatMap((option, i) =>
		Array.from({ length: POINTS_PER_OPTION }, (_, j) => ({
			id: `p${i}-${j}`,
			text: `Hal ${j + 1} tentang pilihan ${i + 1}`,
			side: j % 3 === 0 ? 'hard' : 'good',
			importance: (i + j) % 6,
			// Every fifth point is true for the next option too.
			options: j % 5 === 0 ? [option.id, `o${(i + 1) % OPTIONS}`] : [option.id]
		}))
	);
	const reality = Object.fromEntries(
		options
			.filter((_, i) => i % 3 === 0)
			.map((option, i) => [option.id, { needs: { money: 'cannot', time: 'have' }, control: '', affects: '', safe: i % 2 ? 'no' : 'unsure' }])
	);
	const now = Date.now();
	return {
		id: 'bench-decide',
		flowId: 'decide',
		flowVersion: 1,
		status: 'active',
		createdAt: now,
		updatedAt: now,
		snapshot: {
			status: 'active',
			value: 'weigh',
			context: { answers: { decision: 'Pindah atau tidak', options, points, reality }, history: ['intro'], returnToReview: null },
			children: {},
			historyValue: {}
		}
	};
}

const server = await startServer({ root: 'build', port: 0 });
const browser = await launchChromium();
try {
	for (const path of ['/flow/decide', '/flow/tell']) {
		const { count, gzipped, raw } = await measurePageScripts(browser, `${server.url}${path}`);
		console.log(`${path}: ${count} scripts, ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw)`);
	}

	const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${server.url}/flow/decide`);
	// The start button shows once the page has looked for saved runs, so the database exists.
	await page.getByRole('button', { name: 'Mulai' }).waitFor();
	await page.evaluate(
		(record) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('langkah');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('runs', 'readwrite');
					tx.objectStore('runs').put(record);
					tx.oncomplete = () => {
						open.result.close();
						resolve(undefined);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		seededRun()
	);
	await page.reload();
	await page.getByRole('button', { name: 'Lanjutkan' }).click();
	await page.locator('#step-heading', { hasText: 'Bandingkan pilihanmu' }).waitFor();
	await page.getByText('Ubah seberapa penting suatu hal').click();
	const selects = await page.locator('details select').count();
	const rows = await page.locator('figure svg g.row').count();
	console.log(`summary with ${rows} options and ${selects} points to adjust`);

	// Each sample changes the importance of the first point (alternately 0 and 5) and times, in the
	// page, the DOM update of the chart (a MutationObserver sees the first option's figure change)
	// and the first animation frame after it.
	const update = [];
	const frame = [];
	for (let i = 0; i < SAMPLES; i++) {
		const timing = await page.evaluate(
			(value) =>
				new Promise((resolve) => {
					const select = /** @type {HTMLSelectElement} */ (document.querySelector('details select'));
					const figure = document.querySelector('figure svg g.row text.value');
					const before = figure?.textContent;
					let updated = 0;
					const observer = new MutationObserver(() => {
						if (figure?.textContent === before) return;
						updated = performance.now() - start;
						observer.disconnect();
						requestAnimationFrame(() => resolve({ updated, frame: performance.now() - start }));
					});
					observer.observe(document.querySelector('figure svg'), { subtree: true, characterData: true, childList: true, attributes: true });
					const start = performance.now();
					select.value = String(value);
					select.dispatchEvent(new Event('change', { bubbles: true }));
				}),
			i % 2 === 0 ? 5 : 0
		);
		update.push(timing.updated);
		frame.push(timing.frame);
		// Let the save to IndexedDB that each change starts finish before the next sample.
		await page.waitForTimeout(30);
	}
	const ms = (value) => `${value.toFixed(1)} ms`;
	console.log(
		`redraw after changing an importance (${OPTIONS} options x ${POINTS_PER_OPTION} points, ${SAMPLES} samples): ` +
			`chart updated: median ${ms(median(update))}, p95 ${ms(percentile(update, 95))}; ` +
			`next frame: median ${ms(median(frame))}, p95 ${ms(percentile(frame, 95))}`
	);
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
