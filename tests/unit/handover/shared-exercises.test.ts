import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDatabase, resetDatabase } from '$lib/db/database';
import { getStoredFlow } from '$lib/db/stored-flows.repo';
import { draftToFile, newDraft, newStep } from '$lib/handover/exercise-draft';
import { exerciseLink, fitsQrCode, readExerciseFragment } from '$lib/handover/exercise-link';
import { listReceivedExercises, titleIn } from '$lib/handover/received-exercises';
import { hasReceivedHint } from '$lib/handover/received-hint';
import { loadSharedExercise, receiveExercise } from '$lib/handover/shared-exercises';
import { draftFromImport, listDrafts, saveDraft } from '$lib/handover/worker-drafts';

function exercise() {
	const draft = newDraft('Bu Sari');
	draft.title = { id: 'Tidur', en: 'Sleep' };
	draft.description = { id: 'Tentang tidurmu.', en: 'About your sleep.' };
	const step = newStep('text', draft);
	step.prompt = { id: 'Bagaimana tidurmu?', en: 'How do you sleep?' };
	draft.steps.push(step);
	return draft;
}

/** localStorage and sessionStorage held in memory (Node has neither). */
class MemoryStorage {
	#items = new Map<string, string>();
	getItem = (key: string) => this.#items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.#items.set(key, String(value));
	removeItem = (key: string) => void this.#items.delete(key);
	clear = () => this.#items.clear();
}

beforeEach(() => {
	vi.stubGlobal('localStorage', new MemoryStorage());
	vi.stubGlobal('sessionStorage', new MemoryStorage());
});

afterEach(async () => {
	await deleteDatabase();
	resetDatabase();
	vi.unstubAllGlobals();
});

describe('an exercise shared by a worker', () => {
	it('travels in a link, is kept on the person’s phone and listed with its author', async () => {
		const draft = exercise();
		const link = await exerciseLink('https://langkah.example', draftToFile(draft));
		expect(link.startsWith('https://langkah.example/my/exercise#lk1.exercise.')).toBe(true);
		expect(fitsQrCode(link)).toBe(true);
		const read = await readExerciseFragment(new URL(link).hash);
		if (!read.ok) throw new Error(read.reason);
		const kept = await receiveExercise(read.value, 'link');
		expect(kept.ok).toBe(true);
		expect((await getStoredFlow(draft.id))?.origin).toBe('link');
		const [listed] = await listReceivedExercises();
		expect(listed?.author).toBe('Bu Sari');
		expect(titleIn(listed!, 'id')).toBe('Tidur');
		expect(hasReceivedHint()).toBe(true);
		expect((await loadSharedExercise(draft.id)).ok).toBe(true);
	});

	it('refuses a damaged link and an exercise that would take the app’s own texts, keeping nothing', async () => {
		expect(await readExerciseFragment('lk1.exercise.%%%')).toEqual({ ok: false, reason: 'bad-encoding' });
		const hostile = { ...draftToFile(exercise()), namespace: 'common' };
		const result = await receiveExercise(hostile, 'link');
		expect(result.ok).toBe(false);
		expect(await listReceivedExercises()).toEqual([]);
	});

	it('stays in the editor’s list on the phone that wrote it', async () => {
		const draft = exercise();
		await saveDraft(draft);
		expect((await receiveExercise(draftToFile(draft), 'link')).ok).toBe(true);
		expect((await getStoredFlow(draft.id))?.origin).toBe('editor');
		expect(await listReceivedExercises()).toEqual([]);
		expect((await listDrafts()).map((each) => each.id)).toEqual([draft.id]);
	});

	it('loads from a file only when the whole file is an exercise the editor can open', () => {
		const draft = exercise();
		expect(draftFromImport(JSON.stringify(draftToFile(draft)))?.title).toEqual(draft.title);
		expect(draftFromImport('{"id": "tell", "steps": []}')?.id).toMatch(/^w-/);
		expect(draftFromImport('{ not json')).toBeUndefined();
		expect(draftFromImport('{"id": "x", "steps": [{"kind": "weigh", "id": "a"}]}')).toBeUndefined();
	});
});
