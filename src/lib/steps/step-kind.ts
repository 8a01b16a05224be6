/**
 * What a step kind is: one registered object (one folder under src/lib/steps/) that owns everything
 * about its steps, so that adding a kind is adding a folder: the schema of its definition, the
 * checks that need the whole flow, the schema of its answer and the salvage of an old answer, the
 * summary of an answer in words, and its view (loaded only when a step of the kind is shown).
 * Pure TypeScript: nothing here loads Svelte until `view()` is called.
 */
import type { Component } from 'svelte';
import * as v from 'valibot';
import type { Answer, Answers, FlowDefinition, StepDefinition, TextKey } from '$lib/flows/flow-types';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The fields every step has, whatever its kind. */
export interface StepShape {
	kind: string;
	id: string;
	prompt: TextKey;
	help?: TextKey;
	next?: StepDefinition['next'];
	required?: boolean;
}

/** What a flow check tells a step kind about the rest of the flow, and how it reports a problem. */
export interface StepCheckContext {
	/** The step with this id, if the flow has one. */
	stepAt(id: string): StepShape | undefined;
	/** Whether the step with this id comes before the step being checked. */
	isEarlier(id: string): boolean;
	report(kind: StepProblemKind, message: string): void;
}

/** The problems a step kind can find in its own steps (see FlowProblemKind in flow-validate.ts). */
export type StepProblemKind = 'bad-source' | 'bad-filter' | 'bad-scale' | 'bad-lengths' | 'bad-need' | 'bad-definition';

/**
 * The comparisons a branch may make on a kind's answer; each returns what is wrong (the end of a
 * sentence that starts 'a condition on "step"'), or undefined when the comparison makes sense. A
 * comparison the kind does not list is a problem.
 */
export interface ConditionChecks<S> {
	includes?(step: S, value: string): string | undefined;
	equals?(step: S, value: unknown): string | undefined;
	/** `atLeast` and `atMost`: the answer is a number or has a count. */
	count?(step: S): string | undefined;
	greaterThan?(step: S, other: StepShape): string | undefined;
}

/** The props every step view takes. */
export interface StepViewProps<S = StepShape> {
	step: S;
	answer: Answer | undefined;
	answers: Answers;
	onAnswer: (value: Answer | undefined) => void;
	/** Changes another step's answer (the weigh step lets the person change how much a point matters). */
	onAnswerStep?: (stepId: string, value: Answer | undefined) => void;
	/** The whole flow, for steps that read other steps' definitions or answers. */
	definition: FlowDefinition;
	/** Opens an earlier step (the review step's "change"). */
	onGoTo?: (stepId: string) => void;
	/** Finishes the run and goes to an address ('' to stay) (the "what next" step). */
	onLeave?: (href: string) => void;
	/** Goes on to the next step. */
	onNext?: () => void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind's view takes its own step type
export type StepViewComponent = Component<StepViewProps<any>>;

/** The answer of a step in words (see `StepKind.summary`). */
export type StepSummary<S extends StepShape = StepShape, A = unknown> = (step: S, answer: A, answers: Answers, t: Translate) => string[];

export interface StepKind<S extends StepShape = StepShape, A = unknown> {
	kind: S['kind'];
	/** The shape of a step of this kind (including the shared fields); here or in the folder's checks.ts. */
	definitionSchema?: v.GenericSchema<unknown, S>;
	/** The shape of its answer; a kind without one takes no answer. */
	answerSchema?: v.GenericSchema<unknown, A>;
	/**
	 * An old or damaged answer made to fit the step, or undefined when nothing can be kept. A value
	 * that already fits is returned as is (the same reference). Default: the value if it matches
	 * `answerSchema`.
	 */
	salvage?(step: S, value: unknown): A | undefined;
	/** Checks that need the rest of the flow (references to other steps, sensible numbers). */
	check?(step: S, context: StepCheckContext): void;
	/** The texts the step shows besides prompt and help, each with the field it comes from (for messages). */
	texts?(step: S): [field: string, key: TextKey | undefined][];
	/** The ids of its options, groups or questions, which must differ; `needsOptions`: an empty list is a problem. */
	optionIds?(step: S): { ids: string[]; needsOptions: boolean };
	/** The comparisons branches may make on its answer. */
	conditions?: ConditionChecks<S>;
	/**
	 * The answer in words, one line a thing, for the review, the summary and "copy as text"; a kind
	 * without it asks nothing and is left out of summaries. Called only with an answer unless
	 * `summarizesWithoutAnswer`. A summary that needs much code goes in the folder's `summary.ts`
	 * instead, loaded only when a summary is drawn (see summaries.ts).
	 */
	summary?(step: S, answer: A, answers: Answers, t: Translate): string[];
	summarizesWithoutAnswer?: boolean;
	/** The words the person wrote in the answer, for the crisis detector. */
	freeText?(answer: A): string;
	/** Texts read aloud after prompt and help. */
	readAloud?(step: S): TextKey[];
	/** Whether the step counts in "step n of m" (default: it does). */
	countsForProgress?: boolean;
	/** The view brings its own way on (the "what next" step): the runner shows no "next" button. */
	ownsNavigation?: boolean;
	/** i18n namespaces the view needs besides the flow's own and the common ones. */
	namespaces?: string[];
	/** The view, loaded when a step of this kind is first shown. */
	view(): Promise<{ default: StepViewComponent }>;
}

/**
 * The shape of a kind's steps and their checks within a flow, which only validating a flow needs:
 * a kind may keep them in its folder's `checks.ts` (default export, see defineStepChecks) rather
 * than in kind.ts, so that running an exercise does not load them (see checks.ts).
 */
export type StepChecks<S extends StepShape = StepShape> = Pick<StepKind<S>, 'definitionSchema' | 'check' | 'texts' | 'optionIds' | 'conditions'>;

/** Declares the checks of a kind, in its folder's checks.ts (an identity function that checks the type). */
export function defineStepChecks<S extends StepShape>(checks: StepChecks<S>): StepChecks<S> {
	return checks;
}

/** Declares a kind (an identity function that checks the object's type). */
export function defineStepKind<S extends StepShape, A = never>(kind: StepKind<S, A>): StepKind<S, A> {
	return kind;
}
