// The pages the size and Lighthouse budgets check. Lighthouse: the fixed pages and every bundled
// exercise (each prerendered /flow/<id>.html in the build), so that a new exercise is checked
// without an edit here. The JavaScript budget: every prerendered page of the build, so that a new
// page is checked too.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXED_PAGES = ['/', '/resources', '/resources/mine', '/my', '/my/progress', '/my/network', '/settings'];

function builtFlowPages(root) {
	const flows = readdirSync(join(root, 'flow'))
		.filter((name) => name.endsWith('.html'))
		.map((name) => `/flow/${name.slice(0, -'.html'.length)}`)
		.sort();
	if (!flows.length) throw new Error(`No exercise pages in ${root}/flow: build the site first (npm run build).`);
	return flows;
}

/** The pages Lighthouse checks in the site built in `root`: home, every /flow/*, then the other fixed pages. */
export function budgetPages(root = 'build') {
	return [FIXED_PAGES[0], ...builtFlowPages(root), ...FIXED_PAGES.slice(1)];
}

/** Every prerendered page in `root` (but the fallback page), as paths: the Lighthouse pages first, then the rest. */
export function allPages(root = 'build') {
	const found = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html') && name !== '200.html')
		.map((name) => (name === 'index.html' ? '/' : `/${name.slice(0, -'.html'.length).split('\\').join('/')}`));
	const first = budgetPages(root);
	return [...first, ...found.filter((path) => !first.includes(path)).sort()];
}
