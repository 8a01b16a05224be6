import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { branchingFlow, comparingFlow, everyKindFlow, straightFlow } from './fixtures';
import { walkAllPaths } from './walk';

describe('walkAllPaths', () => {
	it('walks a straight flow along its one path', () => {
		const result = walkAllPaths(straightFlow());
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual(['intro > name > wish']);
		expect([...result.visitedSteps]).toEqual(['intro', 'name', 'wish']);
	});

	it('walks every branch of a branching flow to done', () => {
		const flow = branchingFlow();
		const result = walkAllPaths(flow);
		expect(result.failures).toEqual([]);
		expect(result.visitedSteps).toEqual(new Set(flow.steps.map((step) => step.id)));
		// support shown or not x (other | money, extra | money | nothing) x close "stop" or not
		const routes = ['support > ', ''].flatMap((support) =>
			['areas > other > ', 'areas > money > extra > ', 'areas > money > ', 'areas > '].flatMap((areas) =>
				['review > close', 'review > close > more'].map((end) => `intro > name > mood > ${support}${areas}${end}`)
			)
		);
		expect(result.routes).toEqual(routes.sort());
	});

	it('walks a flow with every kind of step, branching on a list count', () => {
		const flow = everyKindFlow();
		const result = walkAllPaths(flow);
		expect(result.failures).toEqual([]);
		expect(result.visitedSteps).toEqual(new Set(flow.steps.map((step) => step.id)));
		expect(result.routes).toEqual([
			'feelings > list > sort > pick > plan > breathing > reflection > next',
			'feelings > list > sort > plan > breathing > reflection > next'
		]);
	});

	it('walks both ways of a comparison of two answers', () => {
		const result = walkAllPaths(comparingFlow());
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual(['before > why > after > better', 'before > why > after > worse']);
	});

	it('reports a loop that an answer can keep going for ever', () => {
		const flow: FlowDefinition = structuredClone(straightFlow());
		flow.steps.push({
			kind: 'choice',
			id: 'again',
			multiple: false,
			prompt: 'k',
			options: [
				{ id: 'yes', label: 'k' },
				{ id: 'no', label: 'k' }
			],
			next: [{ when: { answer: 'again', equals: 'yes' }, to: 'name' }]
		});
		const result = walkAllPaths(flow);
		expect(result.failures.some((failure) => failure.startsWith('loop: intro > name > wish > again > name'))).toBe(true);
	});

	it('reports a step that can never be passed', () => {
		const flow = structuredClone(straightFlow());
		flow.steps[0]!.required = true;
		expect(walkAllPaths(flow).failures).toEqual(['done cannot be reached from intro']);
	});
});
