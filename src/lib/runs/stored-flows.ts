/**
 * Exercises from outside: adding one (its file is checked first, and it may not take the id of an
 * exercise Langkah ships) and loading one to run with the same engine as the shipped ones (its
 * file is checked again, since stored data is never trusted). Problems are said in plain words.
 * No screen uses this yet.
 */
import { getStoredFlow, putStoredFlow } from '$lib/db/stored-flows.repo';
import { readFlowFile, type FlowFileResult } from '$lib/flows/flow-file';
import type { Language } from '$lib/flows/flow-validate';
import { isFlowId } from '$lib/flows/registry';

export type HasText = (key: string, language: Language) => boolean;

/** Checks a flow file and stores it; the result says what is wrong when it cannot be added. */
export async function addStoredFlow(file: unknown, origin: string, hasText: HasText): Promise<FlowFileResult> {
	const result = readFlowFile(file, hasText);
	if (!result.ok) return result;
	const { id, version } = result.definition;
	if (isFlowId(id)) return { ok: false, problems: [`"${id}" is the id of an exercise Langkah already has; give the flow another id`] };
	await putStoredFlow({ id, version, file, origin });
	return result;
}

/** The stored flow of this id, checked and ready to run, or what is wrong with it. */
export async function loadStoredFlow(id: string, hasText: HasText): Promise<FlowFileResult> {
	const stored = await getStoredFlow(id);
	if (!stored) return { ok: false, problems: [`there is no exercise "${id}" on this phone`] };
	const result = readFlowFile(stored.file, hasText);
	if (result.ok && result.definition.id !== id) {
		return { ok: false, problems: [`the stored exercise "${id}" holds a flow with the id "${result.definition.id}"`] };
	}
	return result;
}
