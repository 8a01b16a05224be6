// Finds the Chromium that Playwright drives: $CHROME_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

export function chromiumPath() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.'
		);
	}
	return found;
}

export function launchChromium(options = {}) {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, ...options });
}
