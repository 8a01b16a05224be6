/**
 * What stops an exercise being written from being used (see exercise-draft.ts), said so that the
 * editor can put it in plain words. Pure; it brings the whole flow-file check (every step kind's
 * schema), so only the editor loads it, not the list of exercises.
 */
import { readFlowFile } from '$lib/flows/flow-file';
import type { Language } from '$lib/flows/flow-validate';
import { draftToFile, isEmpty, type ExerciseDraft, type Words } from './exercise-draft';

/** One problem of a draft, for the screen: a message key of the `worker` namespace and its values. */
export interface DraftProblem {
	key: string;
	/** The step it is in (1 is the first), if any. */
	step?: number;
	/** The field, as a message key of `worker:editor.field`. */
	field?: string;
	language?: Language;
	detail?: string;
}

/**
 * What stops a draft from being used, said so the screen can put it in plain words: texts missing
 * in a language, a choice without two options, a scale that does not go up; then anything the
 * flow-file check still finds (should the above miss it), with its own words as the detail.
 */
export function checkDraft(draft: ExerciseDraft): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const need = (words: Words, field: string, step?: number, optional = false) => {
		if (optional && isEmpty(words)) return;
		for (const language of ['id', 'en'] as const) {
			if (words[language].trim() === '') problems.push({ key: 'missingText', field, language, step });
		}
	};
	if (draft.author.trim() === '') problems.push({ key: 'noAuthor' });
	need(draft.title, 'title');
	need(draft.description, 'description');
	if (draft.steps.length === 0) problems.push({ key: 'noSteps' });
	draft.steps.forEach((step, index) => {
		const at = index + 1;
		need(step.prompt, 'prompt', at);
		need(step.help, 'help', at, true);
		switch (step.kind) {
			case 'choice':
				if (step.options.length < 2) problems.push({ key: 'fewOptions', step: at });
				step.options.forEach((option) => need(option.label, 'option', at));
				break;
			case 'scale':
				if (!(Number.isFinite(step.min) && Number.isFinite(step.max) && step.min < step.max)) problems.push({ key: 'scaleRange', step: at });
				need(step.minLabel, 'minLabel', at);
				need(step.maxLabel, 'maxLabel', at);
				break;
			case 'list':
				need(step.itemLabel, 'itemLabel', at);
				need(step.addLabel, 'addLabel', at);
				break;
			case 'info':
				need(step.body, 'body', at, true);
				break;
			case 'next':
				if (step.choices.length === 0) problems.push({ key: 'noChoices', step: at });
				step.choices.forEach((choice) => need(choice.label, 'choice', at));
				break;
		}
	});
	if (problems.length > 0) return problems;
	const result = readFlowFile(draftToFile(draft), () => false);
	return result.ok ? [] : result.problems.map((detail) => ({ key: 'other', detail }));
}
