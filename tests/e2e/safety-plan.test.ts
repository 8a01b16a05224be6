import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browser, expectAccessible, openPage, recordedContext, useBrowser } from './harness';

useBrowser();

const LANGUAGES = [
	{
		locale: 'id-ID',
		colorScheme: 'light',
		width: 360,
		text: {
			title: 'Rencana keselamatan',
			homeLink: 'Rencana keselamatan: apa yang bisa kamu lakukan saat keadaan terasa berat',
			helpLink: 'Buka rencana keselamatanmu',
			addSign: 'Tambah tanda',
			sign: (n: number) => `Tanda ${n}`,
			coping: 'Hal 1',
			surroundings: 'Langkah kecil 1',
			reason: 'Alasan 1',
			addPersonForm: 'Tambah orang',
			name: 'Nama',
			how: 'Bisa membantu apa',
			contact: 'Nomor HP atau cara menghubungi',
			addPerson: 'Tambahkan orang ini',
			added: 'Bu Sri sudah ditambahkan.',
			call: 'Telepon Bu Sri',
			whatsApp: 'Chat WhatsApp Bu Sri',
			print: 'Cetak',
			copy: 'Salin sebagai teks',
			copied: 'Rencanamu sudah disalin.',
			helpLine: 'Telepon 129'
		},
		words: ['Susah tidur berhari-hari', 'Ingin menjauh dari semua orang', 'Mandi air hangat', 'Minta kakak menyimpan barang tertentu dulu', 'Adikku']
	},
	{
		locale: 'en-US',
		colorScheme: 'dark',
		width: 320,
		text: {
			title: 'My safety plan',
			homeLink: 'My safety plan: what you can do when things feel hard',
			helpLink: 'Open your safety plan',
			addSign: 'Add a sign',
			sign: (n: number) => `Sign ${n}`,
			coping: 'Thing 1',
			surroundings: 'Step 1',
			reason: 'Reason 1',
			addPersonForm: 'Add a person',
			name: 'Name',
			how: 'How they can help',
			contact: 'Phone number or how to reach them',
			addPerson: 'Add this person',
			added: 'Bu Sri was added.',
			call: 'Call Bu Sri',
			whatsApp: 'WhatsApp Bu Sri',
			print: 'Print',
			copy: 'Copy as text',
			copied: 'Your plan has been copied.',
			helpLine: 'Call 129'
		},
		words: ['Not sleeping for days', 'Wanting to stay away from everyone', 'A warm shower', 'Ask my sister to keep certain things for now', 'My little brother']
	}
] as const;

/** Every field of the plan's own lists, as a label and the words typed in it. */
function fieldsOf(language: (typeof LANGUAGES)[number]): [string, string][] {
	const [sign1, sign2, coping, surroundings, reason] = language.words;
	const { text } = language;
	return [
		[text.sign(1), sign1],
		[text.sign(2), sign2],
		[text.coping, coping],
		[text.surroundings, surroundings],
		[text.reason, reason]
	];
}

async function expectEverythingKept(page: Page, language: (typeof LANGUAGES)[number]) {
	for (const [label, words] of fieldsOf(language)) expect(await page.getByLabel(label, { exact: true }).inputValue(), label).toBe(words);
	const person = page.getByRole('group', { name: 'Bu Sri' });
	expect(await person.getByLabel(language.text.how, { exact: true }).inputValue()).toBe('Mendengarkan');
	expect(await person.getByLabel(language.text.contact, { exact: true }).inputValue()).toBe('0812-3456-7890');
}

