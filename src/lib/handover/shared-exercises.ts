/**
 * Exercises social workers write, on both sides of a session. On the worker's phone: the drafts of
 * the editor (origin "editor"), saved as flow files in the `flows` table. On the person's phone:
 * the exercises received by link or file (origin "link" or "file"), listed under "from my worker"
 * with their author and run like the shipped ones. Every file is checked before it is kept and
 * again before it runs (runs/stored-flows.ts); a file that fails keeps nothing.
 */
import { deleteStoredFlow, getStoredFlow, listStoredFlows, putStoredFlow } from '$lib/db/stored-flows.repo';
import type { FlowFileResult } from '$lib/flows/flow-file';
import { addStoredFlow, loadStoredFlow } from '$lib/runs/stored-flows';
import { DRAFT_ID_PREFIX, draftToFile, fileToDraft, newDraft, type ExerciseDraft } from './exercise-draft';
import { EDITOR_ORIGIN } from './received-exercises';
import { markReceived } from './received-hint';

export type ReceivedOrigin = 'link' | 'file';
const EDITOR = EDITOR_ORIGIN;
/** Texts of a shared exercise's flow are its own: nothing refers to the app's texts. */
const noAppTexts = () => false;

/**
 * Keeps an exercise received by link or file, after checking it. An exercise written on this very
 * phone (the worker opening their own link) stays in the editor's list.
 */
export async function receiveExercise(file: unknown, origin: ReceivedOrigin): Promise<FlowFileResult> {
	const id = (file as { id?: unknown } | null)?.id;
	const own = typeof id === 'string' ? await getStoredFlow(id) : undefined;
	if (own?.origin === EDITOR) return loadStoredFlow(own.id, noAppTexts);
	const result = await addStoredFlow(file, origin, noAppTexts);
	if (result.ok) markReceived();
	return result;
}

/** A stored exercise (received or written here), checked and ready to run. */
export function loadSharedExercise(id: string): Promise<FlowFileResult> {
	return loadStoredFlow(id, noAppTexts);
}

export function deleteDraft(id: string): Promise<void> {
	return deleteStoredFlow(id);
}

/** The editor's drafts, the most recently added first. */
export async function listDrafts(): Promise<ExerciseDraft[]> {
	return (await listStoredFlows())
		.filter((flow) => flow.origin === EDITOR)
		.flatMap((flow) => {
			const draft = fileToDraft(flow.file);
			return draft ? [draft] : [];
		});
}

export async function saveDraft(draft: ExerciseDraft): Promise<void> {
	await putStoredFlow({ id: draft.id, version: draft.version, file: draftToFile(draft), origin: EDITOR });
}

/**
 * A draft from a file the worker loads (exported earlier, or from a colleague), or undefined when
 * the file is not an exercise the editor can open. A file of an id not written by an editor gets a
 * new one, so it can never replace a shipped or received exercise.
 */
export function draftFromImport(text: string): ExerciseDraft | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return undefined;
	}
	const draft = fileToDraft(parsed);
	if (!draft) return undefined;
	if (!/^w-[a-z0-9]{1,32}$/.test(draft.id) || !draft.id.startsWith(DRAFT_ID_PREFIX)) draft.id = newDraft().id;
	return draft;
}
