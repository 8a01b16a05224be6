import { describe, expect, it } from 'vitest';
import type { FlowDefinition, StepDefinition } from '$lib/flows/flow-types';
import { assertValidFlow, validateFlow, type FlowProblem, type Language } from '$lib/flows/flow-validate';
import { allTexts, branchingFlow, comparingFlow, everyKindFlow, straightFlow, textsExcept } from './fixtures';

function problemsOf(
	definition: FlowDefinition,
	hasText: (key: string, language: Language) => boolean = allTexts
): Pick<FlowProblem, 'kind' | 'stepId'>[] {
	return validateFlow(definition, hasText).map(({ kind, stepId }) => ({ kind, stepId }));
}

/** A copy of a fixture with one step changed. */
function withStep(definition: FlowDefinition, id: string, change: (step: StepDefinition) => void): FlowDefinition {
	const copy = structuredClone(definition);
	const step = copy.steps.find((candidate) => candidate.id === id);
	if (!step) throw new Error(`no step ${id}`);
	change(step);
	return copy;
}

describe('validateFlow', () => {
	it('finds nothing wrong in valid flows', () => {
		expect(problemsOf(straightFlow())).toEqual([]);
		expect(problemsOf(branchingFlow())).toEqual([]);
		expect(problemsOf(everyKindFlow())).toEqual([]);
		expect(problemsOf(comparingFlow())).toEqual([]);
	});

	it('no-steps: a flow without steps', () => {
		expect(problemsOf({ ...straightFlow(), steps: [] })).toEqual([{ kind: 'no-steps', stepId: null }]);
	});

	it('duplicate-step-id', () => {
		const flow = straightFlow();
		flow.steps.push({ kind: 'text', id: 'name', prompt: 'flow-straight:name' });
		expect(problemsOf(flow)).toEqual([{ kind: 'duplicate-step-id', stepId: 'name' }]);
	});

	it('bad-step-id: reserved, with odd characters, or missing', () => {
		const flow = straightFlow();
		flow.steps.push(
			{ kind: 'info', id: 'done', prompt: 'k' },
			{ kind: 'info', id: 'a.b', prompt: 'k' },
			{ kind: 'info', prompt: 'k' } as unknown as StepDefinition
		);
		expect(problemsOf(flow)).toEqual([
			{ kind: 'bad-step-id', stepId: 'done' },
			{ kind: 'bad-step-id', stepId: 'a.b' },
			{ kind: 'bad-step-id', stepId: null }
		]);
	});

	it('unknown-step-kind', () => {
		const flow = withStep(straightFlow(), 'wish', (step) => ((step as { kind: string }).kind = 'poem'));
		expect(problemsOf(flow)).toEqual([{ kind: 'unknown-step-kind', stepId: 'wish' }]);
	});

	it('missing-text: every text key, in either language', () => {
		const flow = everyKindFlow();
		const missing = textsExcept({
			'flow-kinds:title': ['en'],
			'flow-kinds:item': ['id'],
			'flow-kinds:cannot': ['id', 'en'],
			'feelings:calm': ['en'],
			'flow-kinds:next.calm': ['id']
		});
		const problems = validateFlow(flow, missing);
		expect(problems.map(({ kind, stepId }) => ({ kind, stepId }))).toEqual([
			{ kind: 'missing-text', stepId: null },
			{ kind: 'missing-text', stepId: 'feelings' },
			{ kind: 'missing-text', stepId: 'list' },
			{ kind: 'missing-text', stepId: 'sort' },
			{ kind: 'missing-text', stepId: 'next' }
		]);
		expect(problems[3]!.message).toBe('group "cannot" text "flow-kinds:cannot" is missing in id and en');
	});

	it('missing-text: prompt, help, placeholder, body, options, scale labels', () => {
		const keys = [
			'flow-branching:description',
			'flow-branching:intro',
			'flow-branching:mood.min',
			'flow-branching:mood.max',
			'flow-branching:areas.money',
			'flow-straight:intro.body',
			'flow-straight:wish.placeholder'
		];
		const missing = textsExcept(Object.fromEntries(keys.map((key) => [key, ['id' as const]])));
		expect(problemsOf(branchingFlow(), missing)).toEqual([
			{ kind: 'missing-text', stepId: null },
			{ kind: 'missing-text', stepId: 'intro' },
			{ kind: 'missing-text', stepId: 'mood' },
			{ kind: 'missing-text', stepId: 'mood' },
			{ kind: 'missing-text', stepId: 'areas' }
		]);
		expect(problemsOf(straightFlow(), missing)).toEqual([
			{ kind: 'missing-text', stepId: 'intro' },
			{ kind: 'missing-text', stepId: 'wish' }
		]);
		const noHelpKey = withStep(straightFlow(), 'wish', (step) => (step.help = ''));
		expect(problemsOf(noHelpKey)).toEqual([{ kind: 'missing-text', stepId: 'wish' }]);
	});

	it('unknown-branch-target', () => {
		const flow = withStep(straightFlow(), 'name', (step) => (step.next = [{ when: { all: [] }, to: 'nowhere' }]));
		expect(problemsOf(flow)).toContainEqual({ kind: 'unknown-branch-target', stepId: 'name' });
	});

	it('condition-unknown-step', () => {
		const flow = withStep(straightFlow(), 'name', (step) => (step.next = [{ when: { answer: 'age', filled: true }, to: 'end' }]));
		expect(problemsOf(flow)).toEqual([{ kind: 'condition-unknown-step', stepId: 'name' }]);
	});

	it('condition-unknown-step: either side of a comparison', () => {
		const flow = withStep(comparingFlow(), 'after', (step) => (step.next = [{ when: { answer: 'after', greaterThan: { answer: 'middle' } }, to: 'worse' }]));
		expect(problemsOf(flow)).toEqual([{ kind: 'condition-unknown-step', stepId: 'after' }]);
		const unknownSide = withStep(comparingFlow(), 'after', (step) => (step.next = [{ when: { answer: 'middle', greaterThan: { answer: 'before' } }, to: 'worse' }]));
		expect(problemsOf(unknownSide)).toEqual([{ kind: 'condition-unknown-step', stepId: 'after' }]);
	});

	it('condition-later-step: a condition cannot read an answer not given yet', () => {
		const flow = withStep(straightFlow(), 'name', (step) => (step.next = [{ when: { not: { answer: 'wish', filled: true } }, to: 'end' }]));
		expect(problemsOf(flow)).toEqual([{ kind: 'condition-later-step', stepId: 'name' }]);
		const comparing = withStep(comparingFlow(), 'before', (step) => (step.next = [{ when: { answer: 'before', greaterThan: { answer: 'after' } }, to: 'worse' }]));
		expect(problemsOf(comparing)).toEqual([{ kind: 'condition-later-step', stepId: 'before' }]);
	});

	it('bad-condition: malformed, or not fitting the step it reads', () => {
		const cases: [string, unknown][] = [
			['malformed', { answer: 'mood' }],
			['two tests', { answer: 'mood', atLeast: 2, atMost: 4 }],
			['includes on a scale', { answer: 'mood', includes: 'x' }],
			['unknown option', { answer: 'areas', includes: 'school' }],
			['equals on a multiple choice', { answer: 'areas', equals: 'work' }],
			['count of a text', { answer: 'name', atLeast: 3 }],
			['reads an info step', { answer: 'intro', filled: true }],
			['all without a list', { all: { answer: 'mood', filled: true } }],
			['greaterThan a number', { answer: 'mood', greaterThan: 5 }],
			['greaterThan without a step', { answer: 'mood', greaterThan: {} }],
			['greaterThan and atLeast', { answer: 'mood', atLeast: 2, greaterThan: { answer: 'mood' } }]
		];
		for (const [name, condition] of cases) {
			const flow = withStep(branchingFlow(), 'areas', (step) => step.next!.unshift({ when: condition as never, to: 'review' }));
			expect(problemsOf(flow), name).toEqual([{ kind: 'bad-condition', stepId: 'areas' }]);
		}
	});

	it('bad-condition: greaterThan compares two different scales of the same numbers', () => {
		const messagesFor = (flow: FlowDefinition, when: unknown): string[] => {
			const changed = withStep(flow, 'after', (step) => (step.next = [{ when: when as never, to: 'worse' }]));
			return validateFlow(changed, allTexts).map(({ kind, stepId, message }) => `${kind} ${stepId}: ${message}`);
		};
		const flow = comparingFlow();
		expect(messagesFor(flow, { answer: 'after', greaterThan: { answer: 'why' } })).toEqual([
			'bad-condition after: a condition on "after" compares it with "why", but "greaterThan" only compares two scale steps'
		]);
		expect(messagesFor(flow, { answer: 'why', greaterThan: { answer: 'before' } })).toEqual([
			'bad-condition after: a condition on "why" compares it with "before", but "greaterThan" only compares two scale steps'
		]);
		expect(messagesFor(flow, { answer: 'after', greaterThan: { answer: 'after' } })).toEqual([
			'bad-condition after: a condition on "after" compares it with itself'
		]);
		const shorter = withStep(flow, 'before', (step) => {
			if (step.kind === 'scale') step.max = 5;
		});
		expect(messagesFor(shorter, { answer: 'after', greaterThan: { answer: 'before' } })).toEqual([
			'bad-condition after: a condition on "after" compares it with "before", a scale of other numbers (0 to 5)'
		]);
	});

	it('bad-source: an info step can only recap earlier steps', () => {
		const flow = straightFlow();
		const first = flow.steps[0]!;
		const last = flow.steps[flow.steps.length - 1]!;
		flow.steps.push({ kind: 'info', id: 'recap', prompt: 'flow-straight:name', recap: [first.id] });
		expect(problemsOf(flow)).toEqual([]);
		flow.steps.unshift({ kind: 'info', id: 'too-early', prompt: 'flow-straight:name', recap: [last.id] });
		expect(problemsOf(flow)).toContainEqual({ kind: 'bad-source', stepId: 'too-early' });
	});

	it('bad-source: sort and pick need an earlier list step', () => {
		const notList = withStep(everyKindFlow(), 'sort', (step) => ((step as { source: string }).source = 'feelings'));
		expect(problemsOf(notList)).toContainEqual({ kind: 'bad-source', stepId: 'sort' });
		const later = structuredClone(everyKindFlow());
		later.steps.splice(1, 1);
		later.steps.push({ kind: 'list', id: 'list', prompt: 'flow-kinds:list', itemLabel: 'flow-kinds:item', addLabel: 'flow-kinds:add' });
		const problems = problemsOf(later);
		expect(problems).toContainEqual({ kind: 'bad-source', stepId: 'sort' });
		expect(problems).toContainEqual({ kind: 'bad-source', stepId: 'pick' });
	});

	it('bad-filter: pick filter needs an earlier sort step of the same list and one of its groups', () => {
		const unknownSort = withStep(everyKindFlow(), 'pick', (step) => ((step as { filter: object }).filter = { sort: 'list', group: 'can' }));
		expect(problemsOf(unknownSort)).toEqual([{ kind: 'bad-filter', stepId: 'pick' }]);
		const unknownGroup = withStep(everyKindFlow(), 'pick', (step) => ((step as { filter: object }).filter = { sort: 'sort', group: 'maybe' }));
		expect(problemsOf(unknownGroup)).toEqual([{ kind: 'bad-filter', stepId: 'pick' }]);
	});

	it('duplicate-option-id and no-options', () => {
		const duplicate = withStep(branchingFlow(), 'close', (step) => {
			if (step.kind === 'choice') step.options.push({ id: 'stop', label: 'flow-branching:close.stop' });
		});
		expect(problemsOf(duplicate)).toEqual([{ kind: 'duplicate-option-id', stepId: 'close' }]);
		const empty = withStep(everyKindFlow(), 'sort', (step) => {
			if (step.kind === 'sort') step.groups = [];
		});
		expect(problemsOf(empty)).toEqual([
			{ kind: 'no-options', stepId: 'sort' },
			{ kind: 'bad-filter', stepId: 'pick' }
		]);
	});

	it('bad-scale: min must be below max', () => {
		const flow = withStep(branchingFlow(), 'mood', (step) => {
			if (step.kind === 'scale') step.min = 10;
		});
		expect(problemsOf(flow)).toEqual([{ kind: 'bad-scale', stepId: 'mood' }]);
	});

	it('bad-lengths: breathing needs positive lengths', () => {
		const flow = withStep(everyKindFlow(), 'breathing', (step) => {
			if (step.kind === 'breathing') step.lengths = [0];
		});
		expect(problemsOf(flow)).toEqual([{ kind: 'bad-lengths', stepId: 'breathing' }]);
	});

	it('required-without-answer: an info step cannot be required', () => {
		const flow = withStep(straightFlow(), 'intro', (step) => (step.required = true));
		expect(problemsOf(flow)).toEqual([{ kind: 'required-without-answer', stepId: 'intro' }]);
	});

	it('unreachable-step: a step every way skips', () => {
		const flow = withStep(straightFlow(), 'intro', (step) => (step.next = [{ when: { all: [] }, to: 'wish' }]));
		expect(problemsOf(flow)).toEqual([{ kind: 'unreachable-step', stepId: 'name' }]);
	});

	it('cannot-finish: a loop with no way out', () => {
		const flow = withStep(straightFlow(), 'wish', (step) => (step.next = [{ when: { not: { any: [] } }, to: 'name' }]));
		expect(problemsOf(flow)).toEqual([
			{ kind: 'cannot-finish', stepId: 'intro' },
			{ kind: 'cannot-finish', stepId: 'name' },
			{ kind: 'cannot-finish', stepId: 'wish' }
		]);
	});

	it('does not throw on garbage', () => {
		expect(() => validateFlow({} as FlowDefinition, allTexts)).not.toThrow();
		const garbage = { ...straightFlow(), steps: [null, 3, { id: 'x', kind: 'choice', prompt: 'p', next: 'y' }] };
		expect(() => validateFlow(garbage as unknown as FlowDefinition, allTexts)).not.toThrow();
	});
});

describe('assertValidFlow', () => {
	it('passes a valid flow', () => {
		expect(() => assertValidFlow(branchingFlow(), allTexts)).not.toThrow();
	});

	it('throws one error listing every problem with flow and step', () => {
		const flow = withStep(branchingFlow(), 'mood', (step) => {
			if (step.kind === 'scale') step.max = -1;
			step.next = [{ when: { answer: 'close', equals: 'stop' }, to: 'nope' }];
		});
		expect(() => assertValidFlow(flow, allTexts)).toThrowError(
			[
				'Flow "branching" has 3 problem(s):',
				'  - flow "branching", step "mood": the scale goes from 0 to -1; min must be below max [bad-scale]',
				'  - flow "branching", step "mood": a branch goes to "nope", which is neither a step nor "end" [unknown-branch-target]',
				'  - flow "branching", step "mood": a condition reads "close", which comes after this step [condition-later-step]'
			].join('\n')
		);
	});
});
