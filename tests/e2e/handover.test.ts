/**
 * Workers in sessions, with two browser contexts: a worker's phone and a client's. Tailored links
 * (note, language, a sequence of two exercises), summaries sent back with and without a code,
 * hostile fragments refused, a service shared and saved, unmet-needs totals from three clients.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, browser, expectAccessible, openPage, rawDatabase, recordedContext, useBrowser } from './harness';

useBrowser();

async function linkShown(page: Page): Promise<string> {
	const link = page.getByTestId('handover-url');
	await link.waitFor();
	return (await link.getAttribute('href'))!;
}

/** Opens an address that carries a fragment, and waits for the app to start. */
async function openLink(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.waitForFunction(() => document.querySelector('#svelte-announcer') !== null);
}

/** Goes through "Feel calmer" in English, answering the scores, to its summary ("That is enough for now"). */
async function finishCalmInEnglish(page: Page, reloadOnBreathing = false): Promise<void> {
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await page.locator('#step-heading', { hasText: 'How do you feel right now?' }).waitFor();
	await page.getByRole('radio', { name: '7', exact: true }).check();
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.locator('#step-heading', { hasText: 'Breathe slowly' }).waitFor();
	if (reloadOnBreathing) {
		await page.reload();
		await page.getByRole('button', { name: 'Continue', exact: true }).click();
		await page.locator('#step-heading', { hasText: 'Breathe slowly' }).waitFor();
	}
	for (let i = 0; i < 6; i += 1) {
		await page.getByRole('button', { name: 'Next', exact: true }).click();
		if (i < 5) await page.locator('#step-heading').filter({ hasNotText: 'Breathe slowly' }).waitFor();
	}
	await page.locator('#step-heading', { hasText: 'And now, how do you feel?' }).waitFor();
	await page.getByRole('radio', { name: '4', exact: true }).check();
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.locator('#step-heading', { hasText: 'Thank you for taking time for yourself' }).waitFor();
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.getByRole('button', { name: 'That is enough for now', exact: true }).click();
	await page.getByRole('heading', { name: 'Summary' }).waitFor();
}

async function fresh(locale = 'id-ID'): Promise<{ context: BrowserContext; page: Page; foreign: () => string[] }> {
	const recorded = await recordedContext(browser, { locale });
	return { context: recorded.context, page: await recorded.context.newPage(), foreign: () => recorded.foreignRequests() };
}

