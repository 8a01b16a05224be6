/**
 * Every step kind, found by folder: `src/lib/steps/<kind>/kind.ts` default-exports one `StepKind`
 * (see step-kind.ts), so adding a kind is adding a folder. The kinds' own code (schemas, checks,
 * summaries) is small and loaded with the registry; their views load only when shown. Two parts
 * may sit in modules of their own in the folder, found by name: the checks only validating a flow
 * needs (checks.ts, see ./checks.ts) and a summary that needs much code (summary.ts, loaded when
 * a summary is drawn: see ./summaries.ts).
 */
import type { StepKind, StepShape, StepViewComponent } from './step-kind';
import { hasSummaryModule } from './summaries';

const found = import.meta.glob<{ default: StepKind }>('./*/kind.ts', { eager: true });

const kinds = new Map<string, StepKind>();
for (const module of Object.values(found)) kinds.set(module.default.kind, module.default);

/** Adds a kind from elsewhere (a test's own kind); a kind of the same name is replaced. */
export function registerStepKind<S extends StepShape, A>(kind: StepKind<S, A>): void {
	kinds.set(kind.kind, kind as unknown as StepKind);
	views.delete(kind.kind);
}

/** The kind of this name, if there is one. */
export function stepKind(name: string): StepKind | undefined {
	return kinds.get(name);
}

/** The kind of a step; throws for an unknown kind (a validated flow has none). */
export function kindOf(step: { kind: string }): StepKind {
	const kind = kinds.get(step.kind);
	if (!kind) throw new Error(`Unknown step kind "${step.kind}".`);
	return kind;
}

export function stepKindNames(): string[] {
	return [...kinds.keys()];
}

export function allStepKinds(): StepKind[] {
	return [...kinds.values()];
}

/** Whether a step of this kind takes an answer. */
export function takesAnswer(step: { kind: string }): boolean {
	return kinds.get(step.kind)?.answerSchema !== undefined;
}

/** Whether a step asks something, so that its answer is listed in summaries and the review. */
export function isListedInSummary(step: { kind: string }): boolean {
	return kinds.get(step.kind)?.summary !== undefined || hasSummaryModule(step.kind);
}

const views = new Map<string, StepViewComponent>();

/** Loads the view of a kind (once). */
export async function loadStepView(name: string): Promise<StepViewComponent> {
	const loaded = views.get(name);
	if (loaded) return loaded;
	const view = (await kindOf({ kind: name }).view()).default;
	views.set(name, view);
	return view;
}

/** The view of a kind, if it has been loaded. */
export function loadedStepView(name: string): StepViewComponent | undefined {
	return views.get(name);
}

/** Loads the views of every kind a flow uses, so that each step draws at once. */
export async function loadStepViews(steps: readonly { kind: string }[]): Promise<void> {
	await Promise.all([...new Set(steps.map((step) => step.kind))].map(loadStepView));
}

/** The steps of a flow from the first up to the one with this id (every step when there is none). */
export function stepsUpTo<S extends { id: string }>(steps: readonly S[], id: string): readonly S[] {
	const index = steps.findIndex((step) => step.id === id);
	return index < 0 ? steps : steps.slice(0, index + 1);
}

/** The i18n namespaces the views of these steps need, besides the flow's own and the common ones. */
export function stepNamespaces(steps: readonly { kind: string }[]): string[] {
	return [...new Set(steps.flatMap((step) => kinds.get(step.kind)?.namespaces ?? []))];
}
