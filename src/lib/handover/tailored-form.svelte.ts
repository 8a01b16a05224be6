/**
 * The worker's form for a tailored link (/worker/link): the exercises in order with their starting
 * words, the client's language, the worker's name and note; `make()` turns it into the link.
 * What starting words an exercise takes is read from its definition, fetched when the exercise is
 * first chosen in a row (`prepare`); the link's encoder loads when a link is made.
 */
import { FLOW_IDS, loadFlowDefinition } from '$lib/flows/registry';
import type { Language } from '$lib/i18n/languages';
import { contextSteps, TAILORED_KIND, TAILORED_LIMITS, TAILORED_PATH, tidyTailored, type ContextSteps, type Tailored } from './tailored';

export interface ExerciseRow {
	key: number;
	flow: string;
	question: string;
	/** The choices, one a line. */
	options: string;
}

let nextKey = 0;
const row = (flow: string): ExerciseRow => ({ key: ++nextKey, flow, question: '', options: '' });

export class TailoredForm {
	exercises = $state<ExerciseRow[]>([row(FLOW_IDS[0] ?? 'tell')]);
	language = $state<Language>('id');
	name = $state('');
	note = $state('');
	url = $state('');
	#context = $state<Record<string, ContextSteps>>({});
	// Bookkeeping of fetches, never shown: `#context` is what the screen reads.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #loading = new Map<string, Promise<void>>();

	constructor(language: Language) {
		this.language = language;
	}

	/** Fetches what starting words `flow` takes, once; `takes` tells once it is here. */
	prepare(flow: string): Promise<void> {
		let loading = this.#loading.get(flow);
		if (!loading) {
			loading = loadFlowDefinition(flow).then(
				(definition) => {
					this.#context = { ...this.#context, [flow]: contextSteps(definition) };
				},
				(error: unknown) => {
					// Asked again the next time (offline on a first visit, say).
					this.#loading.delete(flow);
					throw error;
				}
			);
			this.#loading.set(flow, loading);
		}
		return loading;
	}

	/** What starting words the exercise in a row takes. */
	takes(flow: string): ContextSteps {
		return this.#context[flow] ?? {};
	}

	add(): void {
		if (this.exercises.length >= TAILORED_LIMITS.exercises) return;
		this.exercises.push(row(FLOW_IDS[(this.exercises.length + 1) % FLOW_IDS.length] ?? 'calm'));
		this.url = '';
	}

	remove(index: number): void {
		if (this.exercises.length <= 1) return;
		this.exercises.splice(index, 1);
		this.url = '';
	}

	moveUp(index: number): void {
		if (index <= 0) return;
		const [moved] = this.exercises.splice(index, 1);
		this.exercises.splice(index - 1, 0, moved!);
		this.url = '';
	}

	tailored(): Tailored {
		return tidyTailored(
			{
				lang: this.language,
				name: this.name.slice(0, TAILORED_LIMITS.name),
				note: this.note.slice(0, TAILORED_LIMITS.note),
				exercises: this.exercises.map((exercise) => ({
					flow: exercise.flow,
					question: exercise.question.slice(0, TAILORED_LIMITS.question),
					options: exercise.options
						.split('\n')
						.map((line) => line.trim().slice(0, TAILORED_LIMITS.option))
						.filter((line) => line !== '')
						.slice(0, TAILORED_LIMITS.options)
				}))
			},
			(flow) => this.takes(flow)
		);
	}

	async make(origin: string): Promise<string> {
		// Every row's starting words count: their exercises' definitions are here before the link is made.
		const [{ encodeFragment, fragmentUrl }] = await Promise.all([import('$lib/share/fragment'), ...this.exercises.map((exercise) => this.prepare(exercise.flow))]);
		this.url = fragmentUrl(origin, TAILORED_PATH, await encodeFragment(TAILORED_KIND, this.tailored()));
		return this.url;
	}
}
