import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createFlowMachine } from '$lib/flows/flow-engine';
import { restoreFlowActorInput, salvageAnswer, salvageAnswers } from '$lib/flows/flow-restore';
import type { FlowDefinition, StepDefinition } from '$lib/flows/flow-types';
import { validateFlow } from '$lib/flows/flow-validate';
import { allTexts } from './fixtures';
import { walkAllPaths } from './walk';

/** A small flow with every decision step kind, referring to each other as "Weigh my options" does. */
function decisionFlow(): FlowDefinition {
	return {
		id: 'weighing',
		version: 1,
		namespace: 'flow-weighing',
		title: 'flow-weighing:title',
		description: 'flow-weighing:description',
		minutes: 5,
		afterward: [{ id: 'more', label: 'flow-weighing:more', href: '/flow/other?from={run}' }],
		steps: [
			{ kind: 'options', id: 'opts', prompt: 'k', itemLabel: 'k', addLabel: 'k' },
			{ kind: 'points', id: 'pts', source: 'opts', prompt: 'k' },
			{ kind: 'reality', id: 'real', source: 'opts', prompt: 'k' },
			{ kind: 'people', id: 'ppl', source: 'opts', prompt: 'k' },
			{
				kind: 'readiness',
				id: 'ready',
				prompt: 'k',
				questions: [
					{ id: 'sure', label: 'k', statement: 'k', need: 'k', helps: ['time'] },
					{ id: 'support', label: 'k', statement: 'k', need: 'k', helps: ['talk', 'resource'] }
				]
			},
			{ kind: 'weigh', id: 'weigh', source: 'opts', points: 'pts', reality: 'real', people: 'ppl', prompt: 'k' },
			{ kind: 'actions', id: 'next', source: 'opts', readiness: 'ready', reality: 'real', weigh: 'weigh', prompt: 'k' }
		]
	};
}

const kinds = (flow: FlowDefinition) => validateFlow(flow, allTexts).map((problem) => `${problem.stepId}: ${problem.kind}`);

function withStep(flow: FlowDefinition, id: string, change: (step: Record<string, unknown>) => void): FlowDefinition {
	const copy = structuredClone(flow);
	change(copy.steps.find((step) => step.id === id) as unknown as Record<string, unknown>);
	return copy;
}

describe('validating the decision steps', () => {
	it('accepts a flow with every decision step, and walks it to the end', () => {
		expect(kinds(decisionFlow())).toEqual([]);
		const walk = walkAllPaths(decisionFlow());
		expect(walk.failures).toEqual([]);
		expect(walk.visitedSteps.size).toBe(7);
	});

	it('bad-source: points, reality, people, weigh and actions need the right earlier steps', () => {
		// The weigh step then reads points about other options than its own, too.
		expect(kinds(withStep(decisionFlow(), 'pts', (step) => (step.source = 'ready')))).toEqual(['pts: bad-source', 'weigh: bad-source']);
		expect(kinds(withStep(decisionFlow(), 'real', (step) => (step.source = 'nope')))).toEqual([
			'real: bad-source',
			'weigh: bad-source',
			'next: bad-source'
		]);
		expect(kinds(withStep(decisionFlow(), 'weigh', (step) => (step.points = 'real')))).toEqual(['weigh: bad-source']);
		expect(kinds(withStep(decisionFlow(), 'weigh', (step) => delete step.reality))).toEqual([]);
		expect(kinds(withStep(decisionFlow(), 'next', (step) => (step.weigh = 'next')))).toEqual(['next: bad-source']);
		// A later step cannot be a source.
		const later = decisionFlow();
		later.steps.splice(0, 1);
		later.steps.push({ kind: 'options', id: 'opts', prompt: 'k', itemLabel: 'k', addLabel: 'k' });
		expect(kinds(later).filter((kind) => kind.endsWith('bad-source'))).toHaveLength(5);
		// Points of other options than the weigh step's.
		const twoLists = withStep(decisionFlow(), 'pts', (step) => (step.source = 'opts2'));
		twoLists.steps.splice(1, 0, { kind: 'options', id: 'opts2', prompt: 'k', itemLabel: 'k', addLabel: 'k' });
		expect(kinds(twoLists)).toEqual(['weigh: bad-source']);
	});

	it('checks the readiness questions: ids, texts and next steps', () => {
		expect(kinds(withStep(decisionFlow(), 'ready', (step) => (step.questions = [])))).toEqual(['ready: no-options']);
		const twice = withStep(decisionFlow(), 'ready', (step) => {
			(step.questions as { id: string }[])[1]!.id = 'sure';
		});
		expect(kinds(twice)).toEqual(['ready: duplicate-option-id']);
		const odd = withStep(decisionFlow(), 'ready', (step) => {
			(step.questions as { helps: string[] }[])[0]!.helps = ['pray'];
		});
		expect(kinds(odd)).toEqual(['ready: bad-need']);
		const missing = validateFlow(decisionFlow(), (key) => key !== 'k');
		expect(missing.filter((problem) => problem.stepId === 'ready').map((problem) => problem.message)).toContain(
			'question "sure" text "k" is missing in id and en'
		);
	});

	it('lets a branch read the option leaned to', () => {
		const branching = withStep(decisionFlow(), 'next', (step) => {
			step.next = [{ when: { answer: 'weigh', equals: 'undecided' }, to: 'end' }];
		});
		expect(kinds(branching)).toEqual([]);
		expect(walkAllPaths(branching).failures).toEqual([]);
		const odd = withStep(decisionFlow(), 'next', (step) => {
			step.next = [{ when: { answer: 'weigh', equals: 3 }, to: 'end' }];
		});
		expect(kinds(odd)).toEqual(['next: bad-condition']);
	});

	it('checks the links offered after a run', () => {
		const flow = decisionFlow();
		flow.afterward = [{ id: 'x', label: 'k', href: 'https://example.org' }];
		expect(kinds(flow)).toEqual(['null: bad-afterward']);
	});
});

