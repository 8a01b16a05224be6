import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, recordedContext, useBrowser, waitForServiceWorker } from './harness';

useBrowser();

/** Waits until the step with this heading is shown (the heading text, exactly). */
async function onStep(page: Page, title: string) {
	await page.locator('#step-heading', { hasText: title }).waitFor();
	expect(await page.locator('#step-heading').innerText()).toBe(title);
}

/** What the person sees and clicks, in one language. */
interface Words {
	locale: string;
	title: string;
	start: string;
	next: string;
	back: string;
	finish: string;
	backToReview: string;
	intro: string;
	list: string;
	problem: (n: number) => string;
	addProblem: string;
	moveUp: (item: string) => string;
	remove: (item: string) => string;
	sort: string;
	can: string;
	cannot: string;
	kind: string;
	kindBody: string;
	pick: string;
	pickEmpty: string;
	specific: string;
	ideas: string;
	idea: (n: number) => string;
	addIdea: string;
	keep: string;
	use: string;
	notNow: string;
	plan: string;
	planStep: (n: number) => string;
	what: string;
	when: string;
	who: string;
	needs: string;
	addStep: string;
	review: string;
	edit: string;
	change: (question: string) => string;
	later: string;
	done: string;
	finished: string;
	/** What the person writes. */
	problems: [string, string, string, string];
	edited: string;
	specificText: string;
	specificChanged: string;
	ideaTexts: [string, string, string];
	steps: { what: string; when: string; who: string; needs: string }[];
}

const id: Words = {
	locale: 'id-ID',
	title: 'Tata masalahmu',
	start: 'Mulai',
	next: 'Lanjut',
	back: 'Kembali',
	finish: 'Selesai',
	backToReview: 'Kembali ke ringkasan',
	intro: 'Satu per satu',
	list: 'Masalah apa saja yang sedang kamu hadapi?',
	problem: (n) => `Masalah ${n}`,
	addProblem: 'Tambah masalah',
	moveUp: (item) => `Pindahkan ${item} ke atas`,
	remove: (item) => `Hapus ${item}`,
	sort: 'Mana yang bisa kamu usahakan?',
	can: 'Ada yang bisa aku lakukan',
	cannot: 'Belum bisa aku ubah sekarang',
	kind: 'Untuk masalah yang belum bisa diubah',
	kindBody: 'Itu bukan salahmu.',
	pick: 'Pilih satu masalah untuk dikerjakan dulu',
	pickEmpty: 'Belum ada yang bisa dipilih di sini.',
	specific: 'Ceritakan masalah ini dengan lebih jelas',
	ideas: 'Apa saja yang mungkin bisa kamu lakukan?',
	idea: (n) => `Ide ${n}`,
	addIdea: 'Tambah ide',
	keep: 'Ide mana yang mau kamu pakai?',
	use: 'Aku pakai',
	notNow: 'Tidak sekarang',
	plan: 'Buat rencana langkah kecil',
	planStep: (n) => `Langkah kecil ${n}`,
	what: 'Apa yang akan aku lakukan',
	when: 'Kapan',
	who: 'Dengan siapa',
	needs: 'Yang aku perlukan',
	addStep: 'Tambah langkah kecil',
	review: 'Lihat lagi rencanamu',
	edit: 'Ubah',
	change: (question) => `Ubah jawaban: ${question}`,
	later: 'Lihat lagi nanti',
	done: 'Selesai. Terima kasih sudah meluangkan waktu.',
	finished: 'Selesai',
	problems: ['Sewa kontrakan belum dibayar', 'Anak sering sakit', 'Harga beras naik', 'Tetangga berisik'],
	edited: 'Sewa kontrakan bulan ini belum dibayar',
	specificText: 'Pemilik kontrakan minta uang sewa hari Sabtu, uangku kurang dua ratus ribu.',
	specificChanged: 'Pemilik kontrakan minta uang sewa hari Senin, uangku kurang dua ratus ribu.',
	ideaTexts: ['Bicara dengan pemilik kontrakan', 'Pinjam ke saudara', 'Jual HP lama'],
	steps: [
		{ what: 'Telepon pemilik kontrakan', when: 'Kamis sore', who: 'Sendiri', needs: 'Pulsa' },
		{ what: 'Tanya kakak soal pinjaman', when: 'Jumat', who: 'Kakak', needs: 'Waktu ngobrol' }
	]
};

