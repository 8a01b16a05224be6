/**
 * Following through (issue 14, points 4 to 7): "Get going, keep doing" and "My strengths" walked in
 * both languages with axe at every step (reload mid-flow, language switch), the progress page with
 * seeded runs and ticking activities off, the support network map and list at 320 px feeding the
 * safety plan, and the strengths shown back in the safety plan. Nothing is requested from elsewhere.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, rawDatabase, recordedContext, useBrowser } from './harness';

useBrowser();

async function onStep(page: Page, title: string) {
	await page.locator('#step-heading', { hasText: title }).waitFor();
	expect(await page.locator('#step-heading').innerText()).toBe(title);
}

interface Words {
	locale: string;
	lang: 'id' | 'en';
	start: string;
	next: string;
	resume: string;
	activities: { title: string; intro: string; mood: string; pleasant: string; walk: string; useful: string; tidy: string; own: string; ownItem: string; week: string; close: string; whatNext: string; progress: string };
	days: string[];
	progress: { title: string; week: string; did: (activity: string, day: string) => RegExp; before: string; after: string; save: string; done: string; undo: (activity: string, day: string) => RegExp };
	strengths: { title: string; intro: string; qualities: string; patient: string; listener: string; own: string; ownItem: string; coped: string; helped: string; now: string; close: string; whatNext: string; safetyPlan: string };
	plan: { title: string; strengths: string; patient: string };
}

const id: Words = {
	locale: 'id-ID',
	lang: 'id',
	start: 'Mulai',
	next: 'Lanjut',
	resume: 'Lanjutkan',
	activities: {
		title: 'Mulai lagi, sedikit demi sedikit',
		intro: 'Kegiatan kecil bisa membuat hati lebih ringan',
		mood: 'Bagaimana suasana hatimu hari ini?',
		pleasant: 'Kegiatan apa yang dulu kamu suka?',
		walk: 'Jalan kaki sebentar',
		useful: 'Kegiatan apa yang berguna untukmu?',
		tidy: 'Merapikan satu sudut rumah',
		own: 'Ada kegiatan lain yang mau kamu coba?',
		ownItem: 'Kegiatan 1',
		week: 'Kapan kamu mau melakukannya?',
		close: 'Rencanamu sudah siap',
		whatNext: 'Mau lanjut ke mana?',
		progress: 'Melihat kemajuanku'
	},
	days: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
	progress: {
		title: 'Kemajuanku',
		week: 'Kegiatanku minggu ini',
		did: (activity, day) => new RegExp(`^Sudah aku lakukan: ${activity}, ${day}`),
		before: 'Sebelum kegiatan',
		after: 'Sesudah kegiatan',
		save: 'Simpan',
		done: 'Sudah dilakukan',
		undo: (activity, day) => new RegExp(`^Hapus centang: ${activity}, ${day}`)
	},
	strengths: {
		title: 'Kekuatanku',
		intro: 'Kamu punya kekuatan, walau sekarang mungkin tidak terasa',
		qualities: 'Mana yang ada pada dirimu?',
		patient: 'Sabar',
		listener: 'Pandai mendengarkan',
		own: 'Ada kekuatan lain? Tulis dengan kata-katamu sendiri',
		ownItem: 'Kekuatan 1',
		coped: 'Ingat satu masa sulit yang pernah kamu lewati',
		helped: 'Apa yang membantumu waktu itu?',
		now: 'Apa dari situ yang bisa kamu pakai sekarang?',
		close: 'Ini kekuatanmu',
		whatNext: 'Mau lanjut ke mana?',
		safetyPlan: 'Melihat rencana keselamatanku'
	},
	plan: { title: 'Rencana keselamatan', strengths: 'Kekuatanku', patient: 'Sabar' }
};

const en: Words = {
	locale: 'en-US',
	lang: 'en',
	start: 'Start',
	next: 'Next',
	resume: 'Continue',
	activities: {
		title: 'Get going, keep doing',
		intro: 'Small activities can lift your mood',
		mood: 'How is your mood today?',
		pleasant: 'What did you use to enjoy doing?',
		walk: 'A short walk',
		useful: 'What would be useful for you to do?',
		tidy: 'Tidying one corner of the house',
		own: 'Anything else you would like to try?',
		ownItem: 'Activity 1',
		week: 'When would you like to do them?',
		close: 'Your plan is ready',
		whatNext: 'What would you like to do next?',
		progress: 'See my progress'
	},
	days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	progress: {
		title: 'My progress',
		week: 'My activities this week',
		did: (activity, day) => new RegExp(`^I did it: ${activity}, ${day}`),
		before: 'Before the activity',
		after: 'After the activity',
		save: 'Save',
		done: 'Done',
		undo: (activity, day) => new RegExp(`^Remove the tick: ${activity}, ${day}`)
	},
	strengths: {
		title: 'My strengths',
		intro: 'You have strengths, even if you cannot feel them right now',
		qualities: 'Which of these are true of you?',
		patient: 'Patient',
		listener: 'A good listener',
		own: 'Any other strengths? Write them in your own words',
		ownItem: 'Strength 1',
		coped: 'Think of one hard time you got through',
		helped: 'What helped you then?',
		now: 'What from that could you use now?',
		close: 'These are your strengths',
		whatNext: 'What would you like to do next?',
		safetyPlan: 'See my safety plan'
	},
	plan: { title: 'My safety plan', strengths: 'My strengths', patient: 'Patient' }
};

/** Wednesday 2 December 2026, 10:00 in Jakarta: the week runs from Monday 30 November. */
const NOW = new Date('2026-12-02T03:00:00Z');

