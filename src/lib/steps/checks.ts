/**
 * The shape and checks of each step kind, for validating a flow (flow-file.ts, flow-validate.ts):
 * a kind's `definitionSchema`, `check`, `texts`, `optionIds` and `conditions`, from its kind.ts or
 * from its folder's `checks.ts`, found by folder name. Kept apart from the registry so that running an exercise,
 * which was validated before it shipped or was saved, does not load them.
 */
import type { StepChecks, StepKind } from './step-kind';

const found = import.meta.glob<{ default: StepChecks }>('./*/checks.ts', { eager: true });
const byKind = new Map(Object.entries(found).map(([path, module]) => [path.split('/')[1] ?? path, module.default]));

/** The checks of a kind: those in its folder's checks.ts, else those it declares itself. */
export function checksOf(kind: StepKind): StepChecks {
	return byKind.get(kind.kind) ?? kind;
}
