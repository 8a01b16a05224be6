/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Langkah's service worker. Precaches the whole built app (code, static files, every prerendered
 * page) so that after the first visit everything opens offline, deep links included. Navigations
 * to addresses that were not prerendered get the app shell (200.html). A new version waits until
 * the page asks it to take over (SKIP_WAITING), which happens only when the person agrees.
 */
import { build, files, prerendered, version } from '$service-worker';
import { createHandlerBoundToURL, precacheAndRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

const APP_SHELL = '/200.html';

const entries = [
	...build.map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	...prerendered.map((url) => ({ url, revision: version })),
	{ url: APP_SHELL, revision: version }
];

precacheAndRoute(entries, { cleanURLs: true, ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL(APP_SHELL)));

self.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