const en: Words = {
	locale: 'en-US',
	title: 'My problems',
	start: 'Start',
	next: 'Next',
	back: 'Back',
	finish: 'Finish',
	backToReview: 'Back to the summary',
	intro: 'One at a time',
	list: 'What problems are you facing?',
	problem: (n) => `Problem ${n}`,
	addProblem: 'Add a problem',
	moveUp: (item) => `Move ${item} up`,
	remove: (item) => `Remove ${item}`,
	sort: 'Which ones can you do something about?',
	can: 'I can do something about it',
	cannot: 'I cannot change it now',
	kind: 'For problems you cannot change now',
	kindBody: 'That is not your fault.',
	pick: 'Choose one problem to work on first',
	pickEmpty: 'There is nothing here to choose yet.',
	specific: 'Say more about this problem',
	ideas: 'What could you do?',
	idea: (n) => `Idea ${n}`,
	addIdea: 'Add an idea',
	keep: 'Which ideas do you want to use?',
	use: 'I will use it',
	notNow: 'Not now',
	plan: 'Make a plan of small steps',
	planStep: (n) => `Small step ${n}`,
	what: 'What I will do',
	when: 'When',
	who: 'With whom',
	needs: 'What I need',
	addStep: 'Add a small step',
	review: 'Look over your plan',
	edit: 'Change',
	change: (question) => `Change the answer: ${question}`,
	later: 'Come back to it later',
	done: 'Done. Thank you for taking the time.',
	finished: 'Finished',
	problems: ['The rent is not paid', 'My child is often ill', 'Rice costs more', 'Noisy neighbours'],
	edited: 'The rent for this month is not paid',
	specificText: 'The landlord wants the rent on Saturday and I am two hundred thousand short.',
	specificChanged: 'The landlord wants the rent on Monday and I am two hundred thousand short.',
	ideaTexts: ['Talk to the landlord', 'Borrow from my sister', 'Sell my old phone'],
	steps: [
		{ what: 'Phone the landlord', when: 'Thursday afternoon', who: 'On my own', needs: 'Phone credit' },
		{ what: 'Ask my sister about a loan', when: 'Friday', who: 'My sister', needs: 'Time to talk' }
	]
};

async function next(page: Page, w: Words) {
	await page.getByRole('button', { name: w.next, exact: true }).click();
}

async function back(page: Page, w: Words) {
	await page.getByRole('button', { name: w.back, exact: true }).click();
}

