/**
 * Tailored links: what a social worker hands a client in a session. One exercise or a short
 * sequence, the client's language, an optional short note and the worker's name (shown before
 * the first exercise), and starting words for an exercise that takes them (for "Weigh my options":
 * the question and the options). It travels in a link's fragment (share/fragment.ts), so it never
 * reaches a server; it is checked here like any import before anything of it is used.
 */
import * as v from 'valibot';
import type { Answers, FlowDefinition } from '$lib/flows/flow-types';
import { isFlowId } from '$lib/flows/registry';
import { newId } from '$lib/ids';
import { LANGUAGES } from '$lib/i18n/languages';

export const TAILORED_KIND = 'tailored';
/** The page a tailored link opens on the client's phone. */
export const TAILORED_PATH = '/handover';

export const TAILORED_LIMITS = {
	name: 60,
	note: 500,
	exercises: 5,
	question: 300,
	options: 8,
	option: 120
} as const;

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const TailoredExerciseSchema = v.object({
	flow: v.pipe(v.string(), v.check((id: string) => isFlowId(id))),
	question: v.optional(trimmed(TAILORED_LIMITS.question)),
	options: v.optional(v.pipe(v.array(trimmed(TAILORED_LIMITS.option)), v.maxLength(TAILORED_LIMITS.options)))
});

export const TailoredSchema = v.object({
	lang: v.picklist(LANGUAGES),
	name: v.optional(trimmed(TAILORED_LIMITS.name)),
	note: v.optional(trimmed(TAILORED_LIMITS.note)),
	exercises: v.pipe(v.array(TailoredExerciseSchema), v.minLength(1), v.maxLength(TAILORED_LIMITS.exercises))
});

export type TailoredExercise = v.InferOutput<typeof TailoredExerciseSchema>;
export type Tailored = v.InferOutput<typeof TailoredSchema>;

/** The steps of a flow that starting words can go into: its carried-in question, its options. */
export interface ContextSteps {
	question?: string;
	options?: string;
}

/**
 * Where a flow takes starting words, read from its definition: the text step other runs carry a
 * question into (`carryIn`), and its first options step. None for a flow that takes neither.
 */
export function contextSteps(definition: FlowDefinition): ContextSteps {
	const into = definition.carryIn?.[0]?.into;
	const question = definition.steps.find((step) => step.id === into && step.kind === 'text')?.id;
	const options = definition.steps.find((step) => step.kind === 'options')?.id;
	return { ...(question ? { question } : {}), ...(options ? { options } : {}) };
}

/** The answers a run starts with, from the worker's starting words; empty when none fit. */
export function seedAnswers(definition: FlowDefinition, exercise: TailoredExercise, makeId: () => string = newId): Answers {
	const steps = contextSteps(definition);
	const answers: Answers = {};
	const question = exercise.question?.trim();
	if (steps.question && question) answers[steps.question] = question;
	const options = (exercise.options ?? []).map((text) => text.trim()).filter((text) => text !== '');
	if (steps.options && options.length > 0) answers[steps.options] = options.map((text) => ({ id: makeId(), text }));
	return answers;
}

/** Keeps only the fields a link needs: no empty note or name, no context the exercise cannot take. */
export function tidyTailored(tailored: Tailored, takes: (flow: string) => ContextSteps): Tailored {
	const name = tailored.name?.trim();
	const note = tailored.note?.trim();
	return {
		lang: tailored.lang,
		...(name ? { name } : {}),
		...(note ? { note } : {}),
		exercises: tailored.exercises.map((exercise) => {
			const steps = takes(exercise.flow);
			const question = exercise.question?.trim();
			const options = (exercise.options ?? []).map((text) => text.trim()).filter((text) => text !== '');
			return {
				flow: exercise.flow,
				...(steps.question && question ? { question } : {}),
				...(steps.options && options.length > 0 ? { options } : {})
			};
		})
	};
}
