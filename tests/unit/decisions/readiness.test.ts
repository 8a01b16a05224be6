import { describe, expect, it } from 'vitest';
import { decisionNeeds, isReady, readinessNos, suggestedActions } from '$lib/decisions/readiness';
import { weighOptions } from '$lib/decisions/weigh';
import { UNDECIDED, type ReadinessQuestion, type RealityAnswer } from '$lib/flows/flow-types';

const questions: ReadinessQuestion[] = [
	{ id: 'sure', label: 'k', statement: 'k', need: 'need.sure', helps: ['time', 'talk'] },
	{ id: 'know', label: 'k', statement: 'k', need: 'need.know', helps: ['learn'] },
	{ id: 'values', label: 'k', statement: 'k', need: 'need.values', helps: ['time'] },
	{ id: 'support', label: 'k', statement: 'k', need: 'need.support', helps: ['talk', 'resource'] }
];
const reality: RealityAnswer = {
	a: { needs: { money: 'cannot' }, control: '', affects: '' },
	b: { needs: {}, control: '', affects: '', safe: 'no' }
};
const weighing = weighOptions([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [], reality);

describe('the readiness check', () => {
	it('is ready only when every question is answered yes', () => {
		expect(isReady(questions, {})).toBe(false);
		expect(isReady(questions, { sure: 'yes', know: 'yes', values: 'yes' })).toBe(false);
		expect(isReady(questions, { sure: 'yes', know: 'yes', values: 'yes', support: 'yes' })).toBe(true);
		expect(isReady(questions, { sure: 'yes', know: 'no', values: 'yes', support: 'yes' })).toBe(false);
	});

	it('names a need for each "no", in the order asked', () => {
		expect(readinessNos(questions, { support: 'no', sure: 'no', know: 'yes' }).map((q) => q.id)).toEqual(['sure', 'support']);
	});
});

describe('decisionNeeds', () => {
	it('draws needs from the readiness check and, while no option is leaned to, from every marked option', () => {
		const needs = decisionNeeds({ questions, readiness: { know: 'no' }, weighing });
		expect(needs.map((need) => need.from)).toEqual(['readiness', 'cannot', 'safety']);
		expect(needs[1]).toMatchObject({ optionId: 'a', needs: ['money'], helps: ['resource'] });
		expect(needs[2]).toMatchObject({ optionId: 'b', unsure: false });
		expect(decisionNeeds({ questions, readiness: {}, weighing, lean: UNDECIDED })).toHaveLength(2);
	});

	it('looks only at the option leaned to', () => {
		expect(decisionNeeds({ questions, readiness: {}, weighing, lean: 'a' }).map((need) => need.from)).toEqual(['cannot']);
		expect(decisionNeeds({ questions, readiness: {}, weighing, lean: 'c' })).toEqual([]);
	});

	it('suggests each kind of next step once, find help first', () => {
		const needs = decisionNeeds({ questions, readiness: { sure: 'no', know: 'no' }, weighing, lean: 'a' });
		expect(suggestedActions(needs)).toEqual(['resource', 'talk', 'learn', 'time']);
		expect(suggestedActions(decisionNeeds({ questions, readiness: { values: 'no' }, weighing, lean: 'c' }))).toEqual(['time']);
		expect(suggestedActions([])).toEqual([]);
	});
});