describe('the safety plan', () => {
	for (const language of LANGUAGES) {
		const { text } = language;
		it(`is written, kept after a reload, called from, printed and copied (${language.locale})`, async () => {
			const recorded = await recordedContext(browser, {
				locale: language.locale,
				colorScheme: language.colorScheme,
				viewport: { width: language.width, height: 700 },
				permissions: ['clipboard-read', 'clipboard-write']
			});
			const page = await recorded.context.newPage();
			await openPage(page, '/');
			await page.getByRole('link', { name: text.homeLink }).click();
			await page.waitForURL('**/safety-plan');
			await page.getByRole('heading', { level: 1, name: text.title }).waitFor();

			for (const [label, words] of fieldsOf(language)) {
				// The second sign needs a field first: "add" makes one.
				if (label === text.sign(2)) await page.getByRole('button', { name: text.addSign }).click();
				await page.getByLabel(label, { exact: true }).fill(words);
			}

			const form = page.getByRole('form', { name: text.addPersonForm });
			await form.getByLabel(text.name, { exact: true }).fill('Bu Sri');
			await form.getByLabel(text.contact, { exact: true }).fill('0812-3456-7890');
			await form.getByRole('button', { name: text.addPerson }).click();
			await page.getByText(text.added).waitFor();
			// Edited in place, saved as typed.
			await page.getByRole('group', { name: 'Bu Sri' }).getByLabel(text.how, { exact: true }).fill('Mendengarkan');
			await expectAccessible(page, `/safety-plan filled in, ${language.locale}`);

			await page.reload();
			await page.getByRole('group', { name: 'Bu Sri' }).waitFor();
			await expectEverythingKept(page, language);
			expect(await page.getByRole('link', { name: text.call }).getAttribute('href')).toBe('tel:+6281234567890');
			expect(await page.getByRole('link', { name: text.whatsApp }).getAttribute('href')).toBe('https://wa.me/6281234567890');

			// The person also appears on the services page.
			await openPage(page, '/resources/mine');
			await page.getByRole('heading', { name: 'Bu Sri' }).waitFor();
			await openPage(page, '/help');
			await page.getByRole('link', { name: text.helpLink }).click();
			await page.waitForURL('**/safety-plan');
			await page.getByRole('group', { name: 'Bu Sri' }).waitFor();

			await page.emulateMedia({ media: 'print' });
			expect(await page.getByRole('button', { name: text.print }).isVisible()).toBe(false);
			expect(await page.locator('textarea:visible, input:visible, button:visible, select:visible').count()).toBe(0);
			const printed = page.locator('.printed');
			expect(await printed.isVisible()).toBe(true);
			const printedText = await printed.innerText();
			for (const [, words] of fieldsOf(language)) expect(printedText).toContain(words);
			expect(printedText).toContain('Bu Sri — Mendengarkan — 0812-3456-7890');
			expect(printedText).toContain(text.helpLine);
			await page.emulateMedia({ media: 'screen' });
			expect(await printed.isVisible()).toBe(false);

			await page.getByRole('button', { name: text.copy }).click();
			await page.getByText(text.copied).waitFor();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.startsWith(`${text.title}\n`)).toBe(true);
			for (const [, words] of fieldsOf(language)) expect(copied).toContain(`- ${words}`);
			expect(copied).toContain('- Bu Sri — Mendengarkan — 0812-3456-7890');

			await expectAccessible(page, `/safety-plan after a reload, ${language.locale}`);
			expect(recorded.foreignRequests()).toEqual([]);
			expect(recorded.cspViolations).toEqual([]);
			await recorded.context.close();
		});
	}

	it('removes an entry and a person (after asking), and a contact that is not a number stays plain text', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/safety-plan');
		await page.getByLabel('Alasan 1', { exact: true }).fill('Kucingku');
		await page.getByRole('button', { name: 'Hapus Alasan 1' }).click();
		expect(await page.getByLabel('Alasan 1', { exact: true }).inputValue()).toBe('');

		const form = page.getByRole('form', { name: 'Tambah orang' });
		await form.getByLabel('Nama', { exact: true }).fill('Pak RT');
		await form.getByLabel('Nomor HP atau cara menghubungi', { exact: true }).fill('Rumah cat hijau dekat masjid');
		await form.getByRole('button', { name: 'Tambahkan orang ini' }).click();
		const person = page.getByRole('group', { name: 'Pak RT' });
		await person.waitFor();
		expect(await person.getByRole('link').count()).toBe(0);

		await person.getByRole('button', { name: 'Hapus Pak RT' }).click();
		await person.getByRole('button', { name: 'Ya, hapus' }).click();
		await page.getByText('Belum ada orang di daftar ini.').waitFor();
		await page.reload();
		await page.getByText('Belum ada orang di daftar ini.').waitFor();
		expect(await page.getByLabel('Alasan 1', { exact: true }).inputValue()).toBe('');
		await context.close();
	});
});
