import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFlowFile } from '$lib/flows/flow-file';
import { createFlowMachine, currentStepId } from '$lib/flows/flow-engine';
import { restoreFlowActorInput, startWithAnswers } from '$lib/flows/flow-restore';
import { DONE, type FlowDefinition } from '$lib/flows/flow-types';
import { summarizeRun } from '$lib/flows/run-summary';
import { registerStepKind, stepKind } from '$lib/steps/registry';
import stars from './fixtures/stars/kind';

/**
 * Done-when of issue 12: a new step kind in one folder (fixtures/stars, registered as a folder of
 * src/lib/steps would be) and a new exercise in one JSON file (fixtures/thanks.flow.json, texts
 * written in), both run through the engine that runs the shipped exercises.
 */
const raw = JSON.parse(readFileSync(new URL('./fixtures/thanks.flow.json', import.meta.url), 'utf8'));
const noKeys = () => false;

beforeAll(() => registerStepKind(stars));

function load(file: unknown = raw): FlowDefinition {
	const result = readFlowFile(file, noKeys);
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result.definition;
}

describe('a new step kind and a new exercise', () => {
	it('reads the file: texts written in become keys of its namespace, in both languages', () => {
		const definition = load();
		expect(definition.title).toBe('flow-thanks:inline-0');
		expect(definition.texts?.en['inline-0']).toBe('Three good things');
		expect(definition.texts?.id['inline-0']).toBe('Tiga hal baik');
		expect(definition.steps.map((step) => step.kind)).toEqual(['text', 'stars', 'info', 'info']);
	});

	it('runs through the engine, with the branch on the new kind’s answer', () => {
		const definition = load();
		const actor = createActor(createFlowMachine(definition)).start();
		actor.send({ type: 'answer.set', step: 'good', value: 'Makan bersama' });
		actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe('how-good');
		actor.send({ type: 'answer.set', step: 'how-good', value: 4 });
		actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe('great');
		actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe(DONE);

		const t = (key: string) => (key.startsWith('flow-thanks:') ? definition.texts!.en[key.slice('flow-thanks:'.length)]! : key);
		expect(summarizeRun(definition, actor.getSnapshot().context.answers, t)).toEqual([
			{ stepId: 'good', question: 'What is one good thing of today?', noteLabel: 'What is one good thing of today?', lines: ['Makan bersama'] },
			{ stepId: 'how-good', question: 'How good was it?', noteLabel: 'How good was it?', lines: ['★★★★☆'] }
		]);

		// A saved run continues; an answer that no longer fits is salvaged by the kind.
		const saved = { flowVersion: 1, snapshot: actor.getPersistedSnapshot() };
		expect(restoreFlowActorInput(definition, saved).kind).toBe('resume');
		// The shipped kinds' types do not know the new kind: its steps are typed by its own schema.
		const steps = definition.steps as unknown as { kind: string }[];
		const shorter = { ...definition, version: 2, steps: steps.map((step) => (step.kind === 'stars' ? { ...step, count: 3 } : step)) };
		const restarted = restoreFlowActorInput(shorter as unknown as FlowDefinition, saved);
		expect(restarted).toMatchObject({ kind: 'restart', answers: { good: 'Makan bersama', 'how-good': 3 } });
		expect(startWithAnswers(definition, { 'how-good': 'many' })).toEqual({ answers: {} });
	});

	it('says in plain words what is wrong with a file, and where', () => {
		const broken = structuredClone(raw);
		broken.steps[1].count = 40;
		broken.steps[0].prompt = { en: 'Only English' };
		broken.steps.push({ kind: 'next', id: 'away', prompt: 'flow-thanks:x', choices: [{ id: 'evil', label: 'flow-thanks:x', href: '//evil.example/' }] });
		const result = readFlowFile(broken, noKeys);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toEqual([
			'step 5 ("away"), choices, item 1, href: "//evil.example/" must be an address in this app, starting with one "/"'
		]);
		broken.steps.pop();
		const rules = readFlowFile(broken, noKeys);
		expect(!rules.ok && rules.problems).toEqual([
			'flow "thanks", step "good": prompt text "flow-thanks:inline-2" is missing in id [missing-text]',
			'flow "thanks", step "how-good": 40 stars are too many to tap on a phone [bad-definition]'
		]);
		const unknown = readFlowFile({ ...raw, steps: [{ kind: 'teleport', id: 'x', prompt: 'flow-thanks:x' }] }, noKeys);
		expect(!unknown.ok && unknown.problems).toEqual(['step 1 ("x"), kind: unknown step kind "teleport"']);
	});

	it('loads the new kind’s view only when asked', async () => {
		expect(stepKind('stars')).toBe(stars);
		const view = await stars.view();
		expect(typeof view.default).toBe('function');
	});
});
