import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import {
	canGoBack,
	createFlowMachine,
	currentStepId,
	nextStepId,
	progressOf,
	stepById,
	type FlowActor,
	type FlowEvent
} from '$lib/flows/flow-engine';
import { END, type FlowDefinition } from '$lib/flows/flow-types';
import { branchingFlow, sortingFlow, straightFlow } from './fixtures';

function start(definition: FlowDefinition, answers?: Record<string, string>): FlowActor {
	return createActor(createFlowMachine(definition), { input: answers ? { answers } : undefined }).start();
}

function send(actor: FlowActor, ...events: FlowEvent[]): void {
	for (const event of events) actor.send(event);
}

const next: FlowEvent = { type: 'step.next' };
const back: FlowEvent = { type: 'step.back' };
const at = (actor: FlowActor): string => currentStepId(actor.getSnapshot());
const context = (actor: FlowActor) => actor.getSnapshot().context;

/** Walks `branchingFlow` to its review step: name, mood 3 (skips support), areas money + work. */
function toReview(): FlowActor {
	const actor = start(branchingFlow());
	send(
		actor,
		next,
		{ type: 'answer.set', step: 'name', value: 'Sari' },
		next,
		{ type: 'answer.set', step: 'mood', value: 3 },
		next,
		{ type: 'answer.set', step: 'areas', value: ['work', 'money'] },
		next,
		{ type: 'answer.set', step: 'money', value: 'rent is late' },
		next
	);
	expect(at(actor)).toBe('review');
	expect(context(actor).history).toEqual(['intro', 'name', 'mood', 'areas', 'money']);
	return actor;
}

describe('nextStepId', () => {
	const flow = branchingFlow();
	it('takes the first branch whose condition holds', () => {
		expect(nextStepId(flow, 'areas', { areas: ['money', 'work'] })).toBe('money');
		expect(nextStepId(flow, 'areas', {})).toBe('review');
		expect(nextStepId(flow, 'close', { close: 'stop' })).toBe(END);
	});
	it('else the following step, else end', () => {
		expect(nextStepId(flow, 'areas', { areas: ['work'] })).toBe('other');
		expect(nextStepId(flow, 'mood', { mood: 9 })).toBe('support');
		expect(nextStepId(flow, 'more', {})).toBe(END);
		expect(nextStepId(flow, 'no-such-step', {})).toBe(END);
	});
});

