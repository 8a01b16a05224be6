import { describe, expect, it } from 'vitest';
import {
	PAGES,
	axeViolations,
	baseURL,
	browser,
	describeViolations,
	openPage,
	overflowsHorizontally,
	recordedContext,
	useBrowser
} from './harness';

useBrowser();

describe('every page', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const locale of ['id-ID', 'en-US']) {
			it(`passes axe with no violations at 320 px, ${colorScheme}, browser in ${locale}`, async () => {
				const { context } = await recordedContext(browser, { colorScheme, locale, viewport: { width: 320, height: 640 } });
				const page = await context.newPage();
				for (const path of PAGES) {
					await openPage(page, path);
					const violations = await axeViolations(page);
					expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
					expect(await overflowsHorizontally(page), `${path} scrolls sideways at 320 px`).toBe(false);
				}
				await context.close();
			});
		}
	}

	it('is checked by an axe run that does catch problems (a button without a name, a small target)', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/');
		await page.evaluate(() => {
			const button = document.createElement('button');
			button.className = 'tiny';
			document.querySelector('main')?.append(button);
		});
		const ids = (await axeViolations(page)).map((v) => v.id);
		expect(ids).toContain('button-name');
		await context.close();
	});

	it('makes no request to any other origin and breaks no Content-Security-Policy rule', async () => {
		const recorded = await recordedContext(browser);
		const page = await recorded.context.newPage();
		for (const path of PAGES) {
			await openPage(page, path);
			await page.waitForLoadState('networkidle');
		}
		// Walk by the links as a person would, too.
		await openPage(page, '/');
		await page.getByRole('link', { name: 'Pengaturan' }).click();
		await page.waitForURL('**/settings');
		await page.getByRole('link', { name: 'Privasi' }).click();
		await page.waitForURL('**/privacy');
		await page.waitForLoadState('networkidle');
		expect(recorded.requests.length).toBeGreaterThan(5);
		expect(recorded.foreignRequests()).toEqual([]);
		expect(recorded.cspViolations).toEqual([]);
		await recorded.context.close();
	});

	it('is served with a strict Content-Security-Policy', async () => {
		const html = await (await fetch(baseURL)).text();
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'none'");
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	it('has a home page that says what Langkah is and that everything stays on the device', async () => {
		const { context } = await recordedContext(browser);
		const page = await context.newPage();
		await openPage(page, '/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Langkah');
		const text = await page.locator('main').innerText();
		expect(text).toContain('latihan singkat');
		expect(text).toContain('hanya tersimpan di HP ini');
		await context.close();
	});
});

describe('the web app manifest', () => {
	it('names the app in both languages and points at icons that exist', async () => {
		const manifest = (await (await fetch(new URL('/manifest.webmanifest', baseURL))).json()) as {
			lang: string;
			name: string;
			start_url: string;
			scope: string;
			display: string;
			theme_color: string;
			background_color: string;
			icons: { src: string; sizes: string; purpose: string }[];
			translations: Record<string, { name: string }>;
		};
		expect(manifest.lang).toBe('id');
		expect(manifest.translations.en?.name).toMatch(/Langkah/);
		expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
		expect(manifest.theme_color).toMatch(/^#/);
		expect(manifest.background_color).toMatch(/^#/);
		const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
		expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
		for (const icon of manifest.icons) {
			const response = await fetch(new URL(icon.src, baseURL));
			expect(response.status, icon.src).toBe(200);
		}
	});
});
