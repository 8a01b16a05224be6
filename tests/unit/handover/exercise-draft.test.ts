import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readFlowFile } from '$lib/flows/flow-file';
import { createFlowMachine, currentStepId } from '$lib/flows/flow-engine';
import { DONE, type FlowDefinition } from '$lib/flows/flow-types';
import { checkDraft } from '$lib/handover/exercise-check';
import {
	copyOfShipped,
	draftToFile,
	fileToDraft,
	moveStep,
	newDraft,
	newStep,
	type ExerciseDraft
} from '$lib/handover/exercise-draft';
import { loadFlowDefinition } from '$lib/flows/registry';
import { loadMessages } from '$lib/i18n/resources';

const seeded = () => {
	let n = 0;
	return () => ((n = (n * 7 + 3) % 36), n / 36);
};

/** A small exercise a worker might write: a question, a choice and a scale. */
function written(): ExerciseDraft {
	const draft = newDraft('Bu Sari', seeded());
	draft.title = { id: 'Minggu ini', en: 'This week' };
	draft.description = { id: 'Tiga pertanyaan singkat.', en: 'Three short questions.' };
	const text = newStep('text', draft);
	text.prompt = { id: 'Apa yang terjadi minggu ini?', en: 'What happened this week?' };
	draft.steps.push(text);
	const choice = newStep('choice', draft);
	if (choice.kind !== 'choice') throw new Error('choice');
	choice.prompt = { id: 'Kamu tidur cukup?', en: 'Did you sleep enough?' };
	choice.options[0]!.label = { id: 'Ya', en: 'Yes' };
	choice.options[1]!.label = { id: 'Tidak', en: 'No' };
	draft.steps.push(choice);
	const scale = newStep('scale', draft);
	if (scale.kind !== 'scale') throw new Error('scale');
	scale.prompt = { id: 'Seberapa berat?', en: 'How heavy is it?' };
	scale.minLabel = { id: 'Ringan', en: 'Light' };
	scale.maxLabel = { id: 'Berat sekali', en: 'Very heavy' };
	draft.steps.push(scale);
	return draft;
}

describe('an exercise written in the editor', () => {
	it('becomes a flow file that passes the flow check and runs to the end', () => {
		const draft = written();
		expect(checkDraft(draft)).toEqual([]);
		const result = readFlowFile(draftToFile(draft), () => false);
		if (!result.ok) throw new Error(result.problems.join('\n'));
		expect(result.definition.author).toBe('Bu Sari');
		expect(result.definition.namespace).toMatch(/^worker-w-/);
		const actor = createActor(createFlowMachine(result.definition)).start();
		actor.send({ type: 'answer.set', step: 'step-1', value: 'Banyak' });
		for (let index = 0; index < 3; index++) actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe(DONE);
	});

	it('comes back from its file unchanged', () => {
		const draft = written();
		expect(fileToDraft(draftToFile(draft))).toEqual(draft);
		expect(fileToDraft({ id: 'x', steps: [{ kind: 'weigh', id: 'w' }] })).toBeUndefined();
		expect(fileToDraft('not a file')).toBeUndefined();
	});

	it('says what is missing, where and in which language', () => {
		const draft = written();
		draft.author = ' ';
		draft.title.en = '';
		if (draft.steps[1]!.kind === 'choice') draft.steps[1]!.options.pop();
		if (draft.steps[2]!.kind === 'scale') Object.assign(draft.steps[2]!, { min: 5, max: 5 });
		expect(checkDraft(draft)).toEqual([
			{ key: 'noAuthor' },
			{ key: 'missingText', field: 'title', language: 'en', step: undefined },
			{ key: 'fewOptions', step: 2 },
			{ key: 'scaleRange', step: 3 }
		]);
		expect(checkDraft({ ...newDraft('A'), title: { id: 'a', en: 'a' }, description: { id: 'b', en: 'b' } })).toEqual([{ key: 'noSteps' }]);
	});

	it('moves steps up and down, not past either end', () => {
		expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});

	it('can start as a copy of a shipped exercise, with its texts in both languages', async () => {
		const calm = await loadFlowDefinition('calm');
		const messages = { id: await loadMessages('id', calm.namespace), en: await loadMessages('en', calm.namespace) };
		const draft = copyOfShipped(calm as FlowDefinition, messages, 'Pak Budi');
		expect(draft.id).not.toBe('calm');
		expect(draft.title.en).not.toBe('');
		expect(draft.title.id).not.toBe(draft.title.en);
		// The breathing step needs the app's own code: it is left out; the scales and grounding stay.
		expect(draft.steps.map((step) => step.kind)).not.toContain('breathing');
		expect(draft.steps[0]).toMatchObject({ kind: 'scale', id: 'before', min: 0, max: 10 });
		expect(checkDraft(draft)).toEqual([]);
	});
});