describe('workers in sessions', () => {
	it('a tailored link sets the language, shows the note, runs two exercises in turn with starting words, and summaries go back with and without a code', async () => {
		const worker = await fresh();
		const client = await fresh();

		// The worker (Indonesian) makes a link: "Feel calmer", then "Weigh my options" with a question and choices, in English.
		await openPage(worker.page, '/worker/link');
		await expectAccessible(worker.page, '/worker/link');
		await worker.page.getByLabel('Latihan 1').selectOption('calm');
		await worker.page.getByRole('button', { name: 'Tambah latihan' }).click();
		await worker.page.getByLabel('Latihan 2').selectOption('decide');
		await worker.page.getByLabel('Hal yang mau ditimbang (boleh dikosongkan)').fill('Should I move back to my parents?');
		await worker.page.getByLabel('Pilihan-pilihannya, satu per baris (boleh dikosongkan)').fill('Move back\nStay here');
		await worker.page.getByRole('radio', { name: 'English' }).check();
		await worker.page.getByLabel('Namamu, ditunjukkan ke klien').fill('Bu Rina');
		await worker.page.getByLabel('Catatan singkat untuk klien').fill('Take your time. <b>We talk on Thursday.</b>');
		await worker.page.getByRole('button', { name: 'Buat link', exact: true }).click();
		const tailored = await linkShown(worker.page);
		expect(new URL(tailored).pathname).toBe('/handover');
		expect(new URL(tailored).hash).toMatch(/^#lk1\.tailored\./);
		expect(tailored).not.toContain('Thursday');
		await worker.page.getByRole('img', { name: 'Kode QR berisi link untuk klienmu' }).waitFor();
		await expectAccessible(worker.page, '/worker/link with a link');

		// The client opens it: English, the note as text (no markup), the two exercises, the address without the fragment.
		await openLink(client.page, tailored);
		await client.page.getByRole('heading', { level: 1, name: 'From your worker' }).waitFor();
		expect(await client.page.evaluate(() => document.documentElement.lang)).toBe('en');
		await client.page.getByRole('heading', { name: 'A note from Bu Rina' }).waitFor();
		await client.page.getByText('Take your time. <b>We talk on Thursday.</b>').waitFor();
		expect(await client.page.locator('main b').count()).toBe(0);
		expect(new URL(client.page.url()).hash).toBe('');
		await expectAccessible(client.page, '/handover');
		// A reload keeps the plan for this tab.
		await client.page.reload();
		await client.page.getByRole('heading', { name: 'A note from Bu Rina' }).waitFor();
		await client.page.getByRole('link', { name: 'Start the first exercise' }).click();
		await client.page.waitForURL((url) => url.pathname === '/flow/calm');
		await client.page.getByRole('heading', { level: 1, name: 'Feel calmer' }).waitFor();
		await finishCalmInEnglish(client.page, true);

		// The next exercise is offered, and starts with the worker's question and choices.
		await client.page.getByRole('heading', { name: 'Next from your worker' }).waitFor();
		await expectAccessible(client.page, 'calm finished, next offered');

		// The summary goes back without a code first.
		await client.page.getByText('Send to your worker').click();
		await client.page.getByRole('button', { name: 'Make the link', exact: true }).click();
		const plain = await linkShown(client.page);
		expect(new URL(plain).pathname).toBe('/worker/received');
		await client.page.getByRole('img', { name: 'QR code with the summary for your worker' }).waitFor();
		await expectAccessible(client.page, 'summary link made');

		await openLink(worker.page, plain);
		await worker.page.getByText('Sudah disimpan di daftarmu di bawah.').waitFor();
		await worker.page.getByRole('heading', { name: 'Ringkasan latihan: Feel calmer' }).waitFor();
		await worker.page.getByText('How do you feel right now?').first().waitFor();
		expect(new URL(worker.page.url()).hash).toBe('');
		await expectAccessible(worker.page, '/worker/received');

		// Then with a code the client says aloud: the link does not hold it.
		await client.page.getByRole('checkbox', { name: 'Lock it with a code that you say out loud to your worker' }).check();
		await client.page.getByRole('button', { name: 'Make the link', exact: true }).click();
		const codeLine = client.page.getByText(/^The code: \d{6}$/);
		await codeLine.waitFor();
		const code = (await codeLine.innerText()).replace(/\D/g, '');
		const sealed = await linkShown(client.page);
		expect(sealed).not.toContain(code);
		expect(new URL(sealed).hash).toMatch(/^#lk1\.summary-sealed\./);

		await openLink(worker.page, sealed);
		await worker.page.getByText('Kiriman ini dikunci dengan kode. Tanyakan kodenya ke klienmu.').waitFor();
		await expectAccessible(worker.page, '/worker/received, asking for the code');
		await worker.page.getByLabel('Kode dari klienmu').fill(code === '000000' ? '111111' : '000000');
		await worker.page.getByRole('button', { name: 'Buka', exact: true }).click();
		await worker.page.getByText('Kodenya tidak cocok. Coba lagi.').waitFor();
		await worker.page.getByLabel('Kode dari klienmu').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
		await worker.page.getByRole('button', { name: 'Buka', exact: true }).click();
		await worker.page.getByText('Sudah disimpan di daftarmu di bawah.').waitFor();
		expect(await worker.page.getByRole('heading', { name: 'Ringkasan latihan: Feel calmer' }).count()).toBe(2);
		// Kept on the worker's phone, in the received table.
		expect((await rawDatabase(worker.page)).match(/"receivedAt"/g)?.length).toBe(2);

		// Deleting one asks first.
		await worker.page.getByRole('button', { name: 'Hapus', exact: true }).first().click();
		await worker.page.getByRole('button', { name: 'Ya, hapus' }).click();
		await worker.page.getByText('Sudah dihapus.').waitFor();
		expect(await worker.page.getByRole('heading', { name: 'Ringkasan latihan: Feel calmer' }).count()).toBe(1);

		// The client goes on to the second exercise, with the worker's starting words.
		await client.page.getByRole('link', { name: 'Start: Weigh my options' }).click();
		await client.page.waitForURL((url) => url.pathname === '/flow/decide');
		await client.page.getByText('Your worker wrote the question and the choices to start with. You can change them.').waitFor();
		await client.page.getByText('Should I move back to my parents?').waitFor();
		await client.page.getByRole('button', { name: 'Start with this', exact: true }).click();
		await client.page.getByRole('button', { name: 'Next', exact: true }).click();
		expect(await client.page.locator('main textarea').first().inputValue()).toBe('Should I move back to my parents?');
		// Switching the language keeps what was carried in.
		await client.page.reload();
		await client.page.getByRole('button', { name: 'Continue', exact: true }).click();
		expect(await client.page.locator('main textarea').first().inputValue()).toBe('Should I move back to my parents?');

		expect(worker.foreign()).toEqual([]);
		expect(client.foreign()).toEqual([]);
		await worker.context.close();
		await client.context.close();
	});

	it('refuses huge, malformed and hostile fragments calmly, and takes them out of the address', async () => {
		const { context, page, foreign } = await fresh();
		const bomb = await page.evaluate(async () => {
			// 8 MB of one letter, deflated: a few kilobytes that would inflate far past the cap.
			const stream = new Blob([new Uint8Array(8 * 1024 * 1024).fill(97)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
			const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
			let binary = '';
			for (const byte of bytes) binary += String.fromCharCode(byte);
			return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		});
		const cases = [
			{ fragment: `lk1.tailored.${bomb}`, message: 'Link ini terlalu panjang, jadi bukan link dari Langkah.' },
			{ fragment: 'lk1.tailored.%%%not-base64', message: 'Sebagian link mungkin hilang' },
			{ fragment: 'lk1.tailored.AAAA', message: 'Sebagian link mungkin hilang' },
			{ fragment: `lk1.tailored.${'A'.repeat(250_000)}`, message: 'Link ini terlalu panjang' },
			{ fragment: '<img src=x onerror=alert(1)>', message: 'Sebagian link mungkin hilang' },
			{ fragment: 'lk1.summary.eJwDAAAAAAE', message: 'Link ini untuk hal lain.' }
		];
		for (const { fragment, message } of cases) {
			await openLink(page, `${new URL('/handover', baseURL).href}#${fragment}`);
			const alert = page.getByRole('alert');
			await alert.getByText('Link ini tidak bisa dibuka').waitFor();
			await alert.getByText(message, { exact: false }).waitFor();
			expect(new URL(page.url()).hash).toBe('');
			expect(await page.locator('main img').count()).toBe(0);
		}
		await expectAccessible(page, '/handover refused');
		// A tailored link on the worker's page is of another kind there.
		await openLink(page, `${new URL('/worker/received', baseURL).href}#lk1.tailored.AAAA`);
		await page.getByRole('alert').getByText('Link ini untuk hal lain.').waitFor();
		expect(new URL(page.url()).hash).toBe('');
		expect(await rawDatabase(page)).not.toContain('"type":"run"');
		expect(foreign()).toEqual([]);
		await context.close();
	});

	it('shares a service by link, which a fresh phone opens and saves', async () => {
		const worker = await fresh();
		await openPage(worker.page, '/resources');
		await worker.page.getByLabel('Kamu butuh bantuan soal apa?').fill('sapa');
		await worker.page.getByRole('link', { name: 'SAPA 129' }).click();
		await worker.page.getByRole('heading', { level: 1, name: 'SAPA 129' }).waitFor();
		await worker.page.getByText('Bagikan layanan ini').click();
		const shared = await linkShown(worker.page);
		expect(new URL(shared).hash).toMatch(/^#lk1\.service\./);
		await worker.page.getByRole('img', { name: 'Kode QR untuk layanan SAPA 129' }).waitFor();
		await expectAccessible(worker.page, '/resources/service shared');

		const client = await fresh('en-US');
		await openLink(client.page, shared);
		await client.page.getByRole('heading', { level: 2, name: 'SAPA 129' }).waitFor();
		await client.page.getByRole('link', { name: 'Call 129' }).waitFor();
		await expectAccessible(client.page, '/handover with a service');
		await client.page.getByRole('button', { name: 'Save to My services' }).click();
		await client.page.getByText('Saved in My services.').waitFor();
		await openPage(client.page, '/resources/mine');
		await client.page.getByRole('heading', { name: 'SAPA 129' }).waitFor();
		expect(client.foreign()).toEqual([]);
		await worker.context.close();
		await client.context.close();
	});

	it('hands over a small local directory by link, which a fresh phone adds to its services', async () => {
		const worker = await fresh('en-GB');
		await openPage(worker.page, '/resources/import');
		await worker.page.getByLabel('Directory files').setInputFiles(join(process.cwd(), 'tests/unit/resources/hsds-examples/service_full.json'));
		await worker.page.getByRole('button', { name: 'Import', exact: true }).click();
		await worker.page.getByRole('heading', { level: 3, name: 'service_full.json' }).waitFor();
		await worker.page.getByRole('button', { name: 'Share service_full.json by link' }).click();
		const shared = await linkShown(worker.page);
		expect(new URL(shared).hash).toMatch(/^#lk1\.directory\./);
		await expectAccessible(worker.page, '/resources/import with a directory link');

		const client = await fresh('en-GB');
		await openLink(client.page, shared);
		await client.page.getByText('1 service in “service_full.json”:').waitFor();
		await expectAccessible(client.page, '/handover with a directory');
		await client.page.getByRole('button', { name: 'Add these services to Langkah on this phone' }).click();
		await client.page.getByText('Added. You can find them in the list of services.').waitFor();
		await openPage(client.page, '/resources/import');
		await client.page.getByRole('heading', { level: 3, name: 'service_full.json' }).waitFor();
		expect(client.foreign()).toEqual([]);
		await worker.context.close();
		await client.context.close();
	});

	it('adds up unmet needs sent back by three clients, by need and area, as CSV', async () => {
		const worker = await fresh();
		const clients = [
			{ area: 'Cilincing', needs: ['Kesehatan', 'Kesehatan'] },
			{ area: 'cilincing', needs: ['Kesehatan'] },
			{ area: '', needs: ['Tempat tinggal'] }
		];
		for (const [index, { area, needs }] of clients.entries()) {
			const client = await fresh();
			await openPage(client.page, '/resources/mine');
			for (const need of needs) {
				await client.page.getByLabel('Jenis kebutuhan').selectOption({ label: need });
				await client.page.getByLabel('Yang kamu butuhkan').fill(`Butuh ${need}`);
				await client.page.getByRole('button', { name: 'Catat' }).click();
				await client.page.getByText(`Butuh ${need}`).first().waitFor();
			}
			await client.page.getByText('Kirim ke pendampingmu').click();
			if (area) await client.page.getByLabel('Daerahmu, misalnya nama kecamatan (boleh dikosongkan)').fill(area);
			await client.page.getByRole('button', { name: 'Buat link', exact: true }).click();
			const link = await linkShown(client.page);
			expect(link).not.toContain('Butuh');
			await openLink(worker.page, link);
			await expect.poll(() => worker.page.getByRole('heading', { name: 'Jumlah kebutuhan yang belum terpenuhi' }).count()).toBe(index + 1);
			await client.context.close();
		}
		await openPage(worker.page, '/worker/needs');
		await worker.page.getByText('Dari 3 kiriman jumlah').waitFor();
		const byNeed = worker.page.locator('table').first();
		expect(await byNeed.locator('tbody tr').allInnerTexts()).toEqual(['Kesehatan\t3', 'Tempat tinggal\t1']);
		await expectAccessible(worker.page, '/worker/needs');
		const [download] = await Promise.all([worker.page.waitForEvent('download'), worker.page.getByRole('button', { name: 'Unduh sebagai CSV' }).click()]);
		const { readFileSync } = await import('node:fs');
		const csv = readFileSync((await download.path())!, 'utf8');
		expect(csv.split('\r\n').slice(0, 3)).toEqual(['area,need,need_name,count', 'Cilincing,health,Kesehatan,3', 'Daerah tidak disebut,housing,Tempat tinggal,1']);
		// The names of needs load with a list that shows some: after a reload too, and in the language chosen.
		await openPage(worker.page, '/worker/received');
		await worker.page.getByText('Tempat tinggal: 1').waitFor();
		await openPage(worker.page, '/worker/needs');
		await worker.page.getByText('Dari 3 kiriman jumlah').waitFor();
		await worker.page.getByLabel('Bahasa / Language').selectOption('en');
		await expect.poll(() => byNeed.locator('tbody tr').allInnerTexts()).toEqual(['Health\t3', 'Housing\t1']);
		expect(worker.foreign()).toEqual([]);
		await worker.context.close();
	});

	it('the new pages pass axe in English and in dark mode, at 320 px', async () => {
		const recorded = await recordedContext(browser, { locale: 'en-US', colorScheme: 'dark', viewport: { width: 320, height: 640 } });
		const page = await recorded.context.newPage();
		for (const [path, heading] of [
			['/worker/link', 'Make a link for a client'],
			['/worker/received', 'Sent back by clients'],
			['/worker/needs', 'Unmet needs across clients'],
			['/handover', 'From your worker']
		] as const) {
			await openPage(page, path);
			await page.getByRole('heading', { level: 1, name: heading }).waitFor();
			await page.waitForLoadState('networkidle');
			await expectAccessible(page, `${path} (en, dark)`);
		}
		expect(recorded.foreignRequests()).toEqual([]);
		await recorded.context.close();
	});
});
