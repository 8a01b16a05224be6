import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

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
	done: string;
	before: string;
	breathing: string;
	pacer: string;
	minutes: (n: number) => string;
	breatheStart: string;
	pause: string;
	resume: string;
	restart: string;
	timeLeft: (time: string) => string;
	phases: string[];
	grounding: string[];
	after: string;
	close: string;
	closeHelp: string;
	whatNext: string;
	choices: { tell: string; problems: string; help: string; stop: string };
	tellTitle: string;
	problemsTitle: string;
	helpTitle: string;
	mySpaceFinished: string;
}

const id: Words = {
	locale: 'id-ID',
	title: 'Tenangkan diri',
	start: 'Mulai',
	next: 'Lanjut',
	back: 'Kembali',
	done: 'Selesai. Terima kasih sudah meluangkan waktu.',
	before: 'Bagaimana perasaanmu sekarang?',
	breathing: 'Bernapas pelan-pelan',
	pacer: 'Panduan napas',
	minutes: (n) => `${n} menit`,
	breatheStart: 'Mulai',
	pause: 'Jeda',
	resume: 'Lanjutkan',
	restart: 'Ulangi dari awal',
	timeLeft: (time) => `Sisa waktu ${time}`,
	phases: ['Tarik napas…', 'Tahan…', 'Buang napas…'],
	grounding: [
		'Lihat sekelilingmu. Sebutkan lima hal yang bisa kamu lihat.',
		'Sekarang rasakan empat hal yang bisa kamu sentuh.',
		'Sekarang dengarkan baik-baik. Sebutkan tiga suara yang bisa kamu dengar.',
		'Sebutkan dua bau yang bisa kamu cium.',
		'Sebutkan satu rasa yang ada di mulutmu.'
	],
	after: 'Setelah latihan ini, bagaimana perasaanmu?',
	close: 'Terima kasih sudah meluangkan waktu untuk dirimu',
	closeHelp: 'Tidak apa-apa kalau rasanya masih berat',
	whatNext: 'Mau lanjut ke mana?',
	choices: {
		tell: 'Menceritakan apa yang terjadi',
		problems: 'Menata masalahku',
		help: 'Mencari bantuan',
		stop: 'Cukup sampai di sini dulu'
	},
	tellTitle: 'Ceritakan keadaanmu',
	problemsTitle: 'Tata masalahmu',
	helpTitle: 'Cari bantuan',
	mySpaceFinished: 'Selesai'
};

const en: Words = {
	locale: 'en-US',
	title: 'Feel calmer',
	start: 'Start',
	next: 'Next',
	back: 'Back',
	done: 'Done. Thank you for taking the time.',
	before: 'How do you feel right now?',
	breathing: 'Breathe slowly',
	pacer: 'Breathing guide',
	minutes: (n) => (n === 1 ? '1 minute' : `${n} minutes`),
	breatheStart: 'Start',
	pause: 'Pause',
	resume: 'Continue',
	restart: 'Start again',
	timeLeft: (time) => `${time} left`,
	phases: ['Breathe in…', 'Hold…', 'Breathe out…'],
	grounding: [
		'Look around you. Name five things you can see.',
		'Now notice four things you can touch.',
		'Listen. What three sounds can you hear?',
		'What two smells can you notice?',
		'What is one taste in your mouth?'
	],
	after: 'And now, how do you feel?',
	close: 'Thank you for taking time for yourself',
	closeHelp: 'It is okay if things still feel hard',
	whatNext: 'What would you like to do next?',
	choices: {
		tell: 'Tell my story',
		problems: 'Sort out my problems',
		help: 'Find help',
		stop: 'That is enough for now'
	},
	tellTitle: 'Tell your story',
	problemsTitle: 'My problems',
	helpTitle: 'Find help',
	mySpaceFinished: 'Finished'
};

async function next(page: Page, w: Words) {
	await page.getByRole('button', { name: w.next, exact: true }).click();
}

function pacer(page: Page, w: Words) {
	return page.getByRole('region', { name: w.pacer });
}