async function next(page: Page, w: Words) {
	await page.getByRole('button', { name: w.next, exact: true }).click();
}

async function newPage(w: Words, dark = false) {
	const recorded = await recordedContext(browser, {
		locale: w.locale,
		timezoneId: 'Asia/Jakarta',
		viewport: { width: 320, height: 640 },
		colorScheme: dark ? 'dark' : 'light'
	});
	const page = await recorded.context.newPage();
	await page.clock.setFixedTime(NOW);
	return { recorded, page };
}

async function walkActivities(page: Page, w: Words, other: Words) {
	await openPage(page, '/flow/activities');
	await expectAccessible(page, `${w.lang}: activities start`);
	await page.getByRole('button', { name: w.start, exact: true }).click();
	await onStep(page, w.activities.intro);
	await expectAccessible(page, `${w.lang}: intro`);
	await next(page, w);
	await onStep(page, w.activities.mood);
	await page.getByRole('radio', { name: '3', exact: true }).check();
	await expectAccessible(page, `${w.lang}: mood`);
	await next(page, w);
	await onStep(page, w.activities.pleasant);
	await page.getByRole('checkbox', { name: w.activities.walk }).check();
	await expectAccessible(page, `${w.lang}: pleasant`);
	await next(page, w);
	await onStep(page, w.activities.useful);
	await page.getByRole('checkbox', { name: w.activities.tidy }).check();
	await next(page, w);
	await onStep(page, w.activities.own);
	await page.getByLabel(w.activities.ownItem, { exact: true }).fill('Main bola dengan Dimas');
	await expectAccessible(page, `${w.lang}: own`);
	await next(page, w);
	await onStep(page, w.activities.week);
	// Walk on Monday and Wednesday, tidy on Saturday, football on Wednesday.
	await page.getByRole('checkbox', { name: `${w.days[0]}: ${w.activities.walk}` }).check();
	await page.getByRole('checkbox', { name: `${w.days[2]}: ${w.activities.walk}` }).check();
	await page.getByRole('checkbox', { name: `${w.days[5]}: ${w.activities.tidy}` }).check();
	await page.getByRole('checkbox', { name: `${w.days[2]}: Main bola dengan Dimas` }).check();
	await expectAccessible(page, `${w.lang}: week`);

	// A reload in the middle keeps the plan as it was.
	await page.reload();
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
	await page.getByRole('button', { name: w.resume, exact: true }).click();
	await onStep(page, w.activities.week);
	expect(await page.getByRole('checkbox', { name: `${w.days[2]}: ${w.activities.walk}` }).isChecked()).toBe(true);
	expect(await page.getByRole('checkbox', { name: `${w.days[1]}: ${w.activities.walk}` }).isChecked()).toBe(false);

	// Switching language keeps the plan and shows it in the other language; then back.
	await page.locator('#language-select').selectOption(other.lang);
	await onStep(page, other.activities.week);
	expect(await page.getByRole('checkbox', { name: `${other.days[5]}: ${other.activities.tidy}` }).isChecked()).toBe(true);
	await page.locator('#language-select').selectOption(w.lang);
	await onStep(page, w.activities.week);

	await next(page, w);
	await onStep(page, w.activities.close);
	expect(await page.locator('main').innerText()).toContain(`${w.activities.walk}: ${w.days[0]}, ${w.days[2]}`);
	await expectAccessible(page, `${w.lang}: close`);
	await next(page, w);
	await onStep(page, w.activities.whatNext);
	await page.getByRole('link', { name: w.activities.progress }).or(page.getByRole('button', { name: w.activities.progress })).click();
	await page.getByRole('heading', { level: 1, name: w.progress.title }).waitFor();
}

