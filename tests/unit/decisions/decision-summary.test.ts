import { describe, expect, it } from 'vitest';
import { chartOptionsOf, decisionOf, weighStepOf } from '$lib/decisions/decision-summary';
import { decideFlow } from '../flows/shipped';
import type { Answers } from '$lib/flows/flow-types';
import { freeTextOf, summarizeRun } from '$lib/flows/run-summary';
import { loadStepSummaries } from '$lib/steps/summaries';

// The decision steps keep their summaries in their folders' summary.ts, loaded when drawn.
await loadStepSummaries();

const stepOf = (id: string) => decideFlow.steps.find((step) => step.id === id)!;

const t = (key: string, options?: Record<string, unknown>) => {
	if (!options) return key;
	const shown = Object.fromEntries(Object.entries(options).map(([name, value]) => [name, value instanceof Date ? value.toISOString().slice(0, 10) : value]));
	return `${key}${JSON.stringify(shown)}`;
};

const answers: Answers = {
	decision: 'Pindah ke rumah ibu?',
	options: [
		{ id: 'move', text: 'Pindah' },
		{ id: 'stay', text: 'Tetap di kontrakan' },
		{ id: 'wait', text: '', waiting: true }
	],
	points: [
		{ id: 'p1', text: 'Dekat keluarga', side: 'good', importance: 5, options: ['move'] },
		{ id: 'p2', text: 'Biaya pindahan', side: 'hard', importance: 2, options: ['move', 'stay'] }
	],
	reality: { move: { needs: { money: 'cannot' }, control: 'Kapan pindah', affects: 'Anak-anak', safe: 'unsure' } },
	people: [{ id: 'h', who: 'Suami', prefers: 'stay', presses: 'yes' }],
	readiness: { sure: 'yes', know: 'no' },
	weigh: 'move',
	actions: [{ id: 'n', kind: 'talk', what: 'Bicara dengan kakak', date: '2030-05-01', who: 'Kakak' }]
};

describe('a decision in the run summary', () => {
	const items = summarizeRun(decideFlow, answers, t);
	const lines = (stepId: string) => items.find((item) => item.stepId === stepId)?.lines ?? [];

	it('lists the options, waiting in the app’s words', () => {
		expect(lines('options')).toEqual(['Pindah', 'Tetap di kontrakan', 'decision:options.wait']);
	});

	it('lists each point once with the options it applies to and how much it matters', () => {
		expect(lines('points')).toHaveLength(2);
		expect(lines('points')[1]).toContain('"options":["Pindah","Tetap di kontrakan"]');
		expect(lines('points')[1]).toContain('decision:importance.2');
	});

	it('gives the weights and marks of every option, and the option leaned to', () => {
		const weigh = lines('weigh');
		expect(weigh).toHaveLength(4);
		expect(weigh[0]).toContain('"weight":"+3"');
		expect(weigh[0]).toContain('decision:marks.short.unsureSafe');
		expect(weigh[0]).toContain('decision:marks.short.cannot');
		expect(weigh[1]).toContain('"weight":"\u22122"');
		expect(weigh[3]).toBe('decision:weigh.summaryLean{"option":"Pindah"}');
	});

	it('sums up the reality check, the people, readiness and the small steps with their dates', () => {
		expect(lines('reality')).toHaveLength(1);
		expect(lines('reality')[0]).toMatch(/^Pindah: /);
		expect(lines('people')[0]).toContain('Suami');
		expect(lines('people')[0]).toContain('decision:people.pressure.yes');
		expect(lines('readiness')).toHaveLength(2);
		expect(lines('actions')[0]).toContain('Bicara dengan kakak');
		expect(lines('actions')[0]).toContain('"date":"2030-05-01"');
	});

	it('still sums up the weights before the person leans to an option', () => {
		const { weigh: _lean, ...earlier } = answers;
		expect(summarizeRun(decideFlow, earlier, t).find((item) => item.stepId === 'weigh')?.lines).toHaveLength(3);
	});
});

describe('the decision of a run', () => {
	it('gives the chart each option with its sums, weight and short marks', () => {
		const decision = decisionOf(weighStepOf(decideFlow)!, answers);
		expect(decision.lean).toBe('move');
		expect(chartOptionsOf(decision, t)).toEqual([
			{ id: 'move', label: 'Pindah', good: 5, hard: 2, weight: 3, marks: ['decision:marks.short.unsureSafe', expect.stringContaining('cannot')] },
			{ id: 'stay', label: 'Tetap di kontrakan', good: 0, hard: 2, weight: -2, marks: [] },
			{ id: 'wait', label: 'decision:options.wait', good: 0, hard: 0, weight: 0, marks: [] }
		]);
	});

	it('hands every word the person typed to the crisis detector', () => {
		expect(freeTextOf(stepOf('points'), answers.points)).toContain('Biaya pindahan');
		expect(freeTextOf(stepOf('reality'), answers.reality)).toContain('Anak-anak');
		expect(freeTextOf(stepOf('people'), answers.people)).toContain('Suami');
		expect(freeTextOf(stepOf('actions'), answers.actions)).toContain('Bicara dengan kakak');
	});
});