/** The animations running or paused on the pacer and everything in it. */
function pacerAnimations(page: Page, w: Words): Promise<{ name: string; state: string }[]> {
	return pacer(page, w).evaluate((section) =>
		document
			.getAnimations()
			.filter((animation) => {
				const target = (animation.effect as KeyframeEffect | null)?.target;
				return target instanceof Node && section.contains(target);
			})
			// Svelte scopes keyframe names (svelte-hash-breathe): keep the name as written.
			.map((animation) => ({
				name: ((animation as CSSAnimation).animationName ?? '').replace(/^svelte-[a-z0-9]+-/, ''),
				state: animation.playState
			}))
	);
}

/** Every element of the pacer whose computed animation-name is not "none". */
function animatedElements(page: Page, w: Words): Promise<string[]> {
	return pacer(page, w).evaluate((section) =>
		[section, ...section.querySelectorAll('*')]
			.filter((element) => getComputedStyle(element).animationName !== 'none')
			.map((element) => element.className)
	);
}

function timeLeft(page: Page, w: Words): Promise<string> {
	return pacer(page, w).getByText(w.timeLeft(''), { exact: false }).innerText();
}

/** Opens the exercise and answers the before score. */
async function startCalm(page: Page, w: Words, before: string) {
	await openPage(page, '/flow/calm');
	await page.getByRole('button', { name: w.start, exact: true }).click();
	await onStep(page, w.before);
	await page.getByRole('radio', { name: before, exact: true }).check();
	await next(page, w);
	await onStep(page, w.breathing);
}

/** From the breathing step (not breathed) through the grounding to the closing, answering the after score. */
async function toClosing(page: Page, w: Words, after: string) {
	await next(page, w);
	for (const title of w.grounding) {
		await onStep(page, title);
		await next(page, w);
	}
	await onStep(page, w.after);
	await page.getByRole('radio', { name: after, exact: true }).check();
	await next(page, w);
}

/** From the breathing step (not breathed) to the "what next" step, answering the after score. */
async function toWhatNext(page: Page, w: Words, after: string) {
	await toClosing(page, w, after);
	await onStep(page, w.close);
	await next(page, w);
	await onStep(page, w.whatNext);
}

