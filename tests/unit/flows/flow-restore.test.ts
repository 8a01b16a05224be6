import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createFlowMachine, currentStepId, type FlowActor } from '$lib/flows/flow-engine';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { restoreFlowActorInput, salvageAnswers, startWithAnswers } from '$lib/flows/flow-restore';
import { branchingFlow, everyKindFlow } from './fixtures';

/** Runs `branchingFlow` to the areas step and returns what the app would store. */
function savedRun(definition = branchingFlow()): { flowVersion: number; snapshot: unknown } {
	const actor = createActor(createFlowMachine(definition)).start();
	actor.send({ type: 'step.next' });
	actor.send({ type: 'answer.set', step: 'name', value: 'Dewi' });
	actor.send({ type: 'step.next' });
	actor.send({ type: 'answer.set', step: 'mood', value: 4 });
	actor.send({ type: 'step.next' });
	actor.send({ type: 'answer.set', step: 'areas', value: ['home'] });
	const stored = JSON.stringify({ flowVersion: definition.version, snapshot: actor.getPersistedSnapshot() });
	actor.stop();
	return JSON.parse(stored) as { flowVersion: number; snapshot: unknown };
}

function resumeActor(definition: FlowDefinition, saved: { flowVersion: number; snapshot: unknown }): FlowActor {
	const restored = restoreFlowActorInput(definition, saved);
	const machine = createFlowMachine(definition);
	return createActor(
		machine,
		restored.kind === 'resume' ? { snapshot: restored.snapshot } : { input: startWithAnswers(definition, restored.answers) }
	).start();
}

describe('restoreFlowActorInput', () => {
	it('resumes a run of the same version exactly where it was', () => {
		const flow = branchingFlow();
		const saved = savedRun(flow);
		const restored = restoreFlowActorInput(flow, saved);
		expect(restored.kind).toBe('resume');
		const actor = resumeActor(flow, saved);
		expect(currentStepId(actor.getSnapshot())).toBe('areas');
		expect(actor.getSnapshot().context).toEqual({
			answers: { name: 'Dewi', mood: 4, areas: ['home'] },
			history: ['intro', 'name', 'mood'],
			returnToReview: null
		});
		actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe('other');
		actor.send({ type: 'step.back' });
		actor.send({ type: 'step.back' });
		expect(currentStepId(actor.getSnapshot())).toBe('mood');
	});

	it('resumes a run that was jumped into from review, and a finished run', () => {
		const flow = branchingFlow();
		const actor = createActor(createFlowMachine(flow), {
			input: { answers: { name: 'Dewi', areas: [] } }
		}).start();
		// intro, name, mood, support (no mood given), areas (none chosen), review
		for (let i = 0; i < 5; i++) actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe('review');
		actor.send({ type: 'step.goto', step: 'name' });
		const editing = JSON.parse(JSON.stringify({ flowVersion: 3, snapshot: actor.getPersistedSnapshot() })) as never;
		const resumed = resumeActor(flow, editing);
		expect(resumed.getSnapshot().context.returnToReview).toBe('review');
		resumed.send({ type: 'step.next' });
		expect(currentStepId(resumed.getSnapshot())).toBe('review');

		actor.send({ type: 'flow.finish' });
		const finished = JSON.parse(JSON.stringify({ flowVersion: 3, snapshot: actor.getPersistedSnapshot() })) as never;
		expect(restoreFlowActorInput(flow, finished).kind).toBe('resume');
		const done = resumeActor(flow, finished).getSnapshot();
		expect(done.status).toBe('done');
		expect(done.output).toEqual({ answers: { name: 'Dewi', areas: [] } });
	});

	it('restarts a run of another version at the first step, keeping the answers that still fit', () => {
		const saved = savedRun();
		const newer = branchingFlow();
		newer.version = 4;
		newer.steps = newer.steps.filter((step) => step.id !== 'name');
		const areas = newer.steps.find((step) => step.id === 'areas');
		if (areas?.kind === 'choice') areas.multiple = false;
		const restored = restoreFlowActorInput(newer, saved);
		expect(restored).toEqual({ kind: 'restart', reason: 'version', answers: { mood: 4, areas: 'home' } });
		const actor = resumeActor(newer, saved);
		expect(currentStepId(actor.getSnapshot())).toBe('intro');
		expect(actor.getSnapshot().context).toEqual({ answers: { mood: 4, areas: 'home' }, history: [], returnToReview: null });
	});

	it('restarts, keeping what fits, when the snapshot is damaged', () => {
		const flow = branchingFlow();
		const onUnknownStep = savedRun(flow) as { flowVersion: number; snapshot: { value: string } };
		onUnknownStep.snapshot.value = 'gone';
		expect(restoreFlowActorInput(flow, onUnknownStep)).toEqual({
			kind: 'restart',
			reason: 'corrupt',
			answers: { name: 'Dewi', mood: 4, areas: ['home'] }
		});

		const badAnswer = savedRun(flow) as { flowVersion: number; snapshot: { context: { answers: Record<string, unknown> } } };
		badAnswer.snapshot.context.answers.mood = 'very';
		badAnswer.snapshot.context.answers.stranger = 'x';
		expect(restoreFlowActorInput(flow, badAnswer)).toEqual({
			kind: 'restart',
			reason: 'corrupt',
			answers: { name: 'Dewi', areas: ['home'] }
		});

		const badHistory = savedRun(flow) as { flowVersion: number; snapshot: { context: { history: unknown } } };
		badHistory.snapshot.context.history = 'intro';
		expect(restoreFlowActorInput(flow, badHistory).kind).toBe('restart');

		const doneButActive = savedRun(flow) as { flowVersion: number; snapshot: { value: string } };
		doneButActive.snapshot.value = 'done';
		expect(restoreFlowActorInput(flow, doneButActive).kind).toBe('restart');
	});

	it('never throws on garbage and restarts with nothing to keep', () => {
		const flow = branchingFlow();
		const garbage: unknown[] = [
			null,
			undefined,
			42,
			'snapshot',
			[],
			{},
			{ flowVersion: 3 },
			{ flowVersion: 3, snapshot: null },
			{ flowVersion: 3, snapshot: { value: 'name', status: 'active', context: null } },
			{ flowVersion: 3, snapshot: { value: 'name', status: 'active', context: { answers: [], history: [] } } },
			{ flowVersion: 'three', snapshot: { context: { answers: { name: 'kept' } } } },
			{
				flowVersion: 3,
				snapshot: {
					get value(): string {
						throw new Error('boom');
					},
					context: { answers: { name: 'kept too' } }
				}
			}
		];
		for (const [index, saved] of garbage.entries()) {
			const restored = restoreFlowActorInput(flow, saved as never);
			expect(restored.kind, `garbage[${index}]`).toBe('restart');
			expect(() => resumeActor(flow, saved as never)).not.toThrow();
		}
		expect(restoreFlowActorInput(flow, garbage[10] as never)).toEqual({ kind: 'restart', reason: 'corrupt', answers: { name: 'kept' } });
		expect(restoreFlowActorInput(flow, garbage[11] as never)).toEqual({ kind: 'restart', reason: 'corrupt', answers: { name: 'kept too' } });
	});
});

