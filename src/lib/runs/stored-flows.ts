/**
 * Exercises from outside: adding one (its file is checked first, and it may not take the id of an
 * exercise Langkah ships) and loading one to run with the same engine as the shipped ones (its
 * file is checked again, since stored data is never trusted). Problems are said in plain words.
 * A flow from outside may not use the i18n namespace of the app's own texts either (its texts
 * would replace them). Used by the exercises a social worker writes or shares (see $lib/handover).
 */
import { readStoredFlow } from '$lib/db/stored-flows.records';
import { readFlowFile, type FlowFileResult } from '$lib/flows/flow-file';
import type { Language } from '$lib/flows/flow-validate';
import { isFlowId } from '$lib/flows/registry';
import { hasNamespace } from '$lib/i18n/resources';

export type HasText = (key: string, language: Language) => boolean;

/** Checks a flow file and stores it; the result says what is wrong when it cannot be added. */
export async function addStoredFlow(file: unknown, origin: string, hasText: HasText): Promise<FlowFileResult> {
	const result = readFlowFile(file, hasText);
	if (!result.ok) return result;
	const { id, version } = result.definition;
	if (isFlowId(id)) return { ok: false, problems: [`"${id}" is the id of an exercise Langkah already has; give the flow another id`] };
	if (hasNamespace('en', result.definition.namespace) || hasNamespace('id', result.definition.namespace)) {
		return { ok: false, problems: [`"${result.definition.namespace}" is the namespace of Langkah's own texts; give the flow another namespace`] };
	}
	// The database code loads to keep a file; opening one reads it without (stored-flows.records.ts).
	const { putStoredFlow } = await import('$lib/db/stored-flows.repo');
	await putStoredFlow({ id, version, file, origin });
	return result;
}

/** The stored flow of this id, checked and ready to run, or what is wrong with it. */
export async function loadStoredFlow(id: string, hasText: HasText): Promise<FlowFileResult> {
	const stored = await readStoredFlow(id);
	if (!stored) return { ok: false, problems: [`there is no exercise "${id}" on this phone`] };
	const result = readFlowFile(stored.file, hasText);
	if (result.ok && result.definition.id !== id) {
		return { ok: false, problems: [`the stored exercise "${id}" holds a flow with the id "${result.definition.id}"`] };
	}
	if (result.ok && (hasNamespace('en', result.definition.namespace) || hasNamespace('id', result.definition.namespace))) {
		return { ok: false, problems: [`"${result.definition.namespace}" is the namespace of Langkah's own texts`] };
	}
	return result;
}
