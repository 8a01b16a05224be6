// Renders the app icons (192, 512 and a maskable 512) from the one source, static/icons/icon.svg.
// Run `npm run icons` after changing the SVG; the PNGs are committed so builds need no browser.
import { readFile } from 'node:fs/promises';
import { launchChromium } from './browser.mjs';

const source = await readFile(new URL('../static/icons/icon.svg', import.meta.url), 'utf8');
const outputs = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	// Maskable: the rounded corners filled in, so any mask shape the launcher uses stays whole.
	{ file: 'icon-maskable-512.png', size: 512, maskable: true }
];

const browser = await launchChromium();
try {
	for (const { file, size, maskable } of outputs) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const background = maskable ? '#1f5f5b' : 'transparent';
		await page.setContent(
			`<style>html,body{margin:0;background:${background}}svg{display:block;width:${size}px;height:${size}px}</style>${source}`
		);
		await page.screenshot({ path: new URL(`../static/icons/${file}`, import.meta.url).pathname, omitBackground: !maskable });
		await page.close();
		console.log(`static/icons/${file}`);
	}
} finally {
	await browser.close();
}
