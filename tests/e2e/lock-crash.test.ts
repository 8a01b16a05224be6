import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, openPersistentBrowser, writeInTell } from './harness';

const MARKER = 'Kancil-penanda-9032 mengunci pintu';
const PIN = '583920';
const COPIES = 3000;

const profile = mkdtempSync(join(tmpdir(), 'langkah-lock-crash-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

const openBrowser = () => openPersistentBrowser(profile);

/** Kills every process of the browser at once, as a phone does when it runs out of memory. */
function killBrowser(): void {
	execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${profile}`]);
}

async function firstPage(context: BrowserContext): Promise<Page> {
	return context.pages()[0] ?? (await context.newPage());
}

interface RunsOnDisk {
	total: number;
	plain: number;
	lockState: unknown;
}

/** How many runs there are, and in how many the marker can be read as plain text on disk. */
function runsOnDisk(page: Page): Promise<RunsOnDisk> {
	return page.evaluate(
		(marker) =>
			new Promise((resolve, reject) => {
				const request = indexedDB.open('langkah');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const transaction = db.transaction(['runs', 'settings']);
					const runs = transaction.objectStore('runs').getAll();
					const state = transaction.objectStore('settings').get('lockState');
					transaction.oncomplete = () => {
						db.close();
						const plain = runs.result.filter((run) => JSON.stringify(run).includes(marker)).length;
						resolve({ total: runs.result.length, plain, lockState: state.result?.value });
					};
				};
			}),
		MARKER
	);
}

/** Makes `COPIES` more runs like the first one, straight in IndexedDB, so that rewriting takes a while. */
function copyTheRun(page: Page): Promise<void> {
	return page.evaluate(
		(copies) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('langkah');
				request.onsuccess = () => {
					const db = request.result;
					const transaction = db.transaction('runs', 'readwrite');
					const store = transaction.objectStore('runs');
					const all = store.getAll();
					all.onsuccess = () => {
						const [run] = all.result;
						for (let n = 0; n < copies; n++) store.put({ ...run, id: `copy-${n}` });
					};
					transaction.oncomplete = () => {
						db.close();
						resolve();
					};
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		COPIES
	);
}

/** Waits in the page until the rewrite is part way: some runs changed form, some not yet. */
function waitUntilHalfWay(page: Page, plainWhenHalfWay: (plain: number) => boolean): Promise<RunsOnDisk> {
	return expect
		.poll(async () => (await runsOnDisk(page)).plain, { timeout: 30_000, interval: 20 })
		.toSatisfy(plainWhenHalfWay)
		.then(async () => runsOnDisk(page));
}

async function unlock(page: Page) {
	await page.getByRole('heading', { level: 1, name: 'Langkah sedang dikunci' }).waitFor();
	await page.getByLabel('PIN', { exact: true }).fill(PIN);
	await page.getByRole('button', { name: 'Buka', exact: true }).click();
}

describe('the lock, when the browser is killed half way', () => {
	it('loses nothing when killed while turning the lock on, and again while turning it off', async () => {
		let context = await openBrowser();
		let page = await firstPage(context);
		await writeInTell(page, MARKER);
		await expect.poll(async () => (await runsOnDisk(page)).plain).toBe(1);
		await copyTheRun(page);
		const total = COPIES + 1;

		// Turning on: killed once some runs are encrypted and others are not yet.
		await openPage(page, '/settings');
		await page.getByRole('radio', { name: 'PIN (6 angka atau lebih)' }).check();
		await page.getByLabel('PIN atau kata sandi baru').fill(PIN);
		await page.getByLabel('Ketik lagi', { exact: true }).fill(PIN);
		await page.getByRole('button', { name: 'Pasang kunci' }).click();
		const atKillOn = await waitUntilHalfWay(page, (plain) => plain > 0 && plain < total - 100);
		killBrowser();
		expect(atKillOn.lockState).toBe('turning-on');

		context = await openBrowser();
		page = await firstPage(context);
		await openPage(page, '/settings');
		const afterKillOn = await runsOnDisk(page);
		expect(afterKillOn.total).toBe(total);
		expect(afterKillOn.plain).toBeGreaterThan(0); // the job was really left half done
		await unlock(page);
		await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor();
		await expect.poll(() => runsOnDisk(page), { timeout: 30_000 }).toEqual({ total, plain: 0, lockState: 'on' });
		await openPage(page, '/flow/tell');
		await unlock(page);
		await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
		await expect.poll(() => page.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(MARKER);

		// Turning off: killed once some runs are plain again and others still encrypted.
		await openPage(page, '/settings');
		await unlock(page);
		await page.getByRole('button', { name: 'Lepas kunci' }).click();
		await page.getByLabel('Ketik PIN atau kata sandimu untuk melepas kunci').fill(PIN);
		await page.getByRole('button', { name: 'Lepas kunci' }).click();
		const atKillOff = await waitUntilHalfWay(page, (plain) => plain > 0 && plain < total - 100);
		killBrowser();
		expect(atKillOff.lockState).toBe('turning-off');

		context = await openBrowser();
		page = await firstPage(context);
		await openPage(page, '/settings');
		expect((await runsOnDisk(page)).plain).toBeLessThan(total);
		await unlock(page);
		await expect.poll(() => runsOnDisk(page), { timeout: 30_000 }).toEqual({ total, plain: total, lockState: undefined });
		await page.getByRole('button', { name: 'Pasang kunci' }).waitFor();
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
		await expect.poll(() => page.getByLabel('Apa yang sedang terjadi?').inputValue()).toBe(MARKER);
		await context.close();
	});
});