async function wholeFlow(w: Words, options: BrowserContextOptions, reduced: boolean) {
	const recorded = await recordedContext(browser, { locale: w.locale, viewport: { width: 320, height: 640 }, ...options });
	const page = await recorded.context.newPage();
	await openPage(page, '/flow/calm');
	const scheme = options.colorScheme === 'dark' ? 'dark' : 'light';
	expect(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
	expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(reduced);
	await expectAccessible(page, `${scheme}: start`);
	await page.getByRole('button', { name: w.start, exact: true }).click();

	await onStep(page, w.before);
	await expectAccessible(page, `${scheme}: before`);
	await page.getByRole('radio', { name: '8', exact: true }).check();
	await expectAccessible(page, `${scheme}: before, answered`);
	await next(page, w);

	// Breathing: choose a length, start, pause, go on.
	await onStep(page, w.breathing);
	await expectAccessible(page, `${scheme}: breathing`);
	expect(await page.getByRole('radio', { name: w.minutes(1), exact: true }).isChecked()).toBe(true);
	await page.getByRole('radio', { name: w.minutes(3), exact: true }).check();
	expect(await page.getByRole('radio', { name: w.minutes(3), exact: true }).isChecked()).toBe(true);
	await page.getByRole('button', { name: w.breatheStart, exact: true }).click();
	await page.getByRole('button', { name: w.pause, exact: true }).waitFor();
	expect(w.phases).toContain(await pacer(page, w).locator('[aria-live="polite"]').innerText());
	expect(await timeLeft(page, w)).toMatch(/ (3:00|2:5\d)\b|^(3:00|2:5\d) /);
	// While breathing, the length cannot change under the person.
	expect(await page.getByRole('radio', { name: w.minutes(5), exact: true }).isDisabled()).toBe(true);

	if (reduced) {
		// No circle, no animation: the seconds of each phase count down instead.
		expect(await pacerAnimations(page, w)).toEqual([]);
		expect(await animatedElements(page, w)).toEqual([]);
		const count = pacer(page, w).locator('.count');
		const first = Number(await count.innerText());
		expect(first).toBeGreaterThanOrEqual(1);
		expect(first).toBeLessThanOrEqual(4);
		await page.waitForFunction(
			(before) => document.querySelector('.pacer .count')?.textContent?.trim() !== String(before),
			first
		);
		expect(await pacerAnimations(page, w)).toEqual([]);
	} else {
		await expect.poll(() => pacerAnimations(page, w)).toEqual([{ name: 'breathe', state: 'running' }]);
		expect(await pacer(page, w).locator('.count').count()).toBe(0);
	}
	await expectAccessible(page, `${scheme}: breathing, running`);

	await page.getByRole('button', { name: w.pause, exact: true }).click();
	await page.getByRole('button', { name: w.resume, exact: true }).waitFor();
	const paused = await timeLeft(page, w);
	const pausedPhase = await pacer(page, w).locator('[aria-live="polite"]').innerText();
	if (!reduced) expect(await pacerAnimations(page, w)).toEqual([{ name: 'breathe', state: 'paused' }]);
	await expectAccessible(page, `${scheme}: breathing, paused`);
	// Asserting that nothing moves needs time to pass.
	await page.waitForTimeout(1200);
	expect(await timeLeft(page, w)).toBe(paused);
	expect(await pacer(page, w).locator('[aria-live="polite"]').innerText()).toBe(pausedPhase);
	expect(await page.getByRole('button', { name: w.restart, exact: true }).count()).toBe(1);

	await page.getByRole('button', { name: w.resume, exact: true }).click();
	await page.getByRole('button', { name: w.pause, exact: true }).waitFor();
	await expect.poll(() => timeLeft(page, w), { timeout: 5000 }).not.toBe(paused);
	if (!reduced) expect(await pacerAnimations(page, w)).toEqual([{ name: 'breathe', state: 'running' }]);

	// Going on does not need the breathing to be finished, and the chosen length is kept.
	await next(page, w);
	await onStep(page, w.grounding[0]!);
	await page.getByRole('button', { name: w.back, exact: true }).click();
	await onStep(page, w.breathing);
	expect(await page.getByRole('radio', { name: w.minutes(3), exact: true }).isChecked()).toBe(true);
	await next(page, w);
	for (const title of w.grounding) {
		await onStep(page, title);
		await expectAccessible(page, `${scheme}: ${title}`);
		await next(page, w);
	}

	await onStep(page, w.after);
	await page.getByRole('radio', { name: '4', exact: true }).check();
	await expectAccessible(page, `${scheme}: after`);
	await next(page, w);

	await onStep(page, w.close);
	await expectAccessible(page, `${scheme}: close`);
	await next(page, w);

	await onStep(page, w.whatNext);
	await expectAccessible(page, `${scheme}: what next`);
	expect(await page.locator('main ul button').allInnerTexts()).toEqual([
		w.choices.tell,
		w.choices.problems,
		w.choices.help,
		w.choices.stop
	]);
	await page.getByRole('button', { name: w.choices.stop, exact: true }).click();
	await page.getByRole('heading', { name: w.done }).waitFor();
	const summary = await page.locator('main').innerText();
	expect(summary).toContain('8 / 10');
	expect(summary).toContain('4 / 10');
	expect(new URL(page.url()).pathname).toBe('/flow/calm');
	await expectAccessible(page, `${scheme}: done`);

	expect(recorded.foreignRequests()).toEqual([]);
	expect(recorded.cspViolations).toEqual([]);
	await recorded.context.close();
}

describe('"Tenangkan diri" (Feel calmer)', () => {
	it('runs from the before score to the end in a light colour scheme, with the breathing circle moving, axe passing on every step', async () => {
		await wholeFlow(id, { colorScheme: 'light' }, false);
	});

	it('runs from the before score to the end in a dark colour scheme, with reduced motion: a still countdown, no animation', async () => {
		await wholeFlow(id, { colorScheme: 'dark', reducedMotion: 'reduce' }, true);
	});

	it('runs in English in a dark colour scheme with the circle moving, and in a light one with reduced motion', async () => {
		await wholeFlow(en, { colorScheme: 'dark' }, false);
		await wholeFlow(en, { colorScheme: 'light', reducedMotion: 'reduce' }, true);
	});

	it('keeps the before score and the chosen length when going back and on again', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await startCalm(page, id, '6');
		await page.getByRole('radio', { name: id.minutes(5), exact: true }).check();
		await page.getByRole('button', { name: id.back, exact: true }).click();
		await onStep(page, id.before);
		expect(await page.getByRole('radio', { name: '6', exact: true }).isChecked()).toBe(true);
		await next(page, id);
		await onStep(page, id.breathing);
		await context.close();
	});

	it('says when the breathing is done, and the summary tells how long was breathed', async () => {
		const { context } = await recordedContext(browser, { reducedMotion: 'reduce' });
		const page = await context.newPage();
		// A minute of breathing, on the page's own clock, without waiting a minute.
		await page.clock.install();
		await startCalm(page, id, '6');
		await page.getByRole('button', { name: id.breatheStart, exact: true }).click();
		await page.getByRole('button', { name: id.pause, exact: true }).waitFor();
		expect(await timeLeft(page, id)).toBe(id.timeLeft('1:00'));
		await page.clock.runFor(5_000);
		expect(await pacer(page, id).locator('[aria-live="polite"]').innerText()).toBe(id.phases[1]);
		expect(await timeLeft(page, id)).toBe(id.timeLeft('0:55'));
		await page.clock.runFor(56_000);
		await pacer(page, id).getByText('Selesai. Bagus, kamu sudah meluangkan waktu untuk bernapas.').waitFor();
		expect(await page.getByRole('button', { name: id.restart, exact: true }).count()).toBe(1);
		await expectAccessible(page, 'breathing done');

		await toWhatNext(page, id, '3');
		await page.getByRole('button', { name: id.choices.stop, exact: true }).click();
		await page.getByRole('heading', { name: id.done }).waitFor();
		const summary = await page.locator('main').innerText();
		expect(summary).toContain(id.minutes(1));
		expect(summary).toContain('6 / 10');
		expect(summary).toContain('3 / 10');
		await context.close();
	});
});

