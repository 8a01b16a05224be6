/**
 * The exercises a person received from their social worker (by link or file), as the home page
 * and My space list them under "from my worker": only what the list shows, read straight from the
 * `flows` table without checking the files (they are checked when one is opened), so the lists stay
 * light (see received-hint.ts for the mark that tells the home page to look).
 */
import { EDITOR_ORIGIN } from '$lib/db/stored-flows.records';
import { deleteStoredFlow, listStoredFlows } from '$lib/db/stored-flows.repo';
import type { Language } from '$lib/i18n/languages';

/** The origin of the editor's drafts in the `flows` table: not received, so never listed here. */
export { EDITOR_ORIGIN };

/** An exercise received from a worker, as the lists show it. */
export interface ReceivedExercise {
	id: string;
	title: Partial<Record<Language, string>>;
	author: string;
	addedAt: number;
}

const textsOf = (value: unknown): Partial<Record<Language, string>> => {
	const record = (value ?? {}) as Record<string, unknown>;
	return {
		...(typeof record.id === 'string' ? { id: record.id } : {}),
		...(typeof record.en === 'string' ? { en: record.en } : {})
	};
};

/** The title in a language, or in the other one when it has none there. */
export function titleIn(exercise: ReceivedExercise, language: Language): string {
	return exercise.title[language]?.trim() || exercise.title[language === 'id' ? 'en' : 'id']?.trim() || exercise.id;
}

/** Every exercise received from a worker, the newest first. */
export async function listReceivedExercises(): Promise<ReceivedExercise[]> {
	return (await listStoredFlows())
		.filter((flow) => flow.origin !== EDITOR_ORIGIN)
		.map((flow) => {
			const file = (flow.file ?? {}) as Record<string, unknown>;
			return { id: flow.id, title: textsOf(file.title), author: typeof file.author === 'string' ? file.author.trim() : '', addedAt: flow.addedAt };
		});
}

/** Removes a received exercise (the runs made with it stay). */
export function removeReceivedExercise(id: string): Promise<void> {
	return deleteStoredFlow(id);
}