describe('"Get going, keep doing" and ticking activities off', () => {
	for (const [w, other, dark] of [
		[id, en, false],
		[en, id, true]
	] as const) {
		it(`plans activities in ${w.lang}, then ticks one off with the mood on the progress page`, async () => {
			const { recorded, page } = await newPage(w, dark);
			await walkActivities(page, w, other);

			await page.getByRole('heading', { name: w.progress.week }).waitFor();
			await expectAccessible(page, `${w.lang}: progress with a plan`);
			const [monday, saturday] = [w.days[0]!, w.days[5]!];
			// Saturday is later this week: not tickable yet; Monday is.
			expect(await page.getByRole('button', { name: w.progress.did(w.activities.tidy, saturday) }).count()).toBe(0);
			await page.getByRole('button', { name: w.progress.did(w.activities.walk, monday) }).click();
			await page.getByLabel(w.progress.before).selectOption('3');
			await page.getByLabel(w.progress.after).selectOption('6');
			await expectAccessible(page, `${w.lang}: ticking off`);
			await page.getByRole('button', { name: w.progress.save, exact: true }).click();
			await page.getByRole('button', { name: w.progress.undo(w.activities.walk, monday) }).waitFor();

			// Kept after a reload, counted in the week's figures, and the mood shows.
			await page.reload();
			await page.getByRole('button', { name: w.progress.undo(w.activities.walk, monday) }).waitFor();
			const text = await page.locator('main').innerText();
			expect(text).toContain('3 → 6');
			const weekRow = page.locator('table').filter({ hasText: w.lang === 'id' ? 'Direncanakan' : 'Planned' }).locator('tbody tr');
			// Planned from Wednesday (the day of the plan): walk and football on Wednesday; one done (on Monday).
			expect(await weekRow.allInnerTexts()).toEqual([expect.stringMatching(/2\s+1$/)]);

			// The plan is in the run's summary in My space.
			await openPage(page, '/my');
			await page.getByRole('link', { name: `${w.lang === 'id' ? 'Buka ringkasan' : 'Open the summary'}: ${w.activities.title}` }).click();
			await page.getByText(`${w.activities.walk}: ${w.days[0]}, ${w.days[2]}`).waitFor();
			expect(await page.locator('main').innerText()).toContain(`Main bola dengan Dimas: ${w.days[2]}`);
			expect(recorded.foreignRequests()).toEqual([]);
			await recorded.context.close();
		});
	}
});

