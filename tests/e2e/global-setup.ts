import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** Serves the production build once for every end-to-end test file. */
export default async function setup(project: TestProject) {
	chromiumPath(); // throws a clear message when no browser is installed
	if (!existsSync('build/index.html')) throw new Error('No production build: run `npm run build` before the end-to-end tests.');
	const server = await startServer({ root: 'build', port: 0 });
	project.provide('baseURL', server.url);
	return () => server.close();
}