describe('salvageAnswers', () => {
	it('keeps answers that fit each kind of step, mending what it can', () => {
		const flow = everyKindFlow();
		const answers = salvageAnswers(flow, {
			feelings: [{ id: 'sad', intensity: 3 }, { id: 'calm' }],
			list: [{ id: 'a', text: 'rent' }, 'not an item'],
			sort: { a: 'can', b: 7 },
			pick: 'a',
			plan: [{ id: 'p', what: 'call' }],
			breathing: 3,
			reflection: 42,
			unknown: 'x'
		});
		expect(answers).toEqual({
			feelings: [{ id: 'sad', intensity: 3 }],
			list: [{ id: 'a', text: 'rent' }],
			sort: { a: 'can' },
			pick: 'a',
			plan: [{ id: 'p', what: 'call', when: '', who: '', needs: '' }],
			breathing: 3,
			reflection: 42
		});
	});

	it('drops what cannot be kept', () => {
		const flow = everyKindFlow();
		expect(salvageAnswers(flow, { feelings: 'sad', list: [3], sort: [], breathing: -1, plan: {} })).toEqual({});
		expect(salvageAnswers(branchingFlow(), { mood: 11, areas: [1, 'work'], close: ['again', 'stop'] })).toEqual({
			areas: ['work']
		});
	});
});

describe('startWithAnswers', () => {
	it('starts at the first step with the answers that fit filled in', () => {
		const flow = branchingFlow();
		const input = startWithAnswers(flow, { name: 'Wati', mood: 99, gone: 'x' });
		const actor = createActor(createFlowMachine(flow), { input }).start();
		expect(currentStepId(actor.getSnapshot())).toBe('intro');
		expect(actor.getSnapshot().context.answers).toEqual({ name: 'Wati' });
	});
});