describe('"Tenangkan diri": what next', () => {
	const destinations = [
		{ choice: 'problems', path: '/flow/problems', title: (w: Words) => w.problemsTitle },
		{ choice: 'tell', path: '/flow/tell', title: (w: Words) => w.tellTitle },
		{ choice: 'help', path: '/help', title: (w: Words) => w.helpTitle }
	] as const;

	for (const { choice, path, title } of destinations) {
		it(`"${id.choices[choice]}" opens ${path} and finishes the calm run`, async () => {
			const { context } = await recordedContext(browser);
			const page = await context.newPage();
			await startCalm(page, id, '7');
			await toWhatNext(page, id, '5');
			await page.getByRole('button', { name: id.choices[choice], exact: true }).click();
			await page.waitForURL((url) => url.pathname === path);
			await page.getByRole('heading', { name: title(id), level: 1 }).waitFor();
			if (choice !== 'help') {
				// A fresh start there, not an offer to continue something.
				await page.getByRole('button', { name: id.start, exact: true }).waitFor();
			}
			await expectAccessible(page, path);

			await openPage(page, '/my');
			const run = page.locator('main li', { has: page.getByRole('heading', { name: id.title }) });
			await run.waitFor();
			expect(await run.count()).toBe(1);
			expect(await run.locator('.status').innerText()).toBe(id.mySpaceFinished);
			await run.getByRole('link', { name: `Buka ringkasan: ${id.title}` }).click();
			await page.getByText('7 / 10', { exact: false }).waitFor();
			expect(await page.locator('main').innerText()).toContain('5 / 10');

			// Opening the calm exercise again starts afresh.
			await openPage(page, '/flow/calm');
			await page.getByRole('button', { name: id.start, exact: true }).waitFor();
			expect(await page.getByRole('button', { name: 'Lanjutkan', exact: true }).count()).toBe(0);
			await context.close();
		});
	}

	it('"Sort out my problems" opens /flow/problems in English too', async () => {
		const { context } = await recordedContext(browser, { locale: 'en-US' });
		const page = await context.newPage();
		await startCalm(page, en, '9');
		await toWhatNext(page, en, '6');
		await page.getByRole('button', { name: en.choices.problems, exact: true }).click();
		await page.waitForURL((url) => url.pathname === '/flow/problems');
		await page.getByRole('heading', { name: en.problemsTitle, level: 1 }).waitFor();
		await page.getByRole('button', { name: en.start, exact: true }).click();
		await onStep(page, 'One at a time');
		await context.close();
	});
});

