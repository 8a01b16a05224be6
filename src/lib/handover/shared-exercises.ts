/**
 * Exercises a social worker shared, on the person's phone: received by link or file (origin
 * "link" or "file"), listed under "from my worker" with their author (received-exercises.ts) and
 * run like the shipped ones. Every file is checked before it is kept and again before it runs
 * (runs/stored-flows.ts); a file that fails keeps nothing. The worker's own drafts: worker-drafts.ts.
 */
import { EDITOR_ORIGIN, readStoredFlow } from '$lib/db/stored-flows.records';
import type { FlowFileResult } from '$lib/flows/flow-file';
import { addStoredFlow, loadStoredFlow } from '$lib/runs/stored-flows';
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
	const own = typeof id === 'string' ? await readStoredFlow(id) : undefined;
	if (own?.origin === EDITOR) return loadStoredFlow(own.id, noAppTexts);
	const result = await addStoredFlow(file, origin, noAppTexts);
	if (result.ok) markReceived();
	return result;
}

/** A stored exercise (received or written here), checked and ready to run. */
export function loadSharedExercise(id: string): Promise<FlowFileResult> {
	return loadStoredFlow(id, noAppTexts);
}
