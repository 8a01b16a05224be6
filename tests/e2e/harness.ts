/** Shared helpers for the end-to-end tests: a browser, contexts that record every request, axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../../scripts/browser.mjs';

export const baseURL = inject('baseURL');
export const PAGES = ['/', '/privacy', '/settings', '/about', '/help', '/safety-plan', '/my', '/flow/tell', '/flow/problems', '/flow/calm', '/resources', '/resources/mine', '/resources/import'];

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The Chromium of the test file that called `useBrowser()`: open from before its first test to after its last. */
export let browser: Browser;

export function useBrowser(): void {
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
}

export interface RecordedContext {
	context: BrowserContext;
	/** Every URL requested by pages and the service worker in this context. */
	requests: string[];
	/** Requests to any origin other than the app's own. */
	foreignRequests(): string[];
	/** Console messages that report a Content-Security-Policy violation. */
	cspViolations: string[];
}

export async function recordedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<RecordedContext> {
	const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 }, ...options });
	const requests: string[] = [];
	const cspViolations: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	context.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	const origin = new URL(baseURL).origin;
	return {
		context,
		requests,
		cspViolations,
		foreignRequests: () => requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
	};
}

/** Waits until the service worker has installed every precached file and is active. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.2 A/AA plus best practices, with target-size on) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// evaluate() runs outside the page's Content-Security-Policy, which would block an injected script.
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			rules: { 'target-size': { enabled: true } }
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary }))
		}));
	});
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

/** Asserts that axe finds nothing on the page as it is now, and that nothing scrolls sideways. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
	const violations = await axeViolations(page);
	expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
	expect(await overflowsHorizontally(page), `${where} scrolls sideways`).toBe(false);
}

/** True when the page is wider than the viewport (content would need sideways scrolling). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Loads a page and waits until the app has hydrated (SvelteKit marks the body when started). */
export async function openPage(page: Page, path: string): Promise<void> {
	await page.goto(new URL(path, baseURL).href);
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
}

/**
 * Every record of every store of the app's database, read with IndexedDB itself, as one string
 * ('' when pages have not made the database yet: reading it makes none).
 */
export function rawDatabase(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const request = indexedDB.open('langkah');
				let none = false;
				request.onupgradeneeded = () => {
					none = true;
					request.transaction?.abort();
				};
				request.onerror = (event) => {
					if (!none) return reject(request.error);
					event.preventDefault();
					resolve('');
				};
				request.onsuccess = () => {
					const db = request.result;
					const tables = [...db.objectStoreNames];
					const out: string[] = [];
					if (tables.length === 0) {
						db.close();
						return resolve('');
					}
					const transaction = db.transaction(tables);
					for (const table of tables) {
						const all = transaction.objectStore(table).getAll();
						all.onsuccess = () => out.push(...all.result.map((record) => JSON.stringify(record, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v))));
					}
					transaction.oncomplete = () => {
						db.close();
						resolve(out.join('\n'));
					};
				};
			})
	);
}

/** Starts "Tell your story" in Indonesian and writes `words` as what is happening. */
export async function writeInTell(page: Page, words: string): Promise<void> {
	await openPage(page, '/flow/tell');
	await page.getByRole('button', { name: 'Mulai' }).click();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByRole('checkbox', { name: 'Cemas' }).check();
	await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
	await page.getByLabel('Apa yang sedang terjadi?').fill(words);
}

/** A browser with a profile on disk, so that what is stored survives the browser going away. */
export function openPersistentBrowser(profile: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		headless: true,
		locale: 'id-ID',
		viewport: { width: 360, height: 740 }
	});
}
