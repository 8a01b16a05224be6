import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser, waitForServiceWorker } from './harness';

useBrowser();

/** Waits until the step with this heading is shown. */
async function onStep(page: Page, title: string) {
	await page.locator('#step-heading', { hasText: title }).waitFor();
	expect(await page.locator('#step-heading').innerText()).toBe(title);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the person sees, clicks and writes, in one language. */
interface Words {
	locale: string;
	start: string;
	startWith: string;
	next: string;
	back: string;
	finish: string;
	continue: string;
	done: string;
	// My problems, just enough to choose one problem.
	addProblem: string;
	problem: string;
	can: string;
	specific: string;
	weighThis: string;
	carried: string;
	// Weigh my options.
	steps: {
		intro: string;
		decision: string;
		why: string;
		deadline: string;
		stage: string;
		options: string;
		points: string;
		reality: string;
		people: string;
		role: string;
		readiness: string;
		weigh: string;
		actions: string;
		later: string;
	};
	thinking: string;
	option: (n: number) => string;
	addWait: string;
	wait: string;
	addGood: string;
	addHard: string;
	good: (n: number) => string;
	hard: (n: number) => string;
	alsoFor: (point: string) => RegExp;
	most: string;
	some: string;
	money: string;
	cannotGet: string;
	suggestTitle: string;
	moneyReason: RegExp;
	safe: RegExp;
	yes: string;
	no: string;
	unsafeMark: string;
	nextOption: (option: string) => string;
	addPerson: string;
	who: string;
	prefers: string;
	aLot: string;
	pressNote: string;
	myself: string;
	questions: { sure: RegExp; know: RegExp; values: RegExp; support: RegExp };
	needKnow: string;
	top: (option: string) => string;
	tie: string;
	adjust: string;
	suggested: string;
	makeTalk: string;
	what: string;
	date: string;
	with: string;
	leanLine: (option: string) => string;
	text: {
		problem: string;
		specific: string;
		why: string;
		deadline: string;
		options: [string, string];
		good1: string;
		hard1: string;
		good2: string;
		person: string;
		step: string;
		stepWith: string;
	};
}

const id: Words = {
	locale: 'id-ID',
	start: 'Mulai',
	startWith: 'Mulai dengan ini',
	next: 'Lanjut',
	back: 'Kembali',
	finish: 'Selesai',
	continue: 'Lanjutkan',
	done: 'Selesai. Terima kasih sudah meluangkan waktu.',
	addProblem: 'Tambah masalah',
	problem: 'Masalah 1',
	can: 'Ada yang bisa aku lakukan',
	specific: 'Ceritakan masalah ini dengan lebih jelas',
	weighThis: 'Timbang pilihan untuk masalah ini',
	carried: 'Kamu mulai dari masalah yang kamu pilih di latihan “Tata masalahmu”.',
	steps: {
		intro: 'Mengambil keputusan, pelan-pelan',
		decision: 'Apa yang perlu kamu putuskan?',
		why: 'Kenapa ini penting sekarang?',
		deadline: 'Kapan keputusan ini harus diambil?',
		stage: 'Sampai mana kamu sekarang dengan keputusan ini?',
		options: 'Apa saja pilihanmu?',
		points: 'Apa baiknya dan apa beratnya setiap pilihan?',
		reality: 'Cocokkan setiap pilihan dengan keadaanmu',
		people: 'Siapa lagi yang terlibat?',
		role: 'Bagaimana kamu ingin keputusan ini diambil?',
		readiness: 'Sudah siap memilih?',
		weigh: 'Bandingkan pilihanmu',
		actions: 'Apa langkah berikutnya?',
		later: 'Lihat lagi nanti'
	},
	thinking: 'Sedang memikirkan pilihan-pilihannya',
	option: (n) => `Pilihan ${n}`,
	addWait: 'Tambah: tidak melakukan apa-apa dulu / menunggu',
	wait: 'Tidak melakukan apa-apa dulu / menunggu',
	addGood: 'Tambah hal baik',
	addHard: 'Tambah hal berat',
	good: (n) => `Hal baik ${n}`,
	hard: (n) => `Hal berat ${n}`,
	alsoFor: (point) => new RegExp(`^Berlaku juga untuk \\(${escape(point)}\\)`),
	most: '5 Paling penting',
	some: '2 Agak penting',
	money: 'Uang',
	cannotGet: 'Belum bisa aku dapatkan',
	suggestTitle: 'Layanan yang mungkin membantu',
	moneyReason: /Kenapa: .*ada pilihan yang butuh uang yang belum bisa kamu dapat/,
	safe: /aman untukmu dan orang yang kamu jaga/,
	yes: 'Ya',
	no: 'Tidak',
	unsafeMark: 'Kamu bilang pilihan ini mungkin tidak aman.',
	nextOption: (option) => `Ke pilihan berikutnya: ${option}`,
	addPerson: 'Tambah orang',
	who: 'Siapa?',
	prefers: 'Pilihan mana yang dia mau?',
	aLot: 'Ya, sangat',
	pressNote: 'Ini hidupmu.',
	myself: 'Aku putuskan sendiri, setelah mendengar yang lain',
	questions: { sure: /yakin mana yang terbaik/, know: /tahu baik dan beratnya/, values: /paling penting buatmu/, support: /cukup dukungan/ },
	needKnow: 'Yang kamu butuhkan: info lebih banyak tentang pilihan-pilihan yang ada.',
	top: (option) => `Dari hal baik dan hal berat yang kamu tulis, “${option}” punya nilai paling tinggi.`,
	tie: 'Dari hal baik dan hal berat yang kamu tulis, nilai pilihan-pilihan ini sama',
	adjust: 'Ubah seberapa penting suatu hal',
	suggested: 'Cocok untuk yang kamu butuhkan',
	makeTalk: 'Jadikan langkah kecil: Bicara dengan seseorang',
	what: 'Apa yang akan aku lakukan',
	date: 'Paling lambat kapan',
	with: 'Dengan siapa',
	leanLine: (option) => `Aku condong ke: ${option}`,
	text: {
		problem: 'Kontrakan mau habis',
		specific: 'Pemilik rumah minta kami keluar akhir bulan ini.',
		why: 'Kontraknya habis tanggal 30.',
		deadline: 'Sebelum tanggal 25',
		options: ['Pindah ke rumah ibu', 'Cari kontrakan lain'],
		good1: 'Dekat keluarga',
		hard1: 'Biaya pindahan',
		good2: 'Dekat sekolah anak',
		person: 'Suami',
		step: 'Bicara dengan kakak soal rumah ibu',
		stepWith: 'Kakak'
	}
};

const en: Words = {
	locale: 'en-US',
	start: 'Start',
	startWith: 'Start with this',
	next: 'Next',
	back: 'Back',
	finish: 'Finish',
	continue: 'Continue',
	done: 'Done. Thank you for taking the time.',
	addProblem: 'Add a problem',
	problem: 'Problem 1',
	can: 'I can do something about it',
	specific: 'Say more about this problem',
	weighThis: 'Weigh my options for this problem',
	carried: 'You start with the problem you chose in My problems.',
	steps: {
		intro: 'A decision, step by step',
		decision: 'What do you need to decide?',
		why: 'Why does this matter now?',
		deadline: 'When do you need to decide by?',
		stage: 'How far along are you?',
		options: 'What are your options?',
		points: 'What is good and what is hard about each option?',
		reality: 'Check each option against your real life',
		people: 'Who else is involved?',
		role: 'How do you want this decision to be made?',
		readiness: 'Are you ready to choose?',
		weigh: 'Your options side by side',
		actions: 'What next?',
		later: 'Come back to it later'
	},
	thinking: 'I am thinking about the options',
	option: (n) => `Option ${n}`,
	addWait: 'Add: doing nothing for now / waiting',
	wait: 'Doing nothing for now / waiting',
	addGood: 'Add something good',
	addHard: 'Add something hard',
	good: (n) => `Good thing ${n}`,
	hard: (n) => `Hard thing ${n}`,
	alsoFor: (point) => new RegExp(`^Also true for \\(${escape(point)}\\)`),
	most: '5 Most of all',
	some: '2 Some',
	money: 'Money',
	cannotGet: 'I cannot get it',
	suggestTitle: 'Services that may help',
	moneyReason: /Why: .*an option needs money you cannot get now/,
	safe: /keep you, and the people you look after, safe/,
	yes: 'Yes',
	no: 'No',
	unsafeMark: 'You said this may not keep you safe.',
	nextOption: (option) => `Go to the next option: ${option}`,
	addPerson: 'Add a person',
	who: 'Who is it?',
	prefers: 'Which option do they want?',
	aLot: 'A lot',
	pressNote: 'It is your life.',
	myself: 'I decide for myself, after hearing what others think',
	questions: { sure: /feel sure about what is best/, know: /know what is good and what is hard/, values: /which things matter most/, support: /enough support/ },
	needKnow: 'What you need: to find out more about your options.',
	top: (option) => `Going by what you wrote, “${option}” has the highest score.`,
	tie: 'Going by what you wrote, these have the same score',
	adjust: 'Change how much something matters',
	suggested: 'Suggested for what you need',
	makeTalk: 'Make this a small step: Talk to someone',
	what: 'What will you do?',
	date: 'By when?',
	with: 'With whom?',
	leanLine: (option) => `I am leaning towards: ${option}`,
	text: {
		problem: 'The lease is ending',
		specific: 'The landlord wants us out at the end of this month.',
		why: 'The lease ends on the 30th.',
		deadline: 'Before the 25th',
		options: ['Move in with my mother', 'Find another room to rent'],
		good1: 'Close to family',
		hard1: 'Cost of moving',
		good2: 'Close to the children’s school',
		person: 'My husband',
		step: 'Talk to my sister about mother’s house',
		stepWith: 'My sister'
	}
};

async function next(page: Page, w: Words) {
	await page.getByRole('button', { name: w.next, exact: true }).click();
}

/** Chooses one problem in "My problems" and finishes it, as quickly as the flow allows. */
async function chooseProblem(page: Page, w: Words) {
	await openPage(page, '/flow/problems');
	await page.getByRole('button', { name: w.start, exact: true }).click();
	await next(page, w);
	await page.getByRole('button', { name: w.addProblem }).click();
	await page.getByLabel(w.problem, { exact: true }).fill(w.text.problem);
	await next(page, w);
	await page.getByRole('radio', { name: w.can, exact: true }).check();
	await next(page, w);
	await next(page, w);
	await page.getByRole('radio', { name: w.text.problem, exact: true }).check();
	await next(page, w);
	await page.getByLabel(w.specific).fill(w.text.specific);
	// Ideas, keeping them, the plan, the review, then "later": finish.
	for (let i = 0; i < 5; i++) await next(page, w);
	await page.getByRole('button', { name: w.finish, exact: true }).click();
}

/** From the decide page's first look to the options step, keeping what was carried in. */
async function toOptions(page: Page, w: Words, start = w.start) {
	await page.getByRole('button', { name: start, exact: true }).click();
	await onStep(page, w.steps.intro);
	for (let i = 0; i < 5; i++) await next(page, w);
	await onStep(page, w.steps.options);
}

async function fillOptions(page: Page, w: Words) {
	await page.getByLabel(w.option(1), { exact: true }).fill(w.text.options[0]);
	await page.getByLabel(w.option(2), { exact: true }).fill(w.text.options[1]);
	await page.getByRole('button', { name: w.addWait }).click();
}

/** The figures the chart lists for screen readers and print, row by row. */
function chartFigures(page: Page): Promise<string[][]> {
	return page.locator('figure table tbody tr').evaluateAll((rows) =>
		rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''))
	);
}