/** A finished run as the app stores it (a done snapshot with these answers). */
function finishedRun(runId: string, flowId: string, at: number, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return {
		id: runId,
		flowId,
		flowVersion: 1,
		status: 'finished',
		snapshot: { status: 'done', value: 'done', context: { answers, history: [], returnToReview: null }, children: {}, historyValue: {}, output: { answers } },
		createdAt: at,
		updatedAt: at,
		finishedAt: at,
		...extra
	};
}

async function seedRuns(page: Page, runs: unknown[]) {
	await page.evaluate(
		(records) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('langkah');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('runs', 'readwrite');
					for (const record of records) tx.objectStore('runs').put(record);
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		runs
	);
}

describe('the progress page with saved runs', () => {
	it('draws each trend with its table, in both languages, at 320 px', async () => {
		const { recorded, page } = await newPage(id);
		// The progress page reads without making the database; the app makes it, with its tables,
		// when something is saved: here the light theme chosen in Settings.
		await openPage(page, '/settings');
		await page.getByRole('radio', { name: 'Terang' }).check();
		// Saved: the browser was then asked to keep the data.
		await page.getByTestId('persistence').filter({ hasNotText: 'Langkah akan meminta browser' }).waitFor();
		await openPage(page, '/my/progress');
		await page.getByRole('heading', { name: id.progress.week }).waitFor();
		const day = (d: number) => new Date(2026, 10, d, 9).getTime();
		await seedRuns(page, [
			finishedRun('c1', 'calm', day(10), { before: 8, after: 5 }),
			finishedRun('c2', 'calm', day(20), { before: 6, after: 3 }),
			finishedRun('c3', 'calm', day(29), { before: 4, after: 2 }),
			finishedRun(
				'p1',
				'problems',
				day(12),
				{
					plan: [
						{ id: 'x', what: 'Tanya RT', when: '', who: '', needs: '' },
						{ id: 'y', what: 'Ke kelurahan', when: '', who: '', needs: '' }
					]
				},
				{ followUps: [{ id: 'f', at: day(20), outcome: 'well', note: '' }] }
			),
			finishedRun('p2', 'problems', day(25), {})
		]);
		await page.evaluate(
			(mark) =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('langkah');
					request.onsuccess = () => {
						const tx = request.result.transaction('dueMarks', 'readwrite');
						tx.objectStore('dueMarks').put(mark);
						tx.oncomplete = () => (request.result.close(), resolve());
						tx.onerror = () => reject(tx.error);
					};
				}),
			{ key: 'run:p1:plan:x:2026-11-14', doneAt: day(14), updatedAt: day(14) }
		);
		await page.reload();
		const calm = page.locator('figure').filter({ hasText: 'Seberapa gelisah sebelum dan sesudah' });
		await calm.waitFor();
		expect(await calm.locator('svg[role="img"] title').textContent()).toBe('Seberapa gelisah sebelum dan sesudah latihan Tenangkan diri');
		expect(await calm.locator('svg rect.bar').count()).toBe(6);
		expect((await calm.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))).toEqual(['10 Nov 8 5', '20 Nov 6 3', '29 Nov 4 2']);
		const distress = page.locator('figure').filter({ hasText: 'Seberapa gelisah dari waktu ke waktu' });
		expect(await distress.locator('svg path.line').count()).toBe(1);
		expect(await distress.locator('svg desc').textContent()).toContain('Angka pertama 8, angka terakhir 4');
		const problems = page.locator('figure').filter({ hasText: 'Masalah yang ditata' });
		expect((await problems.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))).toEqual(['Nov 2026 2 1']);
		// The small step marked done on home's list of what is due.
		const steps = page.locator('figure').filter({ hasText: 'Langkah kecil yang direncanakan' });
		expect((await steps.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '))).toEqual(['Nov 2026 2 1']);
		await expectAccessible(page, 'progress, id');

		await page.locator('#language-select').selectOption('en');
		await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
		const calmEn = page.locator('figure').filter({ hasText: 'How upset before and after' });
		expect((await calmEn.locator('thead th').allInnerTexts())).toEqual(['Date', 'Before', 'After']);
		await expectAccessible(page, 'progress, en');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});

