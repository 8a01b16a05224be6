import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, openPersistentBrowser } from './harness';

const profile = mkdtempSync(join(tmpdir(), 'langkah-profile-'));
const freshProfile = mkdtempSync(join(tmpdir(), 'langkah-profile-'));
afterAll(() => {
	rmSync(profile, { recursive: true, force: true });
	rmSync(freshProfile, { recursive: true, force: true });
});

// A new run is first written with its first answer or step, and the code that writes it (Dexie)
// loads then: the first answer must still be kept when the browser goes away a moment later.
describe('the first answer of a new run', () => {
	it('is offered to continue after the browser is closed right after it, with the answer kept', async () => {
		let browser = await openPersistentBrowser(profile);
		let page = browser.pages()[0] ?? (await browser.newPage());
		await openPage(page, '/flow/calm');
		await page.getByRole('button', { name: 'Mulai', exact: true }).click();
		// The first step of "Calm" asks at once: the first tap is the first answer.
		await page.getByRole('radio', { name: '7', exact: true }).check();
		// Gone almost at once, as in flow-resume.test.ts: the tenth of a second a person needs to switch away.
		await page.waitForTimeout(100);
		await browser.close();

		browser = await openPersistentBrowser(profile);
		page = browser.pages()[0] ?? (await browser.newPage());
		await openPage(page, '/flow/calm');
		await page.getByRole('button', { name: 'Lanjutkan' }).click();
		expect(await page.getByRole('radio', { name: '7', exact: true }).isChecked()).toBe(true);
		await browser.close();
	});

	it('is not needed to start: a run left before anything is done is not offered, and nothing is stored', async () => {
		const browser = await openPersistentBrowser(freshProfile);
		const page = browser.pages()[0] ?? (await browser.newPage());
		await openPage(page, '/flow/tell');
		await page.getByRole('button', { name: 'Mulai', exact: true }).click();
		await page.locator('#step-heading').waitFor();
		await openPage(page, '/flow/tell');
		// Drawn disabled while the saved runs are read: enabled once the page knows there is none.
		await expect.poll(() => page.getByRole('button', { name: 'Mulai', exact: true }).isEnabled()).toBe(true);
		expect(await page.getByRole('button', { name: 'Lanjutkan' }).count()).toBe(0);
		await browser.close();
	});
});