describe('"Tenangkan diri": when it did not get easier', () => {
	/** The help lines (a call button for 112) and the safety plan, in the page's main content. */
	function helpOnScreen(page: Page) {
		return {
			calls: page.locator('main a[href="tel:112"]:visible'),
			plan: page.locator('main a[href="/safety-plan"]:visible')
		};
	}

	const scores = [
		{ before: '3', after: '9', why: 'very upset afterwards' },
		{ before: '6', after: '7', why: 'more upset than before' }
	];

	for (const w of [id, en]) {
		for (const { before, after, why } of scores) {
			it(`before ${before}, after ${after} (${why}): the closing offers the help lines and the safety plan (${w.locale})`, async () => {
				const recorded = await recordedContext(browser, { locale: w.locale });
				const page = await recorded.context.newPage();
				await startCalm(page, w, before);
				await toClosing(page, w, after);
				await onStep(page, w.closeHelp);
				const help = helpOnScreen(page);
				expect(await help.calls.count()).toBe(1);
				expect(await help.plan.count()).toBeGreaterThanOrEqual(1);
				await expectAccessible(page, `${w.locale}: closing with help, before ${before}, after ${after}`);

				// The way on is the same as after the usual closing.
				await next(page, w);
				await onStep(page, w.whatNext);
				await page.getByRole('button', { name: w.choices.stop, exact: true }).click();
				await page.getByRole('heading', { name: w.done }).waitFor();
				const summary = await page.locator('main').innerText();
				expect(summary).toContain(`${before} / 10`);
				expect(summary).toContain(`${after} / 10`);
				expect(recorded.foreignRequests()).toEqual([]);
				expect(recorded.cspViolations).toEqual([]);
				await recorded.context.close();
			});
		}

		it(`before 7, after 2: the usual closing, without the help lines (${w.locale})`, async () => {
			const { context } = await recordedContext(browser, { locale: w.locale });
			const page = await context.newPage();
			await startCalm(page, w, '7');
			await toClosing(page, w, '2');
			await onStep(page, w.close);
			const help = helpOnScreen(page);
			expect(await page.locator('main a[href^="tel:"]').count()).toBe(0);
			expect(await help.plan.count()).toBe(0);
			expect(await page.locator('main').innerText()).toContain('7 / 10');
			await expectAccessible(page, `${w.locale}: usual closing`);
			await next(page, w);
			await onStep(page, w.whatNext);
			await context.close();
		});
	}

	it('goes back from the help closing to change the score, and then closes as usual', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await startCalm(page, id, '3');
		await toClosing(page, id, '9');
		await onStep(page, id.closeHelp);
		await page.getByRole('button', { name: id.back, exact: true }).click();
		await onStep(page, id.after);
		await page.getByRole('radio', { name: '2', exact: true }).check();
		await next(page, id);
		await onStep(page, id.close);
		expect(await page.locator('main a[href^="tel:"]').count()).toBe(0);
		await context.close();
	});
});

