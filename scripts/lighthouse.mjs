// Lighthouse 12.2.3 (pinned: 13 needs Node 22), mobile profile, on the built home page.
// Prints the four scores and fails below Performance 95, Accessibility 100, Best Practices 100.
// Usage: npm run build && npm run lighthouse [-- /path]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { startServer } from './serve.mjs';

const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100 };
const path = process.argv[2] ?? '/';

const server = await startServer({ root: 'build', port: 0 });
const workDir = mkdtempSync(join(tmpdir(), 'langkah-lighthouse-'));
const report = join(workDir, 'report.json');
let exitCode;
try {
	const flags = [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${join(workDir, 'profile')}`].join(' ');
	// Asynchronous on purpose: the server above runs in this process and must keep answering.
	const child = spawn(
		'npx',
		[
			'--yes',
			'lighthouse@12.2.3',
			new URL(path, server.url).href,
			'--quiet',
			'--output=json',
			`--output-path=${report}`,
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=${flags}`
		],
		{ stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath() } }
	);
	exitCode = await new Promise((done) => child.on('close', done));
} finally {
	await server.close();
}
if (exitCode !== 0) {
	rmSync(workDir, { recursive: true, force: true });
	console.error('Lighthouse did not finish.');
	process.exit(1);
}
const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
rmSync(workDir, { recursive: true, force: true });
let failed = false;
for (const [id, category] of Object.entries(categories)) {
	const score = Math.round(category.score * 100);
	const minimum = MINIMUM[id];
	const verdict = minimum === undefined ? '' : score >= minimum ? ` (minimum ${minimum}: ok)` : ` (minimum ${minimum}: FAIL)`;
	if (minimum !== undefined && score < minimum) failed = true;
	console.log(`${category.title}: ${score}${verdict}`);
}
// The metrics behind the Performance score, to see what to work on.
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
console.log(metrics.map((id) => `${audits[id].title}: ${audits[id].displayValue}`).join('; '));
const largest = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
if (largest) console.log(`largest contentful paint: ${largest.snippet}`);
for (const shift of audits['layout-shifts']?.details?.items ?? []) {
	console.log(`layout shift ${shift.score?.toFixed(3)}: ${shift.node?.snippet ?? shift.node?.nodeLabel ?? '(unknown element)'}`);
}
process.exit(failed ? 1 : 0);
