import { describe, expect, it } from 'vitest';
import { chosenProblemText, decisionSeedFromProblem } from '$lib/decisions/from-problem';

const list = [
	{ id: 'p1', text: 'Kontrakan belum dibayar' },
	{ id: 'p2', text: 'Anak sakit' }
];

describe('a problem carried into a decision', () => {
	it('starts the decision with the chosen problem and how the person described it', () => {
		const answers = { list, pick: 'p1', specific: 'Pemilik minta dibayar hari Sabtu.' };
		expect(chosenProblemText(answers)).toBe('Kontrakan belum dibayar\nPemilik minta dibayar hari Sabtu.');
		expect(decisionSeedFromProblem(answers, 'decision')).toEqual({ decision: 'Kontrakan belum dibayar\nPemilik minta dibayar hari Sabtu.' });
	});

	it('uses whichever of the two there is, and nothing when there is neither', () => {
		expect(chosenProblemText({ list, pick: 'p2' })).toBe('Anak sakit');
		expect(chosenProblemText({ list, specific: '  Anak sakit sejak Senin ' })).toBe('Anak sakit sejak Senin');
		expect(chosenProblemText({ list, pick: 'p2', specific: 'Anak sakit' })).toBe('Anak sakit');
		expect(decisionSeedFromProblem({ list, pick: 'gone' }, 'decision')).toEqual({});
		expect(decisionSeedFromProblem({}, 'decision')).toEqual({});
	});
});
