import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// app.html carries one small inline script that applies the saved theme before the first paint.
// The Content-Security-Policy allows exactly that script by its hash, and nothing else inline.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inlineScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const inlineScriptHashes = inlineScripts.map(
	(body) => /** @type {const} */ (`sha256-${createHash('sha256').update(body).digest('base64')}`)
);

// SvelteKit's route announcer (added after hydration) carries one inline style attribute; allow
// exactly that attribute by hash, read from Kit itself so that an upgrade keeps it right.
const kitRoot = readFileSync(new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url), 'utf8');
const announcerStyle = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(kitRoot)?.[1];
if (!announcerStyle) throw new Error('Could not find the style of SvelteKit\'s route announcer');
const announcerStyleHash = /** @type {const} */ (`sha256-${createHash('sha256').update(announcerStyle).digest('base64')}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		serviceWorker: { register: false },
		files: { assets: 'static' },
		alias: { $locales: 'locales' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inlineScriptHashes],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
		version: { pollInterval: 0 },
		// Stylesheets up to this size go inline into each page's HTML (with their CSP hashes): the
		// first paint waits for no stylesheet request. 0.css (app.css and the layout) and the heaviest
		// page stylesheet are under it; a larger one is linked as before.
		inlineStyleThreshold: 12 * 1024
	}
};

export default config;