async function fromProblemToDecision(w: Words) {
	const recorded = await recordedContext(browser, { locale: w.locale, viewport: { width: 320, height: 640 } });
	const page = await recorded.context.newPage();
	const [first, second] = w.text.options;

	await chooseProblem(page, w);
	await page.getByText(w.done).waitFor();
	await page.getByRole('link', { name: w.weighThis }).click();

	// The decision starts from the problem, in the person's words.
	await page.getByText(w.carried).waitFor();
	expect(await page.locator('main blockquote').innerText()).toContain(w.text.problem);
	await expectAccessible(page, 'decide: first look, carried from a problem');
	await page.getByRole('button', { name: w.startWith, exact: true }).click();

	await onStep(page, w.steps.intro);
	await expectAccessible(page, 'intro');
	await next(page, w);

	await onStep(page, w.steps.decision);
	const decision = await page.getByLabel(w.steps.decision).inputValue();
	expect(decision).toContain(w.text.problem);
	expect(decision).toContain(w.text.specific);
	await expectAccessible(page, 'decision');
	await next(page, w);

	await page.getByLabel(w.steps.why).fill(w.text.why);
	await expectAccessible(page, 'why');
	await next(page, w);
	await page.getByLabel(w.steps.deadline).fill(w.text.deadline);
	await expectAccessible(page, 'deadline');
	await next(page, w);
	await page.getByRole('radio', { name: w.thinking }).check();
	await expectAccessible(page, 'stage');
	await next(page, w);

	// Options: two ready fields, and "doing nothing / waiting" offered.
	await onStep(page, w.steps.options);
	await expectAccessible(page, 'options, empty');
	await fillOptions(page, w);
	expect(await page.locator('main').innerText()).toContain(w.wait);
	await expectAccessible(page, 'options');
	await next(page, w);

	// Points of the first option; the hard point is true for the second option too.
	await onStep(page, w.steps.points);
	await page.getByRole('button', { name: w.addGood }).click();
	await page.getByLabel(w.good(1), { exact: true }).fill(w.text.good1);
	await page.getByRole('radio', { name: w.most }).check();
	await page.getByRole('button', { name: w.addHard }).click();
	await page.getByLabel(w.hard(1), { exact: true }).fill(w.text.hard1);
	await page.getByRole('group', { name: w.hard(1) }).filter({ has: page.getByRole('radio') }).getByRole('radio', { name: w.some }).check();
	await page.getByRole('group', { name: w.alsoFor(w.hard(1)) }).getByRole('checkbox', { name: second }).check();
	await expectAccessible(page, 'points of the first option');
	await page.getByRole('button', { name: w.nextOption(second) }).click();
	// The shared point is there without retyping it.
	expect(await page.getByLabel(w.hard(1), { exact: true }).inputValue()).toBe(w.text.hard1);
	await page.getByRole('button', { name: w.addGood }).click();
	await page.getByLabel(w.good(1), { exact: true }).fill(w.text.good2);
	await expectAccessible(page, 'points of the second option');
	await next(page, w);

	// Reality check: the first option needs money the person cannot get and is not safe.
	await onStep(page, w.steps.reality);
	await page.getByRole('group', { name: w.money, exact: true }).getByRole('radio', { name: w.cannotGet }).check();
	await page.getByRole('group', { name: w.safe }).getByRole('radio', { name: w.no, exact: true }).check();
	await page.getByText(w.unsafeMark).waitFor();
	expect(await page.locator('main a[href="/help"]').count()).toBeGreaterThan(0);
	await expectAccessible(page, 'reality check, first option');
	await page.getByRole('button', { name: w.nextOption(second) }).click();
	// The second option is safe, but needs money too.
	await page.getByRole('group', { name: w.money, exact: true }).getByRole('radio', { name: w.cannotGet }).check();
	await page.getByRole('group', { name: w.safe }).getByRole('radio', { name: w.yes, exact: true }).check();
	await expectAccessible(page, 'reality check, second option');
	await next(page, w);

	await onStep(page, w.steps.people);
	await expectAccessible(page, 'people, nobody yet');
	await page.getByRole('button', { name: w.addPerson }).click();
	await page.getByLabel(w.who, { exact: true }).fill(w.text.person);
	await page.getByLabel(w.prefers).selectOption({ label: second });
	await page.getByRole('radio', { name: w.aLot, exact: true }).check();
	await page.getByText(w.pressNote).waitFor();
	await expectAccessible(page, 'people');
	await next(page, w);

	await page.getByRole('radio', { name: w.myself }).check();
	await expectAccessible(page, 'role');
	await next(page, w);

	await onStep(page, w.steps.readiness);
	await page.getByRole('group', { name: w.questions.sure }).getByRole('radio', { name: w.yes, exact: true }).check();
	await page.getByRole('group', { name: w.questions.know }).getByRole('radio', { name: w.no, exact: true }).check();
	await page.getByRole('group', { name: w.questions.values }).getByRole('radio', { name: w.yes, exact: true }).check();
	await page.getByRole('group', { name: w.questions.support }).getByRole('radio', { name: w.no, exact: true }).check();
	await page.getByText(w.needKnow).waitFor();
	await expectAccessible(page, 'readiness');
	await next(page, w);

	// The options side by side: weights from the person's own points, marks kept on the unsafe one.
	await onStep(page, w.steps.weigh);
	expect(await page.locator('main svg[role="img"]').count()).toBe(1);
	let figures = await chartFigures(page);
	expect(figures.map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
		[first, '5', '2', '+3'],
		[second, '3', '2', '+1'],
		[w.wait, '0', '0', '0']
	]);
	expect(figures[0]![4]).not.toBe(figures[1]![4]);
	await page.getByText(w.top(first)).waitFor();
	expect(await page.locator('main').innerText()).toContain(w.unsafeMark);
	await expectAccessible(page, 'weigh');
	// Changing how much a point matters redraws the chart at once.
	await page.getByText(w.adjust).click();
	await page.getByLabel(new RegExp(`^${escape(w.text.good2)}`)).selectOption('5');
	await page.getByText(w.tie).waitFor();
	figures = await chartFigures(page);
	expect(figures[1]![3]).toBe('+3');
	expect(await page.locator('main svg text.value').allTextContents()).toEqual(['+3', '+3', '0']);
	await page.getByRole('radio', { name: second, exact: true }).check();
	await expectAccessible(page, 'weigh, adjusted, leaning');
	await next(page, w);

	// Next steps from the needs: readiness said "no" to knowing enough and to support.
	await onStep(page, w.steps.actions);
	await page.getByRole('heading', { name: w.suggested }).waitFor();
	expect(await page.locator('main a[href="/resources?from=decide"]').count()).toBe(1);
	await page.getByRole('button', { name: w.makeTalk }).click();
	await page.getByLabel(w.what).fill(w.text.step);
	await page.getByLabel(w.date).fill('2030-05-01');
	await page.getByLabel(w.with).fill(w.text.stepWith);
	await expectAccessible(page, 'actions');
	await next(page, w);

	await onStep(page, w.steps.later);
	await expectAccessible(page, 'later');
	await page.getByRole('button', { name: w.finish, exact: true }).click();
	await page.getByText(w.done).waitFor();
	const summary = await page.locator('main').innerText();
	expect(summary).toContain(w.leanLine(second));
	expect(summary).toContain(w.text.step);
	expect(summary).toContain(w.text.stepWith);
	expect(summary).toContain('2030');
	await expectAccessible(page, 'done');

	if (w === id) {
		// The finished decision links back to its problem, the date after a space: "itu (30 November 2026)".
		await page.getByRole('link', { name: 'Ke Latihanku' }).click();
		await page.getByRole('link', { name: 'Buka ringkasan: Timbang pilihan' }).click();
		const origin = page.getByRole('link', { name: /^Lihat masalah itu \(/ });
		await origin.waitFor();
		expect((await origin.innerText()).trim()).toMatch(/^Lihat masalah itu \(\d{1,2} \S+ \d{4}\)$/);
	}

	// Services that may help, from the option the person leans to: it needs money they cannot get.
	await openPage(page, '/resources?from=decide');
	await page.getByRole('heading', { name: w.suggestTitle }).waitFor();
	const suggested = page.locator('section.suggest li.service');
	await suggested.first().waitFor();
	expect(await suggested.count()).toBeGreaterThan(0);
	for (const why of await suggested.locator('.why').allInnerTexts()) expect(why).toMatch(w.moneyReason);
	await expectAccessible(page, 'services that may help, from the decision');
	expect(recorded.foreignRequests()).toEqual([]);
	expect(recorded.cspViolations).toEqual([]);
	await recorded.context.close();
}

