/**
 * The decision steps name earlier steps of the same decision (`source`: the options step; `points`,
 * `reality`, ...). This checks one such reference: it must name an earlier step of the right kind,
 * about the same options.
 */
import type { StepCheckContext, StepShape } from './step-kind';

export function checkReference(
	step: StepShape & { source?: string },
	context: StepCheckContext,
	field: string,
	kind: string,
	optional = false
): void {
	const reference = (step as unknown as Record<string, unknown>)[field];
	if (reference === undefined && optional) return;
	const target = typeof reference === 'string' ? (context.stepAt(reference) as (StepShape & { source?: unknown }) | undefined) : undefined;
	if (!target || target.kind !== kind || !context.isEarlier(target.id)) {
		context.report('bad-source', `${field} "${String(reference)}" is not an earlier ${kind} step`);
	} else if (field !== 'source' && 'source' in target && 'source' in step && target.source !== step.source) {
		context.report('bad-source', `${field} "${target.id}" is about the options of "${String(target.source)}", not "${step.source}"`);
	}
}
