import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDatabase, resetDatabase } from '$lib/db/database';
import { getStoredFlow, listStoredFlows } from '$lib/db/stored-flows.repo';
import { createFlowMachine, currentStepId } from '$lib/flows/flow-engine';
import { addStoredFlow, loadStoredFlow } from '$lib/runs/stored-flows';

/** An exercise from outside is stored as it came, checked again when loaded, and runs with the same engine. */
const file = JSON.parse(readFileSync(new URL('../steps/fixtures/thanks.flow.json', import.meta.url), 'utf8'));
// The stars kind of that file is the test's own; here the flow uses only shipped kinds.
const thanks = {
	...file,
	steps: file.steps.map((step: { kind: string }) =>
		step.kind === 'stars'
			? { kind: 'scale', id: 'how-good', min: 1, max: 5, prompt: { id: 'Seberapa baik?', en: 'How good?' }, minLabel: { id: 'Sedikit', en: 'A little' }, maxLabel: { id: 'Sangat', en: 'Very' }, next: [{ when: { answer: 'how-good', atLeast: 4 }, to: 'great' }] }
			: step
	)
};
const noKeys = () => false;

afterEach(async () => {
	await deleteDatabase();
	resetDatabase();
});

describe('exercises from outside', () => {
	it('are stored as they came, then loaded, checked and run', async () => {
		const added = await addStoredFlow(thanks, 'link', noKeys);
		expect(added.ok ? [] : added.problems).toEqual([]);
		expect((await getStoredFlow('thanks'))?.file).toEqual(thanks);
		expect((await listStoredFlows()).map((flow) => [flow.id, flow.version, flow.origin])).toEqual([['thanks', 1, 'link']]);

		const loaded = await loadStoredFlow('thanks', noKeys);
		if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
		const actor = createActor(createFlowMachine(loaded.definition)).start();
		actor.send({ type: 'answer.set', step: 'good', value: 'Teman datang' });
		actor.send({ type: 'step.next' });
		actor.send({ type: 'answer.set', step: 'how-good', value: 5 });
		actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe('great');
		expect(loaded.definition.texts?.id[loaded.definition.title.split(':')[1]!]).toBe('Tiga hal baik');
	});

	it('are not run when the stored file is damaged, and say why', async () => {
		await addStoredFlow(thanks, 'link', noKeys);
		const { database } = await import('$lib/db/database');
		await database().flows.update('thanks', { file: { ...thanks, steps: [{ kind: 'text', id: 'x' }] } });
		const loaded = await loadStoredFlow('thanks', noKeys);
		expect(loaded).toEqual({ ok: false, problems: ['step 1 ("x"), prompt: missing'] });
		expect(await loadStoredFlow('nothing', noKeys)).toEqual({ ok: false, problems: ['there is no exercise "nothing" on this phone'] });
	});

	it('may not take the id of a shipped exercise', async () => {
		const result = await addStoredFlow({ ...thanks, id: 'tell' }, 'link', noKeys);
		expect(result.ok).toBe(false);
		expect(await getStoredFlow('tell')).toBeUndefined();
	});
});