async function walkStrengths(page: Page, w: Words) {
	await openPage(page, '/flow/strengths');
	await page.getByRole('button', { name: w.start, exact: true }).click();
	await onStep(page, w.strengths.intro);
	await expectAccessible(page, `${w.lang}: strengths intro`);
	await next(page, w);
	await onStep(page, w.strengths.qualities);
	await page.getByRole('checkbox', { name: w.strengths.patient, exact: true }).check();
	await page.getByRole('checkbox', { name: w.strengths.listener, exact: true }).check();
	await expectAccessible(page, `${w.lang}: qualities`);
	await next(page, w);
	await onStep(page, w.strengths.own);
	await page.getByLabel(w.strengths.ownItem, { exact: true }).fill('Bisa menjahit');
	await next(page, w);
	await onStep(page, w.strengths.coped);
	await page.getByLabel(w.strengths.coped).fill('Waktu ayah sakit');
	await page.reload();
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
	await page.getByRole('button', { name: w.resume, exact: true }).click();
	await onStep(page, w.strengths.coped);
	expect(await page.getByLabel(w.strengths.coped).inputValue()).toBe('Waktu ayah sakit');
	await expectAccessible(page, `${w.lang}: coped`);
	await next(page, w);
	await onStep(page, w.strengths.helped);
	await page.getByLabel(w.strengths.helped).fill('Kakak menemani setiap malam');
	await next(page, w);
	await onStep(page, w.strengths.now);
	await page.getByLabel(w.strengths.now).fill('Telepon kakak');
	await next(page, w);
	await onStep(page, w.strengths.close);
	const close = await page.locator('main').innerText();
	expect(close).toContain('Bisa menjahit');
	expect(close).toContain('Kakak menemani setiap malam');
	await expectAccessible(page, `${w.lang}: strengths close`);
	await next(page, w);
	await onStep(page, w.strengths.whatNext);
	await page.getByRole('link', { name: w.strengths.safetyPlan }).or(page.getByRole('button', { name: w.strengths.safetyPlan })).click();
	await page.getByRole('heading', { level: 1, name: w.plan.title }).waitFor();
}

describe('"My strengths"', () => {
	for (const [w, dark] of [
		[id, true],
		[en, false]
	] as const) {
		it(`is walked in ${w.lang} and shown back in the safety plan`, async () => {
			const { recorded, page } = await newPage(w, dark);
			await walkStrengths(page, w);
			const section = page.locator('section').filter({ has: page.getByRole('heading', { name: w.plan.strengths, exact: true }) });
			await section.waitFor();
			const text = await section.innerText();
			expect(text).toContain(w.plan.patient);
			expect(text).toContain('Bisa menjahit');
			expect(text).toContain('Telepon kakak');
			await expectAccessible(page, `${w.lang}: safety plan with strengths`);

			// The run's summary in My space gives them back too.
			await openPage(page, '/my');
			await page.getByRole('link', { name: `${w.lang === 'id' ? 'Buka ringkasan' : 'Open the summary'}: ${w.strengths.title}` }).click();
			await page.getByText('Kakak menemani setiap malam').waitFor();
			const summary = await page.locator('main').innerText();
			expect(summary).toContain(w.strengths.listener);
			expect(summary).toContain('Bisa menjahit');
			expect(summary).toContain('Waktu ayah sakit');
			await expectAccessible(page, `${w.lang}: strengths summary`);
			expect(recorded.foreignRequests()).toEqual([]);
			await recorded.context.close();
		});
	}
});