describe('"Tenangkan diri": the screen stays on while breathing', () => {
	/** Replaces navigator.wakeLock with one that logs each request and release in `window.wakeLockLog`. */
	function recordWakeLock() {
		const log: string[] = [];
		const held: { released: boolean }[] = [];
		Object.assign(window, { wakeLockLog: log, wakeLocksHeld: held });
		Object.defineProperty(Navigator.prototype, 'wakeLock', {
			configurable: true,
			get: () => ({
				request(type: string) {
					log.push(`request ${type}`);
					const sentinel = {
						released: false,
						release() {
							if (!sentinel.released) log.push('release');
							sentinel.released = true;
							return Promise.resolve();
						}
					};
					held.push(sentinel);
					return Promise.resolve(sentinel);
				}
			})
		});
	}

	const wakeLockLog = (page: Page) => page.evaluate(() => (window as unknown as { wakeLockLog: string[] }).wakeLockLog.join(', '));

	it('holds a wake lock while a round runs; lets go on pause, on leaving, and when the round is done; asks again when the page is seen again', async () => {
		const recorded = await recordedContext(browser, { reducedMotion: 'reduce' });
		const page = await recorded.context.newPage();
		await page.addInitScript(recordWakeLock);
		await page.clock.install();
		await startCalm(page, id, '5');
		expect(await wakeLockLog(page)).toBe('');

		await page.getByRole('button', { name: id.breatheStart, exact: true }).click();
		await page.getByRole('button', { name: id.pause, exact: true }).waitFor();
		await expect.poll(() => wakeLockLog(page)).toBe('request screen');
		await page.getByRole('button', { name: id.pause, exact: true }).click();
		await expect.poll(() => wakeLockLog(page)).toBe('request screen, release');
		await page.getByRole('button', { name: id.resume, exact: true }).click();
		await expect.poll(() => wakeLockLog(page)).toBe('request screen, release, request screen');

		// The browser drops the lock when the page is hidden; when it is seen again, it is asked for again.
		await page.evaluate(() => {
			for (const sentinel of (window as unknown as { wakeLocksHeld: { released: boolean }[] }).wakeLocksHeld) sentinel.released = true;
			document.dispatchEvent(new Event('visibilitychange'));
		});
		await expect.poll(() => wakeLockLog(page)).toBe('request screen, release, request screen, request screen');

		// Leaving the step while breathing lets go.
		await next(page, id);
		await onStep(page, id.grounding[0]!);
		await expect.poll(() => wakeLockLog(page)).toBe('request screen, release, request screen, request screen, release');

		// Back again: nothing runs until the person starts; a finished round lets go.
		await page.getByRole('button', { name: id.back, exact: true }).click();
		await onStep(page, id.breathing);
		await page.getByRole('button', { name: id.breatheStart, exact: true }).click();
		await page.getByRole('button', { name: id.pause, exact: true }).waitFor();
		await expect.poll(() => wakeLockLog(page)).toBe('request screen, release, request screen, request screen, release, request screen');
		await page.clock.runFor(61_000);
		await page.getByRole('button', { name: id.restart, exact: true }).waitFor();
		await expect.poll(() => wakeLockLog(page)).toBe('request screen, release, request screen, request screen, release, request screen, release');
		await recorded.context.close();
	});

	for (const { name, hasApi, setUp } of [
		{ name: "with Chromium's own wake lock", hasApi: true, setUp: () => {} },
		{
			name: 'when the browser refuses the wake lock',
			hasApi: true,
			setUp: () => {
				WakeLock.prototype.request = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
			}
		},
		{
			name: 'in a browser without the Screen Wake Lock API',
			hasApi: false,
			setUp: () => {
				delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock;
			}
		}
	]) {
		it(`runs a round without errors ${name}`, async () => {
			const { context } = await recordedContext(browser);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await page.addInitScript(setUp);
			await startCalm(page, id, '5');
			expect(await page.evaluate(() => 'wakeLock' in navigator)).toBe(hasApi);

			await page.getByRole('button', { name: id.breatheStart, exact: true }).click();
			await page.getByRole('button', { name: id.pause, exact: true }).waitFor();
			const started = await timeLeft(page, id);
			await expect.poll(() => timeLeft(page, id), { timeout: 5000 }).not.toBe(started);
			await page.getByRole('button', { name: id.pause, exact: true }).click();
			await page.getByRole('button', { name: id.resume, exact: true }).click();
			await page.getByRole('button', { name: id.pause, exact: true }).waitFor();
			await next(page, id);
			await onStep(page, id.grounding[0]!);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});