describe('"Timbang pilihan" (Weigh my options)', () => {
	it('goes from a problem to a decided option with next steps, axe passing on every step at 320 px', async () => {
		await fromProblemToDecision(id);
	}, 180_000);

	it('does the same in English', async () => {
		await fromProblemToDecision(en);
	}, 180_000);

	it('keeps every word through a reload and a language switch', async () => {
		const { context } = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await openPage(page, '/flow/decide');
		await toOptions(page, id);
		await fillOptions(page, id);
		await next(page, id);
		await page.getByRole('button', { name: id.addGood }).click();
		await page.getByLabel(id.good(1), { exact: true }).fill(id.text.good1);
		await page.getByRole('radio', { name: id.most }).check();
		// A person takes a moment before reloading; a reload within milliseconds of a tap can miss the
		// write still under way on a busy machine (the closing note of issue 10 names this).
		await page.waitForTimeout(300);

		await page.reload();
		await page.getByRole('button', { name: id.continue, exact: true }).click();
		await onStep(page, id.steps.points);
		expect(await page.getByLabel(id.good(1), { exact: true }).inputValue()).toBe(id.text.good1);
		expect(await page.getByRole('radio', { name: id.most }).isChecked()).toBe(true);

		await page.getByLabel('Bahasa / Language').selectOption('en');
		await onStep(page, en.steps.points);
		expect(await page.getByLabel(en.good(1), { exact: true }).inputValue()).toBe(id.text.good1);
		expect(await page.getByRole('radio', { name: en.most }).isChecked()).toBe(true);
		// "Doing nothing / waiting" is the app's words, so it follows the language.
		expect(await page.locator('main').innerText()).toContain(en.wait);
		await page.getByRole('button', { name: en.back, exact: true }).click();
		await onStep(page, en.steps.options);
		expect(await page.getByLabel(en.option(1), { exact: true }).inputValue()).toBe(id.text.options[0]);
		expect(await page.getByLabel(en.option(2), { exact: true }).inputValue()).toBe(id.text.options[1]);

		await page.reload();
		await page.getByRole('button', { name: en.continue, exact: true }).click();
		await onStep(page, en.steps.options);
		expect(await page.getByLabel(en.option(1), { exact: true }).inputValue()).toBe(id.text.options[0]);
		await context.close();
	});

	it('lets the person say later how it went, and open the decision again with its history kept', async () => {
		const { context } = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await openPage(page, '/flow/decide');
		await toOptions(page, id);
		await fillOptions(page, id);
		for (let i = 0; i < 6; i++) await next(page, id);
		await onStep(page, id.steps.weigh);
		await page.getByRole('radio', { name: id.text.options[0], exact: true }).check();
		await next(page, id);
		await next(page, id);
		await page.getByRole('button', { name: id.finish, exact: true }).click();
		await page.getByText(id.done).waitFor();

		await page.getByRole('link', { name: 'Ke Latihanku' }).click();
		await page.getByRole('link', { name: 'Buka ringkasan: Timbang pilihan' }).click();
		await page.getByRole('heading', { name: 'Bagaimana jadinya?' }).waitFor();
		expect(await page.locator('main').innerText()).toContain(`Kamu condong ke: ${id.text.options[0]}`);
		await expectAccessible(page, 'a finished decision in My space');
		await page.getByRole('radio', { name: 'Sebagian berjalan baik' }).check();
		await page.getByLabel('Hal yang ingin kamu ingat (boleh dikosongkan)').fill('Ibu senang, anak-anak masih menyesuaikan.');
		await page.getByRole('button', { name: 'Simpan catatanku' }).click();
		await page.getByText('Tersimpan. Terima kasih sudah melihat kembali.').waitFor();
		await expectAccessible(page, 'after a note on how it went');

		await page.reload();
		await page.getByRole('heading', { name: 'Catatanmu sebelumnya' }).waitFor();
		expect(await page.locator('main').innerText()).toContain('Ibu senang, anak-anak masih menyesuaikan.');

		await page.getByRole('link', { name: 'Buka lagi keputusan ini' }).click();
		await page.getByText('Kamu membuka lagi keputusan yang pernah kamu timbang.').waitFor();
		await expectAccessible(page, 'reopening');
		await toOptions(page, id, id.startWith);
		expect(await page.getByLabel(id.option(1), { exact: true }).inputValue()).toBe(id.text.options[0]);
		expect(await page.getByLabel(id.option(2), { exact: true }).inputValue()).toBe(id.text.options[1]);

		// Both are in My space: the new one to continue, the old one with its note.
		await openPage(page, '/my');
		await page.getByRole('heading', { name: 'Timbang pilihan' }).nth(1).waitFor();
		expect(await page.getByRole('heading', { name: 'Timbang pilihan' }).count()).toBe(2);
		await page.getByRole('link', { name: 'Buka ringkasan: Timbang pilihan' }).click();
		await page.getByRole('heading', { name: 'Catatanmu sebelumnya' }).waitFor();
		await context.close();
	});

	it('works with the network off after one visit', async () => {
		const { context } = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await openPage(page, '/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await openPage(page, '/flow/decide');
		await toOptions(page, id);
		await fillOptions(page, id);
		await next(page, id);
		await page.getByRole('button', { name: id.addGood }).click();
		await page.getByLabel(id.good(1), { exact: true }).fill(id.text.good1);
		for (let i = 0; i < 5; i++) await next(page, id);
		await onStep(page, id.steps.weigh);
		await page.getByText(id.top(id.text.options[0])).waitFor();
		expect((await chartFigures(page))[0]).toEqual([id.text.options[0], '3', '0', '+3', 'Tidak ada catatan']);
		await context.close();
	});
});
