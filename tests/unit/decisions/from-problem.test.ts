import { describe, expect, it } from 'vitest';
import { chosenItemSteps, chosenProblemText, decisionSeedFromProblem } from '$lib/decisions/from-problem';
import { decideFlow, problemsFlow } from '../flows/shipped';

// The steps "Weigh my options" names in its definition (carryIn) for a run of "My problems".
const steps = chosenItemSteps(decideFlow.carryIn![0]!, problemsFlow)!;

const list = [
	{ id: 'p1', text: 'Kontrakan belum dibayar' },
	{ id: 'p2', text: 'Anak sakit' }
];

describe('a problem carried into a decision', () => {
	it('starts the decision with the chosen problem and how the person described it', () => {
		const answers = { list, pick: 'p1', specific: 'Pemilik minta dibayar hari Sabtu.' };
		expect(chosenProblemText(answers, steps)).toBe('Kontrakan belum dibayar\nPemilik minta dibayar hari Sabtu.');
		expect(decisionSeedFromProblem(answers, steps, 'decision')).toEqual({ decision: 'Kontrakan belum dibayar\nPemilik minta dibayar hari Sabtu.' });
	});

	it('reads the steps the decision flow names', () => {
		expect(decideFlow.carryIn).toEqual([{ from: 'problems', into: 'decision', pick: 'pick', details: 'specific', options: { source: 'ideas', into: 'options' } }]);
		expect(steps).toEqual({ pick: 'pick', list: 'list', details: 'specific', options: { source: 'ideas', into: 'options' } });
	});

	it('starts the options with the ideas written for the problem, each one an option the person can change', () => {
		let n = 0;
		const ideas = [
			{ id: 'i1', text: 'Minta keringanan ke pemilik' },
			{ id: 'i2', text: '   ' },
			{ id: 'i3', text: ' Pinjam ke kakak ' }
		];
		const seed = decisionSeedFromProblem({ list, pick: 'p1', ideas }, steps, 'decision', () => `o${++n}`);
		expect(seed).toEqual({
			decision: 'Kontrakan belum dibayar',
			options: [
				{ id: 'o1', text: 'Minta keringanan ke pemilik' },
				{ id: 'o2', text: 'Pinjam ke kakak' }
			]
		});
		expect(decisionSeedFromProblem({ list, pick: 'p1', ideas: [] }, steps, 'decision')).toEqual({ decision: 'Kontrakan belum dibayar' });
	});

	it('uses whichever of the two there is, and nothing when there is neither', () => {
		expect(chosenProblemText({ list, pick: 'p2' }, steps)).toBe('Anak sakit');
		expect(chosenProblemText({ list, specific: '  Anak sakit sejak Senin ' }, steps)).toBe('Anak sakit sejak Senin');
		expect(chosenProblemText({ list, pick: 'p2', specific: 'Anak sakit' }, steps)).toBe('Anak sakit');
		expect(decisionSeedFromProblem({ list, pick: 'gone' }, steps, 'decision')).toEqual({});
		expect(decisionSeedFromProblem({}, steps, 'decision')).toEqual({});
	});
});