describe('flow machine', () => {
	it('starts at the first step with empty context, or with answers given as input', () => {
		const actor = start(straightFlow());
		expect(at(actor)).toBe('intro');
		expect(context(actor)).toEqual({ answers: {}, history: [], returnToReview: null });
		expect(canGoBack(actor.getSnapshot())).toBe(false);
		expect(context(start(straightFlow(), { wish: 'rest' })).answers).toEqual({ wish: 'rest' });
	});

	it('goes next and back, keeping answers', () => {
		const actor = start(straightFlow());
		send(actor, next, { type: 'answer.set', step: 'name', value: 'Budi' }, next);
		expect(at(actor)).toBe('wish');
		expect(canGoBack(actor.getSnapshot())).toBe(true);
		send(actor, { type: 'answer.set', step: 'wish', value: 'sleep' }, back);
		expect(at(actor)).toBe('name');
		expect(context(actor)).toMatchObject({ answers: { name: 'Budi', wish: 'sleep' }, history: ['intro'] });
		send(actor, back, back);
		expect(at(actor)).toBe('intro');
		expect(context(actor).history).toEqual([]);
	});

	it('does nothing on next from a required step without a filled answer', () => {
		const actor = start(straightFlow());
		send(actor, next);
		const blocked = actor.getSnapshot();
		send(actor, next);
		expect(actor.getSnapshot()).toBe(blocked);
		send(actor, { type: 'answer.set', step: 'name', value: '   ' }, next);
		expect(at(actor)).toBe('name');
		send(actor, { type: 'answer.set', step: 'name', value: 'Ani' }, next);
		expect(at(actor)).toBe('wish');
	});

	it('sets and clears answers only for known steps', () => {
		const actor = start(straightFlow());
		send(actor, { type: 'answer.set', step: 'wish', value: 'x' }, { type: 'answer.set', step: 'nope', value: 'y' });
		expect(context(actor).answers).toEqual({ wish: 'x' });
		send(actor, { type: 'answer.clear', step: 'wish' });
		expect(context(actor).answers).toEqual({});
	});

	it('follows branches, and keeps answers of steps a changed branch leaves out', () => {
		const actor = toReview();
		send(actor, back, back);
		expect(at(actor)).toBe('areas');
		send(actor, { type: 'answer.set', step: 'areas', value: ['work'] }, next);
		expect(at(actor)).toBe('other');
		expect(context(actor).answers.money).toBe('rent is late');
		send(actor, back, back);
		expect(at(actor)).toBe('mood');
		send(actor, { type: 'answer.set', step: 'mood', value: 9 }, next);
		expect(at(actor)).toBe('support');
		expect(context(actor).answers).toMatchObject({ name: 'Sari', mood: 9, areas: ['work'], money: 'rent is late' });
	});

	it('takes an always-true branch and ends on an "end" branch', () => {
		const actor = start(branchingFlow(), { name: 'x', mood: '1' });
		send(actor, next, next, { type: 'answer.set', step: 'mood', value: 1 }, next);
		send(actor, { type: 'answer.set', step: 'areas', value: ['home'] }, next, next);
		expect(at(actor)).toBe('review');
		send(actor, next, { type: 'answer.set', step: 'close', value: 'stop' }, next);
		expect(at(actor)).toBe('done');
		expect(actor.getSnapshot().status).toBe('done');
	});

	it('jumps from a review step to an earlier step and returns there on next', () => {
		const actor = toReview();
		send(actor, { type: 'step.goto', step: 'name' });
		expect(at(actor)).toBe('name');
		expect(context(actor).returnToReview).toBe('review');
		send(actor, { type: 'answer.set', step: 'name', value: 'Sari W.' }, next);
		expect(at(actor)).toBe('review');
		expect(context(actor)).toMatchObject({
			returnToReview: null,
			history: ['intro', 'name', 'mood', 'areas', 'money'],
			answers: { name: 'Sari W.' }
		});
	});

	it('sorts a problem added from the review before going back to it', () => {
		const actor = start(sortingFlow());
		send(actor, { type: 'answer.set', step: 'list', value: [{ id: 'a', text: 'rent' }] }, next);
		send(actor, { type: 'answer.set', step: 'sort', value: { a: 'can' } }, next);
		expect(at(actor)).toBe('review');
		// Editing words only: straight back to the review.
		send(actor, { type: 'step.goto', step: 'list' }, { type: 'answer.set', step: 'list', value: [{ id: 'a', text: 'the rent' }] }, next);
		expect(at(actor)).toBe('review');
		// A new problem: the sort step first, then the review again.
		send(actor, { type: 'step.goto', step: 'list' });
		send(actor, { type: 'answer.set', step: 'list', value: [{ id: 'a', text: 'the rent' }, { id: 'b', text: 'school fees' }] }, next);
		expect(at(actor)).toBe('sort');
		send(actor, { type: 'answer.set', step: 'sort', value: { a: 'can', b: 'cannot' } }, next);
		expect(at(actor)).toBe('review');
		expect(context(actor).returnToReview).toBeNull();
	});

	it('returns to the review step on back after a jump, too', () => {
		const actor = toReview();
		send(actor, { type: 'step.goto', step: 'mood' }, back);
		expect(at(actor)).toBe('review');
		expect(context(actor)).toMatchObject({ returnToReview: null, history: ['intro', 'name', 'mood', 'areas', 'money'] });
	});

	it('lets a review step reach any step answered before, even off the current path', () => {
		const actor = toReview();
		send(actor, { type: 'step.goto', step: 'money' }, back, back, back);
		expect(at(actor)).toBe('areas');
		send(actor, { type: 'answer.set', step: 'areas', value: ['home'] }, next, { type: 'answer.set', step: 'other', value: 'noise' }, next);
		expect(at(actor)).toBe('review');
		expect(context(actor).history).not.toContain('money');
		send(actor, { type: 'step.goto', step: 'money' });
		expect(at(actor)).toBe('money');
		send(actor, next);
		expect(at(actor)).toBe('review');
	});

	it('allows goto elsewhere only to a step already in history', () => {
		const actor = toReview();
		send(actor, back, { type: 'step.goto', step: 'more' });
		expect(at(actor)).toBe('money');
		send(actor, { type: 'step.goto', step: 'review' }, { type: 'step.goto', step: 'money' }, { type: 'step.goto', step: 'x' });
		expect(at(actor)).toBe('money');
		send(actor, { type: 'step.goto', step: 'name' });
		expect(at(actor)).toBe('name');
		expect(context(actor)).toMatchObject({ history: ['intro'], returnToReview: null });
	});

	it('from a review step does not jump to a step never answered or visited', () => {
		const actor = toReview();
		send(actor, { type: 'step.goto', step: 'extra' }, { type: 'step.goto', step: 'support' }, { type: 'step.goto', step: 'review' });
		expect(at(actor)).toBe('review');
	});

	it('finishes from anywhere on flow.finish, with the answers as output', () => {
		const actor = start(straightFlow());
		send(actor, next, { type: 'answer.set', step: 'name', value: 'Rina' }, { type: 'flow.finish' });
		const snapshot = actor.getSnapshot();
		expect(currentStepId(snapshot)).toBe('done');
		expect(snapshot.status).toBe('done');
		expect(snapshot.output).toEqual({ answers: { name: 'Rina' } });
		expect(canGoBack(snapshot)).toBe(false);
	});
});

describe('progressOf', () => {
	it('counts the steps taken and those ahead on the path given the answers', () => {
		const flow = branchingFlow();
		const actor = start(flow);
		// intro, name, mood, support, areas, review, close, more
		expect(progressOf(flow, actor.getSnapshot())).toEqual({ position: 1, total: 8 });
		send(actor, next, { type: 'answer.set', step: 'name', value: 'a' }, next, { type: 'answer.set', step: 'mood', value: 2 });
		// intro, name, [mood], areas, review, close, more
		expect(progressOf(flow, actor.getSnapshot())).toEqual({ position: 3, total: 7 });
		send(actor, { type: 'answer.set', step: 'close', value: 'stop' });
		expect(progressOf(flow, actor.getSnapshot())).toEqual({ position: 3, total: 6 });
	});

	it('while editing from review counts the way back to review and on', () => {
		const flow = branchingFlow();
		const actor = toReview();
		expect(progressOf(flow, actor.getSnapshot())).toEqual({ position: 6, total: 8 });
		send(actor, { type: 'step.goto', step: 'name' });
		// The edited step, then review again, close and more.
		expect(progressOf(flow, actor.getSnapshot())).toEqual({ position: 7, total: 10 });
	});

	it('is complete when done', () => {
		const actor = start(straightFlow());
		send(actor, { type: 'flow.finish' });
		expect(progressOf(straightFlow(), actor.getSnapshot())).toEqual({ position: 2, total: 2 });
	});
});

describe('stepById', () => {
	it('finds a step or gives undefined', () => {
		expect(stepById(straightFlow(), 'name')?.kind).toBe('text');
		expect(stepById(straightFlow(), 'zzz')).toBeUndefined();
	});
});
