/**
 * The decision steps (options, points, reality check, people, readiness, weigh, next steps) are
 * loaded only by the flows that have them, so the other exercises do not carry their code. The
 * flow page loads the view with the run (`loadDecisionStepView()` beside FlowRunner, before the run
 * is drawn); StepView then finds the view already loaded and draws the step without a gap.
 */
import type { Component } from 'svelte';
import type { FlowDefinition, StepDefinition, StepKind } from '$lib/flows/flow-types';
import type { StepProps } from '$lib/flows/step-answers';

export const DECISION_KINDS: ReadonlySet<StepKind> = new Set(['options', 'points', 'reality', 'people', 'readiness', 'weigh', 'actions']);

export type DecisionStepViewComponent = Component<StepProps<StepDefinition>>;

let view: DecisionStepViewComponent | undefined;

export function isDecisionKind(kind: StepKind): boolean {
	return DECISION_KINDS.has(kind);
}

export function hasDecisionSteps(definition: FlowDefinition): boolean {
	return definition.steps.some((step) => isDecisionKind(step.kind));
}

export async function loadDecisionStepView(): Promise<DecisionStepViewComponent> {
	view ??= (await import('./DecisionStepView.svelte')).default as DecisionStepViewComponent;
	return view;
}

/** The view, if it has been loaded. */
export function loadedDecisionStepView(): DecisionStepViewComponent | undefined {
	return view;
}
