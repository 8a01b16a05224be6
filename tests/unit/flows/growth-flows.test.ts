import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import activitiesFile from '$lib/flows/definitions/activities.flow.json';
import strengthsFile from '$lib/flows/definitions/strengths.flow.json';
import { createFlowMachine, currentStepId } from '$lib/flows/flow-engine';
import { answersOfSavedRun, restoreFlowActorInput } from '$lib/flows/flow-restore';
import type { Answer, Answers, FlowDefinition, StepDefinition } from '$lib/flows/flow-types';
import { hasFreeText, summarizeRun } from '$lib/flows/run-summary';
import { kindOf } from '$lib/steps/registry';
import { strengthsOf } from '$lib/safety/strengths';
import { activitiesOf, type WeekAnswer } from '$lib/steps/week/answer';
import { walkAllPaths } from './walk';

const activities = activitiesFile as unknown as FlowDefinition;
const strengths = strengthsFile as unknown as FlowDefinition;
const t = (key: string) => `«${key}»`;

/** Answers a run step by step up to `until`, and returns it as the app stores it. */
function savedRun(definition: FlowDefinition, answers: Record<string, unknown>, until: string) {
	const actor = createActor(createFlowMachine(definition)).start();
	actor.send({ type: 'step.next' });
	while (currentStepId(actor.getSnapshot()) !== until) {
		const step = currentStepId(actor.getSnapshot());
		if (step in answers) actor.send({ type: 'answer.set', step, value: answers[step] as Answer });
		actor.send({ type: 'step.next' });
	}
	const stored = JSON.parse(JSON.stringify({ flowVersion: definition.version, snapshot: actor.getPersistedSnapshot() }));
	actor.stop();
	return stored as { flowVersion: number; snapshot: unknown };
}

describe('"Get going, keep doing"', () => {
	it('reaches the end on every path', () => {
		const result = walkAllPaths(activities);
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual(['intro > mood > pleasant > useful > own > week > close > next']);
	});

	it('plans the suggestions chosen and the person’s own activities on days, and says so in the summary', () => {
		const answers: Answers = {
			mood: 3,
			pleasant: ['walk', 'music'],
			useful: ['tidy'],
			own: [
				{ id: 'a1', text: 'Main bola' },
				{ id: 'a2', text: '  ' }
			]
		};
		// The week step lists what was chosen, in order; the days already set are kept, an unchosen one drops out.
		const earlier: WeekAnswer = [
			{ id: 'music', label: 'flow-activities:steps.pleasant.options.music', own: false, days: [2] },
			{ id: 'cook', label: 'flow-activities:steps.pleasant.options.cook', own: false, days: [1] }
		];
		const week = activitiesOf(activities.steps, ['pleasant', 'useful', 'own'], answers, earlier);
		expect(week.map((item) => [item.id, item.own, item.days])).toEqual([
			['walk', false, []],
			['music', false, [2]],
			['tidy', false, []],
			['a1', true, []]
		]);
		week[0]!.days = [0, 5];
		week[3]!.days = [6];
		const saved = savedRun(activities, { ...answers, week }, 'close');
		const back = answersOfSavedRun(activities, saved);
		expect(back.week).toEqual(week);
		const items = summarizeRun(activities, back, t);
		expect(items.find((item) => item.stepId === 'week')?.lines).toEqual([
			'«flow-activities:steps.pleasant.options.walk»: «steps:week.days.0», «steps:week.days.5»',
			'«flow-activities:steps.pleasant.options.music»: «steps:week.days.2»',
			'Main bola: «steps:week.days.6»'
		]);
	});

	it('resumes where the person was, with the plan as they left it', () => {
		const week: WeekAnswer = [{ id: 'walk', label: 'flow-activities:steps.pleasant.options.walk', own: false, days: [1, 3] }];
		const saved = savedRun(activities, { pleasant: ['walk'], week }, 'close');
		const restored = restoreFlowActorInput(activities, saved);
		expect(restored.kind).toBe('resume');
		if (restored.kind !== 'resume') return;
		const actor = createActor(createFlowMachine(activities), { snapshot: restored.snapshot }).start();
		expect(currentStepId(actor.getSnapshot())).toBe('close');
		expect(actor.getSnapshot().context.answers.week).toEqual(week);
	});

	it('keeps what it can of a damaged plan: bad days are dropped, broken items left out', () => {
		const step = activities.steps.find((s) => s.id === 'week') as StepDefinition;
		const kind = kindOf(step);
		expect(
			kind.salvage!(step, [
				{ id: 'walk', label: 'x', own: false, days: [6, 1, 1] },
				{ id: 'bad', days: [1] }
			])
		).toEqual([{ id: 'walk', label: 'x', own: false, days: [1, 6] }]);
	});

	it('reads the person’s own activities for the crisis detector', () => {
		const step = activities.steps.find((s) => s.id === 'week') as StepDefinition;
		expect(hasFreeText(step)).toBe(true);
		expect(hasFreeText(activities.steps.find((s) => s.id === 'own') as StepDefinition)).toBe(true);
	});
});

describe('"My strengths"', () => {
	it('reaches the end on every path', () => {
		const result = walkAllPaths(strengths);
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual(['intro > qualities > own > coped > helped > now > close > next']);
	});

	it('gives the strengths and the times the person coped back in the summary, and resumes', () => {
		const answers: Answers = {
			qualities: ['patient', 'listener'],
			own: [{ id: 'o1', text: 'Bisa menjahit' }],
			coped: 'Waktu ayah sakit',
			helped: 'Kakak menemani',
			now: 'Minta tolong kakak lagi'
		};
		const saved = savedRun(strengths, answers, 'close');
		const restored = restoreFlowActorInput(strengths, saved);
		expect(restored.kind).toBe('resume');
		const lines = Object.fromEntries(summarizeRun(strengths, answersOfSavedRun(strengths, saved), t).map((item) => [item.stepId, item.lines]));
		expect(lines).toEqual({
			qualities: ['«flow-strengths:steps.qualities.options.patient»', '«flow-strengths:steps.qualities.options.listener»'],
			own: ['Bisa menjahit'],
			coped: ['Waktu ayah sakit'],
			helped: ['Kakak menemani'],
			now: ['Minta tolong kakak lagi']
		});
		for (const id of ['own', 'coped', 'helped', 'now']) expect(hasFreeText(strengths.steps.find((s) => s.id === id)!), id).toBe(true);
	});

	it('shows the strengths back for the safety plan, chosen ones in words, then the person’s own', () => {
		const answers: Answers = { qualities: ['listener', 'patient'], own: [{ id: 'o1', text: ' Bisa menjahit ' }, { id: 'o2', text: '' }], helped: 'Kakak' };
		expect(strengthsOf(strengths, answers, t)).toEqual({
			strengths: ['«flow-strengths:steps.qualities.options.patient»', '«flow-strengths:steps.qualities.options.listener»', 'Bisa menjahit'],
			coped: '',
			helped: 'Kakak',
			now: ''
		});
		expect(strengthsOf(strengths, { own: [{ id: 'o', text: ' ' }] }, t)).toBeUndefined();
	});
});