/** The values of the list step's fields, top to bottom. */
function fieldValues(page: Page): Promise<string[]> {
	return page.locator('main ol textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
}

/** The texts a pick step offers, in order. */
function offered(page: Page): Promise<string[]> {
	return page.locator('main input[type="radio"]').evaluateAll((radios) =>
		radios.map((radio) => radio.closest('label')?.textContent?.trim() ?? '')
	);
}

function placeIn(page: Page, item: string, group: string) {
	return page.getByRole('group', { name: item, exact: true }).getByRole('radio', { name: group, exact: true }).check();
}

async function fillPlanStep(page: Page, w: Words, n: number, step: Words['steps'][number]) {
	const fields = page.getByRole('group', { name: w.planStep(n), exact: true });
	await fields.getByLabel(w.what, { exact: true }).fill(step.what);
	await fields.getByLabel(w.when, { exact: true }).fill(step.when);
	await fields.getByLabel(w.who, { exact: true }).fill(step.who);
	await fields.getByLabel(w.needs, { exact: true }).fill(step.needs);
}

async function runWholeFlow(w: Words) {
	const recorded = await recordedContext(browser, { locale: w.locale, viewport: { width: 320, height: 640 } });
	const page = await recorded.context.newPage();
	await openPage(page, '/flow/problems');
	await page.getByRole('heading', { name: w.title, level: 1 }).waitFor();
	await expectAccessible(page, 'start');
	await page.getByRole('button', { name: w.start, exact: true }).click();

	await onStep(page, w.intro);
	await expectAccessible(page, 'intro');
	await next(page, w);

	// The list: add, add, Enter in the last field for the third and fourth, edit, move up, remove.
	await onStep(page, w.list);
	await expectAccessible(page, 'empty list');
	// An empty list shows one field ready to type in; "add" puts the cursor there.
	expect(await fieldValues(page)).toEqual(['']);
	const [first, second, third, fourth] = w.problems;
	await page.getByRole('button', { name: w.addProblem }).click();
	const field1 = page.getByLabel(w.problem(1), { exact: true });
	await expect.poll(() => field1.evaluate((el) => el === document.activeElement)).toBe(true);
	await field1.fill(first);
	await page.getByRole('button', { name: w.addProblem }).click();
	await page.getByLabel(w.problem(2), { exact: true }).fill(second);
	await page.getByLabel(w.problem(2), { exact: true }).press('Enter');
	// Enter started a third item and put the cursor in it: the person just goes on typing.
	await page.getByLabel(w.problem(3), { exact: true }).waitFor();
	await expect.poll(() => page.getByLabel(w.problem(3), { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
	await page.keyboard.type(third);
	await page.keyboard.press('Enter');
	await page.getByLabel(w.problem(4), { exact: true }).waitFor();
	await page.keyboard.type(fourth);
	expect(await fieldValues(page)).toEqual([first, second, third, fourth]);
	await expectAccessible(page, 'list with four problems');

	await page.getByLabel(w.problem(1), { exact: true }).fill(w.edited);
	await page.getByRole('button', { name: w.moveUp(w.problem(3)) }).click();
	expect(await fieldValues(page)).toEqual([w.edited, third, second, fourth]);
	// The moved item keeps the keyboard focus (on its own "up" button, now one higher).
	expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(w.moveUp(w.problem(2)));
	await page.getByRole('button', { name: w.remove(w.problem(4)) }).click();
	expect(await fieldValues(page)).toEqual([w.edited, third, second]);
	await expectAccessible(page, 'list edited');
	await next(page, w);

	// Sorting: two that the person can do something about, one that they cannot.
	await onStep(page, w.sort);
	expect(await page.locator('main fieldset fieldset legend').allInnerTexts()).toEqual([w.edited, third, second]);
	await placeIn(page, w.edited, w.can);
	await placeIn(page, third, w.cannot);
	await placeIn(page, second, w.can);
	await expectAccessible(page, 'sort');
	await next(page, w);

	await onStep(page, w.kind);
	expect(await page.locator('main').innerText()).toContain(w.kindBody);
	await expectAccessible(page, 'kind words');
	await next(page, w);

	// Only the problems sorted under "can" are offered.
	await onStep(page, w.pick);
	expect(await offered(page)).toEqual([w.edited, second]);
	await page.getByRole('radio', { name: w.edited, exact: true }).check();
	await expectAccessible(page, 'pick');
	await next(page, w);

	await onStep(page, w.specific);
	await page.getByLabel(w.specific, { exact: true }).fill(w.specificText);
	await expectAccessible(page, 'specific');
	await next(page, w);

	await onStep(page, w.ideas);
	// The chosen problem stays in sight on the later steps.
	expect(await page.locator('main .recall').innerText()).toContain(w.edited);
	for (const [index, text] of w.ideaTexts.entries()) {
		await page.getByRole('button', { name: w.addIdea }).click();
		await page.getByLabel(w.idea(index + 1), { exact: true }).fill(text);
	}
	await expectAccessible(page, 'ideas');
	await next(page, w);

	await onStep(page, w.keep);
	await placeIn(page, w.ideaTexts[0], w.use);
	await placeIn(page, w.ideaTexts[1], w.use);
	await placeIn(page, w.ideaTexts[2], w.notNow);
	await expectAccessible(page, 'keep');
	await next(page, w);

	await onStep(page, w.plan);
	// The ideas marked "I'll use" are already the first small steps, in the person's words, to change freely.
	expect(await page.getByRole('group', { name: w.planStep(1), exact: true }).getByLabel(w.what, { exact: true }).inputValue()).toBe(w.ideaTexts[0]);
	expect(await page.getByRole('group', { name: w.planStep(2), exact: true }).getByLabel(w.what, { exact: true }).inputValue()).toBe(w.ideaTexts[1]);
	expect(await page.getByRole('group', { name: w.planStep(3), exact: true }).count()).toBe(0);
	await fillPlanStep(page, w, 1, w.steps[0]!);
	await fillPlanStep(page, w, 2, w.steps[1]!);
	await expectAccessible(page, 'plan');

	// Going back all the way to the list and forward again keeps every answer.
	for (const title of [w.keep, w.ideas, w.specific, w.pick, w.kind, w.sort, w.list]) {
		await back(page, w);
		await onStep(page, title);
		if (title === w.keep) expect(await page.getByRole('group', { name: w.ideaTexts[2] }).getByRole('radio', { name: w.notNow }).isChecked()).toBe(true);
		if (title === w.ideas) expect(await fieldValues(page)).toEqual([...w.ideaTexts]);
		if (title === w.specific) expect(await page.getByLabel(w.specific, { exact: true }).inputValue()).toBe(w.specificText);
		if (title === w.pick) expect(await page.getByRole('radio', { name: w.edited, exact: true }).isChecked()).toBe(true);
		if (title === w.sort) {
			expect(await page.getByRole('group', { name: third, exact: true }).getByRole('radio', { name: w.cannot }).isChecked()).toBe(true);
			expect(await page.getByRole('group', { name: second, exact: true }).getByRole('radio', { name: w.can }).isChecked()).toBe(true);
		}
	}
	expect(await fieldValues(page)).toEqual([w.edited, third, second]);
	for (const title of [w.sort, w.kind, w.pick, w.specific, w.ideas, w.keep, w.plan]) {
		await next(page, w);
		await onStep(page, title);
	}
	const step2 = page.getByRole('group', { name: w.planStep(2), exact: true });
	expect(await step2.getByLabel(w.what, { exact: true }).inputValue()).toBe(w.steps[1]!.what);
	expect(await step2.getByLabel(w.needs, { exact: true }).inputValue()).toBe(w.steps[1]!.needs);
	await next(page, w);

	// The review: everything written so far, each with a button to change it.
	await onStep(page, w.review);
	let review = await page.locator('main').innerText();
	for (const text of [w.edited, second, third, w.specificText, ...w.ideaTexts, w.steps[0]!.what, w.steps[1]!.when]) {
		expect(review).toContain(text);
	}
	await expectAccessible(page, 'review');
	const change = page.getByRole('button', { name: w.change(w.specific) });
	expect(await change.innerText()).toBe(w.edit);
	await change.click();
	await onStep(page, w.specific);
	await page.getByLabel(w.specific, { exact: true }).fill(w.specificChanged);
	await expectAccessible(page, 'editing from the review');
	await page.getByRole('button', { name: w.backToReview, exact: true }).click();
	await onStep(page, w.review);
	review = await page.locator('main').innerText();
	expect(review).toContain(w.specificChanged);
	expect(review).not.toContain(w.specificText);
	await next(page, w);

	await onStep(page, w.later);
	await expectAccessible(page, 'later');
	await page.getByRole('button', { name: w.finish, exact: true }).click();

	// The summary shows the chosen problem and the plan.
	await page.getByRole('heading', { name: w.done }).waitFor();
	const summary = await page.locator('main').innerText();
	expect(summary).toContain(w.edited);
	expect(summary).toContain(w.specificChanged);
	expect(summary).toContain(w.steps[0]!.what);
	expect(summary).toContain(w.steps[0]!.when);
	expect(summary).toContain(w.steps[1]!.who);
	expect(summary).toContain(w.steps[1]!.needs);
	await expectAccessible(page, 'done');

	await openPage(page, '/my');
	const run = page.locator('main li', { has: page.getByRole('heading', { name: w.title }) });
	await run.waitFor();
	expect(await run.count()).toBe(1);
	expect(await run.locator('.status').innerText()).toBe(w.finished);
	await expectAccessible(page, 'my space');

	expect(recorded.foreignRequests()).toEqual([]);
	expect(recorded.cspViolations).toEqual([]);
	await recorded.context.close();
}

describe('"Tata masalahmu" (My problems)', () => {
	it('goes from a list of problems to a plan, in Indonesian, at 320 px, with axe passing on every step', async () => {
		await runWholeFlow(id);
	});

	it('goes from a list of problems to a plan, in English, at 320 px, with axe passing on every step', async () => {
		await runWholeFlow(en);
	});

	it('says kindly that there is nothing to choose when no problem was sorted under "can"', async () => {
		const { context } = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await openPage(page, '/flow/problems');
		await page.getByRole('button', { name: id.start, exact: true }).click();
		await onStep(page, id.intro);
		await next(page, id);
		// Typing straight into the ready field, without "add", makes the first problem.
		await page.getByLabel(id.problem(1), { exact: true }).fill(id.problems[2]);
		await page.getByRole('button', { name: id.addProblem }).click();
		await page.getByLabel(id.problem(2), { exact: true }).fill(id.problems[3]);
		await next(page, id);
		await onStep(page, id.sort);
		await placeIn(page, id.problems[2], id.cannot);
		await placeIn(page, id.problems[3], id.cannot);
		await next(page, id);
		await onStep(page, id.kind);
		await next(page, id);

		await onStep(page, id.pick);
		expect(await page.locator('main input[type="radio"]').count()).toBe(0);
		expect(await page.locator('main').innerText()).toContain(id.pickEmpty);
		await expectAccessible(page, 'empty pick');
		// The person is not stuck: they can go back to sort again, or on.
		await back(page, id);
		await onStep(page, id.kind);
		await back(page, id);
		await placeIn(page, id.problems[3], id.can);
		await next(page, id);
		await next(page, id);
		await onStep(page, id.pick);
		expect(await offered(page)).toEqual([id.problems[3]]);
		await context.close();
	});
});

/** The answer lines shown under one question of the review or the summary. */
function answerTo(page: Page, question: string): Promise<string[]> {
	return page
		.locator('main dl > div', { has: page.locator('dt', { hasText: question }) })
		.locator('dd:not(:has(button))')
		.allInnerTexts();
}

describe('"Tata masalahmu": the review', () => {
	it('shows a question left empty as not filled in, and lets the person fill it in from there', async () => {
		const { context } = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await openPage(page, '/flow/problems');
		await page.getByRole('button', { name: id.start, exact: true }).click();
		await onStep(page, id.intro);
		await next(page, id);
		await page.getByRole('button', { name: id.addProblem }).click();
		await page.getByLabel(id.problem(1), { exact: true }).fill(id.problems[0]);
		await page.getByLabel(id.problem(1), { exact: true }).press('Enter');
		await page.keyboard.type(id.problems[1]);
		await next(page, id);
		await placeIn(page, id.problems[0], id.can);
		await placeIn(page, id.problems[1], id.can);
		await next(page, id);
		await next(page, id);
		await page.getByRole('radio', { name: id.problems[0], exact: true }).check();
		// Straight on to the review, writing nothing more.
		for (const title of [id.specific, id.ideas, id.keep, id.plan, id.review]) {
			await next(page, id);
			await onStep(page, title);
		}
		expect(await answerTo(page, id.specific)).toEqual(['Belum diisi']);
		expect(await answerTo(page, id.plan)).toEqual(['Belum diisi']);
		expect(await answerTo(page, id.pick)).toEqual([id.problems[0]]);
		await expectAccessible(page, 'review with empty answers');

		await page.getByRole('button', { name: id.change(id.specific) }).click();
		await onStep(page, id.specific);
		await page.getByLabel(id.specific, { exact: true }).fill(id.specificText);
		await page.getByRole('button', { name: id.backToReview, exact: true }).click();
		await onStep(page, id.review);
		expect(await answerTo(page, id.specific)).toEqual([id.specificText]);
		await context.close();
	});

	it('does not show a problem as chosen once it is sorted under "cannot"', async () => {
		const { context } = await recordedContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await openPage(page, '/flow/problems');
		await page.getByRole('button', { name: id.start, exact: true }).click();
		await onStep(page, id.intro);
		await next(page, id);
		await page.getByRole('button', { name: id.addProblem }).click();
		await page.getByLabel(id.problem(1), { exact: true }).fill(id.problems[0]);
		await page.getByLabel(id.problem(1), { exact: true }).press('Enter');
		await page.keyboard.type(id.problems[1]);
		await next(page, id);
		await placeIn(page, id.problems[0], id.can);
		await placeIn(page, id.problems[1], id.can);
		await next(page, id);
		await next(page, id);
		await page.getByRole('radio', { name: id.problems[0], exact: true }).check();
		for (const title of [id.specific, id.ideas, id.keep, id.plan, id.review]) {
			await next(page, id);
			await onStep(page, title);
		}
		expect(await answerTo(page, id.pick)).toEqual([id.problems[0]]);

		// From the review, the chosen problem is sorted under "cannot": it is no longer the choice.
		await page.getByRole('button', { name: id.change(id.sort) }).click();
		await onStep(page, id.sort);
		await placeIn(page, id.problems[0], id.cannot);
		await page.getByRole('button', { name: id.backToReview, exact: true }).click();
		await onStep(page, id.review);
		expect(await answerTo(page, id.pick)).toEqual(['Belum diisi']);

		// Back in the pick step nothing is chosen, and only the other problem is offered.
		await page.getByRole('button', { name: id.change(id.pick) }).click();
		await onStep(page, id.pick);
		expect(await offered(page)).toEqual([id.problems[1]]);
		expect(await page.locator('main input[type="radio"]:checked').count()).toBe(0);
		await page.getByRole('radio', { name: id.problems[1], exact: true }).check();
		await page.getByRole('button', { name: id.backToReview, exact: true }).click();
		await onStep(page, id.review);
		expect(await answerTo(page, id.pick)).toEqual([id.problems[1]]);

		await next(page, id);
		await onStep(page, id.later);
		await page.getByRole('button', { name: id.finish, exact: true }).click();
		await page.getByRole('heading', { name: id.done }).waitFor();
		expect(await answerTo(page, id.pick)).toEqual([id.problems[1]]);
		await context.close();
	});
});

describe('"Tata masalahmu" offline', () => {
	it('opens and runs in a new tab with the network off, after one visit', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/');
		await waitForServiceWorker(page);
		await context.setOffline(true);

		const offline = await context.newPage();
		await openPage(offline, '/flow/problems');
		expect(await offline.evaluate(() => navigator.onLine)).toBe(false);
		await offline.getByRole('button', { name: id.start, exact: true }).click();
		await onStep(offline, id.intro);
		await next(offline, id);
		await onStep(offline, id.list);
		await offline.getByRole('button', { name: id.addProblem }).click();
		await offline.getByLabel(id.problem(1), { exact: true }).fill(id.problems[0]);
		await offline.getByLabel(id.problem(1), { exact: true }).press('Enter');
		await offline.keyboard.type(id.problems[1]);
		await next(offline, id);
		await onStep(offline, id.sort);
		await placeIn(offline, id.problems[0], id.can);
		await placeIn(offline, id.problems[1], id.cannot);
		await next(offline, id);
		await onStep(offline, id.kind);
		await next(offline, id);
		await onStep(offline, id.pick);
		expect(await offered(offline)).toEqual([id.problems[0]]);

		// What was written offline is kept: a reload (still offline) offers to continue it.
		await offline.reload();
		await offline.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
		await offline.getByRole('button', { name: 'Lanjutkan' }).click();
		await onStep(offline, id.pick);
		expect(await offered(offline)).toEqual([id.problems[0]]);
		expect(new URL(offline.url()).origin).toBe(new URL(baseURL).origin);
		await context.close();
	});
});
