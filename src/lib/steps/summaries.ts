/**
 * The summaries of step kinds that keep theirs in a second module of their folder,
 * `src/lib/steps/<kind>/summary.ts` (default export: the kind's `summary` function), found by
 * folder name. Those summaries need code that a run does not need to show its steps (the decision
 * read-outs, the programme rules), so they load only when a summary is drawn: the review, a recap,
 * the finished run, My space. Whoever draws one calls `loadStepSummaries` first; a kind whose
 * summary is small keeps it in kind.ts.
 */
import type { StepSummary } from './step-kind';

const modules = import.meta.glob<{ default: StepSummary }>('./*/summary.ts');
const loaders = new Map(Object.entries(modules).map(([path, load]) => [path.split('/')[1] ?? path, load]));
const loaded = new Map<string, StepSummary>();

/** Whether this kind's summary is in its folder's summary.ts. */
export function hasSummaryModule(kind: string): boolean {
	return loaders.has(kind);
}

/** The summary from the kind's summary.ts, once loaded. */
export function loadedSummary(kind: string): StepSummary | undefined {
	return loaded.get(kind);
}

/** Loads the summaries of these kinds (every kind's when none are given), once. */
export async function loadStepSummaries(kinds?: Iterable<string>): Promise<void> {
	const names = kinds ? [...new Set(kinds)] : [...loaders.keys()];
	await Promise.all(
		names.map(async (name) => {
			const load = loaders.get(name);
			if (!load || loaded.has(name)) return;
			loaded.set(name, (await load()).default);
		})
	);
}
