import { describe, expect, it } from 'vitest';
import { editPlanItem, planFromIdeas } from '$lib/flows/step-answers';
import { validateFlow } from '$lib/flows/flow-validate';
import problems from '$lib/flows/definitions/problems.flow.json';

describe('the thread in "My problems"', () => {
	it('turns the ideas kept into small steps the person can change', () => {
		let n = 0;
		const plan = planFromIdeas(
			[
				{ id: 'i1', text: ' Ask my neighbour ' },
				{ id: 'i2', text: '  ' },
				{ id: 'i3', text: 'Sell snacks' }
			],
			() => `p${++n}`
		);
		expect(plan).toEqual([
			{ id: 'p1', what: 'Ask my neighbour', when: '', who: '', needs: '' },
			{ id: 'p2', what: 'Sell snacks', when: '', who: '', needs: '' }
		]);
		const dated = editPlanItem(plan, 'p1', 'date', '2026-12-02');
		expect(dated[0]).toMatchObject({ what: 'Ask my neighbour', date: '2026-12-02' });
		expect('date' in editPlanItem(dated, 'p1', 'date', '')[0]!).toBe(false);
	});

	it('names its sources in the flow: the plan starts from the ideas marked "I\'ll use", the problem is recalled on later steps', () => {
		const plan = problems.steps.find((step) => step.id === 'plan') as { from?: unknown; recall?: string[] };
		expect(plan.from).toEqual({ source: 'ideas', filter: { sort: 'keep', group: 'keep' } });
		for (const id of ['specific', 'ideas', 'keep', 'plan', 'later']) {
			expect((problems.steps.find((step) => step.id === id) as { recall?: string[] }).recall).toContain('pick');
		}
	});

	it('refuses a recall of a step that comes later, and a plan fed from a step that is not a list', () => {
		const steps = structuredClone(problems.steps) as { id: string; recall?: string[]; from?: { source: string } }[];
		steps.find((step) => step.id === 'specific')!.recall = ['plan'];
		steps.find((step) => step.id === 'plan')!.from = { source: 'specific' };
		const problemsFound = validateFlow({ ...problems, steps } as never, () => true);
		const kinds = JSON.stringify(problemsFound);
		expect(kinds).toContain('recall \\"plan\\" is not an earlier step');
		expect(kinds).toContain('from.source \\"specific\\"');
	});
});
