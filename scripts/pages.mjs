// The pages the size and Lighthouse budgets check: the fixed pages, and every bundled exercise
// (each prerendered /flow/<id>.html in the build), so that a new exercise is checked without an edit here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXED_PAGES = ['/', '/resources', '/resources/mine', '/my', '/my/progress', '/my/network', '/settings'];

/** The budgeted paths for the site built in `root`: home, every /flow/*, then the other pages. */
export function budgetPages(root = 'build') {
	const flows = readdirSync(join(root, 'flow'))
		.filter((name) => name.endsWith('.html'))
		.map((name) => `/flow/${name.slice(0, -'.html'.length)}`)
		.sort();
	if (!flows.length) throw new Error(`No exercise pages in ${root}/flow: build the site first (npm run build).`);
	return [FIXED_PAGES[0], ...flows, ...FIXED_PAGES.slice(1)];
}