describe('keeping decision answers', () => {
	const steps = Object.fromEntries(decisionFlow().steps.map((step) => [step.id, step])) as Record<string, StepDefinition>;

	it('keeps answers that fit as they are (the same value)', () => {
		const fitting = {
			opts: [{ id: 'a', text: 'A' }, { id: 'w', text: '', waiting: true }],
			pts: [{ id: 'p', text: 'P', side: 'hard', importance: 0, options: ['a', 'w'] }],
			real: { a: { needs: { money: 'cannot' }, control: '', affects: 'Anak', safe: 'no' } },
			ppl: [{ id: 'x', who: 'Ibu', prefers: 'a', presses: 'some' }],
			ready: { sure: 'no' },
			weigh: 'undecided',
			next: [{ id: 'n', kind: 'resource', what: '', date: '2030-01-02', who: '' }]
		};
		for (const [stepId, value] of Object.entries(fitting)) expect(salvageAnswer(steps[stepId]!, value), stepId).toBe(value);
	});

	it('repairs what it can and leaves out what it cannot, never dropping a word that fits', () => {
		expect(salvageAnswer(steps.opts!, [{ id: 'a', text: 'A', waiting: 'yes' }, { id: 'b' }])).toEqual([{ id: 'a', text: 'A' }]);
		expect(salvageAnswer(steps.pts!, [{ id: 'p', text: 'P', side: 'good', importance: 9, options: ['a', 3] }, { id: 'q', text: 'Q', side: 'up' }])).toEqual([
			{ id: 'p', text: 'P', side: 'good', importance: 5, options: ['a'] }
		]);
		expect(salvageAnswer(steps.real!, { a: { needs: { money: 'lots', time: 'have' }, safe: 'no' }, b: 'x' })).toEqual({
			a: { needs: { time: 'have' }, control: '', affects: '', safe: 'no' }
		});
		expect(salvageAnswer(steps.ppl!, [{ id: 'x', who: 'Ibu', presses: 'very' }])).toEqual([{ id: 'x', who: 'Ibu', prefers: '', presses: '' }]);
		expect(salvageAnswer(steps.ready!, { sure: 'no', other: 'yes', support: 'maybe' })).toEqual({ sure: 'no' });
		expect(salvageAnswer(steps.weigh!, 3)).toBeUndefined();
		expect(salvageAnswer(steps.next!, [{ id: 'n', kind: 'talk', what: 'Telepon' }, { id: 'm', kind: 'fly' }])).toEqual([
			{ id: 'n', kind: 'talk', what: 'Telepon', date: '', who: '' }
		]);
		expect(salvageAnswer(steps.real!, 'x')).toBeUndefined();
	});

	it('resumes a saved run of decision answers exactly, and restarts a damaged one with what fits', () => {
		const flow = decisionFlow();
		const actor = createActor(createFlowMachine(flow)).start();
		actor.send({ type: 'answer.set', step: 'opts', value: [{ id: 'a', text: 'A' }] });
		actor.send({ type: 'step.next' });
		actor.send({ type: 'answer.set', step: 'pts', value: [{ id: 'p', text: 'P', side: 'good', importance: 4, options: ['a'] }] });
		const saved = JSON.parse(JSON.stringify({ flowVersion: 1, snapshot: actor.getPersistedSnapshot() }));
		actor.stop();
		expect(restoreFlowActorInput(flow, saved).kind).toBe('resume');
		saved.snapshot.context.answers.pts[0].importance = 'lots';
		const restored = restoreFlowActorInput(flow, saved);
		expect(restored).toMatchObject({ kind: 'restart', reason: 'corrupt' });
		expect(salvageAnswers(flow, saved.snapshot.context.answers)).toEqual({
			opts: [{ id: 'a', text: 'A' }],
			pts: [{ id: 'p', text: 'P', side: 'good', importance: 3, options: ['a'] }]
		});
	});
});
