/** The editor's problems (see $lib/handover/exercise-draft.ts checkDraft) as sentences in the worker's language. */
import type { DraftProblem } from '$lib/handover/exercise-check';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function problemText(problem: DraftProblem, t: Translate): string {
	const values = {
		step: problem.step,
		field: problem.field ? t(`worker:editor.field.${problem.field}`) : '',
		language: problem.language ? t(`worker:editor.language.${problem.language}`) : '',
		detail: problem.detail ?? ''
	};
	if (problem.key === 'missingText' && problem.step !== undefined) return t('worker:editor.problem.missingTextInStep', values);
	return t(`worker:editor.problem.${problem.key}`, values);
}