describe('my support network', () => {
	it('is drawn as a map and listed at 320 px, stays on the phone, and feeds the safety plan', async () => {
		const { recorded, page } = await newPage(id, true);
		await openPage(page, '/my/network');
		await page.getByRole('button', { name: 'Tambah orang, kelompok, atau layanan' }).click();
		await page.getByLabel('Nama', { exact: true }).fill('Kelompok pengajian');
		await page.getByRole('radio', { name: /Kelompok dan masyarakat/ }).check();
		await page.getByRole('radio', { name: 'Dekat', exact: true }).check();
		await page.getByRole('checkbox', { name: 'Mendengarkan' }).check();
		// At the top of the page, so that no control sits under the quick exit bar while axe measures.
		await page.evaluate(() => window.scrollTo(0, 0));
		await expectAccessible(page, 'network form');
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByRole('heading', { level: 3, name: 'Kelompok pengajian' }).waitFor();

		// An empty name gets a message and nothing is lost.
		await page.getByRole('button', { name: 'Tambah orang, kelompok, atau layanan' }).click();
		await page.getByRole('checkbox', { name: 'Uang atau barang' }).check();
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByText('Tulis namanya dulu.').waitFor();
		expect(await page.getByRole('checkbox', { name: 'Uang atau barang' }).isChecked()).toBe(true);
		await page.getByLabel('Nama', { exact: true }).fill('Pak Budi');
		await page.getByRole('radio', { name: /Keluarga, teman, dan tetangga/ }).check();
		await page.getByRole('radio', { name: 'Sangat dekat', exact: true }).check();
		await page.getByRole('checkbox', { name: 'Hubungan ini sedang tegang atau berat' }).check();
		await page.getByLabel('Catatan (boleh dikosongkan)').fill('Kadang marah kalau aku pinjam uang');
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await page.getByRole('heading', { level: 3, name: 'Pak Budi' }).waitFor();

		const map = page.locator('svg[role="img"]').first();
		expect(await map.locator('title').textContent()).toBe('Gambar orang dan tempat di sekitarku');
		expect(await map.locator('text.name').allTextContents()).toEqual(expect.arrayContaining(['Kelompok pengajian'.slice(0, 13) + '…', 'Pak Budi']));
		expect(await map.locator('line.tie.strained').count()).toBe(1);
		expect(await map.locator('line.tie.close').count()).toBe(1);
		const informal = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Keluarga, teman, dan tetangga' }) });
		const budi = await informal.innerText();
		expect(budi).toContain('Sangat dekat');
		expect(budi).toContain('Uang atau barang');
		expect(budi).toContain('Kadang marah kalau aku pinjam uang');
		await page.evaluate(() => window.scrollTo(0, 0));
		await expectAccessible(page, 'network with map and list');
		expect(await page.getByRole('button', { name: 'Cetak' }).count()).toBe(1);
		// On paper: the map and the list, without the buttons and forms.
		await page.emulateMedia({ media: 'print' });
		expect(await map.isVisible()).toBe(true);
		expect(await page.getByRole('heading', { level: 3, name: 'Pak Budi' }).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Ubah: Pak Budi' }).isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });

		// Into the safety plan: Pak Budi becomes one of the people I can ask, and stays on the map.
		await page.getByRole('button', { name: 'Masukkan ke rencana keselamatanku: Pak Budi' }).click();
		await page.getByText('Pak Budi sudah masuk ke rencana keselamatanmu').waitFor();
		await page.reload();
		await page.getByRole('heading', { level: 3, name: 'Pak Budi' }).waitFor();
		expect(await informal.innerText()).toContain('Orang yang bisa aku mintai tolong');
		await openPage(page, '/safety-plan');
		await page.getByRole('group', { name: 'Pak Budi' }).waitFor();
		expect(await page.getByRole('group', { name: 'Pak Budi' }).getByLabel('Bisa membantu apa').inputValue()).toBe('Uang atau barang');

		// In English the list reads the same.
		await openPage(page, '/my/network');
		await page.locator('#language-select').selectOption('en');
		await page.getByRole('heading', { level: 1, name: 'My support network' }).waitFor();
		await page.getByRole('heading', { level: 2, name: 'Groups and community' }).waitFor();
		expect(await page.locator('main').innerText()).toContain('Money or things');
		await expectAccessible(page, 'network, en');

		expect(await rawDatabase(page)).toContain('Kelompok pengajian');
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
