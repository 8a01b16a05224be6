import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { calmFlow } from './shipped';
import { createFlowMachine, currentStepId, nextStepId, stepById, type FlowActor } from '$lib/flows/flow-engine';
import { restoreFlowActorInput } from '$lib/flows/flow-restore';
import type { Answers, FlowDefinition } from '$lib/flows/flow-types';
import { walkAllPaths } from './walk';

const GROUNDING = ['ground-see', 'ground-touch', 'ground-hear', 'ground-smell', 'ground-taste'];
const TO_AFTER = ['before', 'breathing', ...GROUNDING, 'after'].join(' > ');

/** The calm flow as it was before `close-help`: the same version, so its saved runs still resume. */
function calmWithoutHelp(): FlowDefinition {
	const flow = structuredClone(calmFlow);
	flow.steps = flow.steps.filter((step) => step.id !== 'close-help').map(({ next: _next, ...step }) => step);
	return flow;
}

/** Answers the scores of a run of `definition` and goes on to `until`, as the app would store it. */
function savedRun(definition: FlowDefinition, answers: Answers, until: string): { flowVersion: number; snapshot: unknown } {
	const actor = createActor(createFlowMachine(definition)).start();
	for (const [step, value] of Object.entries(answers)) actor.send({ type: 'answer.set', step, value });
	while (currentStepId(actor.getSnapshot()) !== until) actor.send({ type: 'step.next' });
	const stored = JSON.stringify({ flowVersion: definition.version, snapshot: actor.getPersistedSnapshot() });
	actor.stop();
	return JSON.parse(stored) as { flowVersion: number; snapshot: unknown };
}

function resumed(saved: { flowVersion: number; snapshot: unknown }): FlowActor {
	const restored = restoreFlowActorInput(calmFlow, saved);
	if (restored.kind !== 'resume') throw new Error(`expected to resume, got a restart (${restored.reason})`);
	return createActor(createFlowMachine(calmFlow), { snapshot: restored.snapshot }).start();
}

describe('the calm flow', () => {
	it.each([
		[3, 9, 'close-help'],
		[6, 7, 'close-help'],
		[0, 1, 'close-help'],
		[9, 8, 'close-help'],
		[10, 10, 'close-help'],
		[undefined, 8, 'close-help'],
		[7, 2, 'close'],
		[7, 7, 'close'],
		[8, 7, 'close'],
		[undefined, 7, 'close'],
		[5, undefined, 'close'],
		[undefined, undefined, 'close']
	])('before %s, after %s: closes with %s', (before, after, closing) => {
		const answers: Answers = {};
		if (before !== undefined) answers.before = before;
		if (after !== undefined) answers.after = after;
		expect(nextStepId(calmFlow, 'after', answers)).toBe(closing);
		// Either closing goes on to "what next".
		expect(nextStepId(calmFlow, closing, answers)).toBe('next');
	});

	it('reaches the end on every path, through either closing', () => {
		const result = walkAllPaths(calmFlow);
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual([`${TO_AFTER} > close > next`, `${TO_AFTER} > close-help > next`]);
	});

	it('offers the help lines on the high-distress closing only, and keeps the normal closing as it was', () => {
		expect(stepById(calmFlow, 'close-help')).toMatchObject({ kind: 'info', helpLines: true });
		const close = stepById(calmFlow, 'close');
		expect(close).toMatchObject({ kind: 'info', recap: ['before', 'after'], prompt: 'flow-calm:steps.close.prompt' });
		expect(close).not.toHaveProperty('helpLines');
		expect(calmWithoutHelp().steps.find((step) => step.id === 'close')).toEqual({ ...close, next: undefined });
	});

	it('resumes a run saved before the help-line closing existed, without a new version', () => {
		const old = calmWithoutHelp();
		expect(old.version).toBe(calmFlow.version);

		const atAfter = resumed(savedRun(old, { before: 3, after: 9 }, 'after'));
		expect(atAfter.getSnapshot().context.history).toEqual(['before', 'breathing', ...GROUNDING]);
		atAfter.send({ type: 'step.next' });
		expect(currentStepId(atAfter.getSnapshot())).toBe('close-help');
		atAfter.send({ type: 'step.next' });
		expect(currentStepId(atAfter.getSnapshot())).toBe('next');

		// Already on the old closing: it stays, and goes on to "what next" as before.
		const atClose = resumed(savedRun(old, { before: 3, after: 9 }, 'close'));
		expect(currentStepId(atClose.getSnapshot())).toBe('close');
		atClose.send({ type: 'step.next' });
		expect(currentStepId(atClose.getSnapshot())).toBe('next');
		atClose.send({ type: 'step.back' });
		expect(currentStepId(atClose.getSnapshot())).toBe('close');
	});
});
