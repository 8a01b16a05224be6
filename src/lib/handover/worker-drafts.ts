/**
 * The exercises a social worker writes in the editor, saved on their phone as flow files in the
 * `flows` table with the origin "editor" (so they are never listed as received). Light: the list
 * of exercises loads this without the flow-file check, and reads the list without Dexie: the
 * database code loads when a draft is saved or deleted.
 */
import { EDITOR_ORIGIN, readStoredFlows } from '$lib/db/stored-flows.records';
import { DRAFT_ID_PREFIX, draftToFile, fileToDraft, newDraft, type ExerciseDraft } from './exercise-draft';

const EDITOR = EDITOR_ORIGIN;

/** The editor's drafts, the most recently added first. */
export async function listDrafts(): Promise<ExerciseDraft[]> {
	return (await readStoredFlows())
		.filter((flow) => flow.origin === EDITOR)
		.flatMap((flow) => {
			const draft = fileToDraft(flow.file);
			return draft ? [draft] : [];
		});
}

const repo = () => import('$lib/db/stored-flows.repo');

export async function saveDraft(draft: ExerciseDraft): Promise<void> {
	const { putStoredFlow } = await repo();
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

export async function deleteDraft(id: string): Promise<void> {
	const { deleteStoredFlow } = await repo();
	await deleteStoredFlow(id);
}
