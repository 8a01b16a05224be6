/**
 * The shape of a flow: plain data (a `*.flow.json` file, see flow-file.ts) that the engine
 * validates and compiles into an XState machine. Every user-visible text is an i18n key
 * ("namespace:path") that must exist in locales/id and locales/en, or, in a flow file, the text
 * itself in each language (`{"id": "...", "en": "..."}`), which loading turns into a key of the
 * flow's namespace. The runtime check of each step's shape is its kind's schema ($lib/steps).
 */
import type { FeelingAnswer } from '$lib/steps/feelings/answer';
import type { ListItem } from '$lib/steps/list/answer';
import type { PlanItem } from '$lib/steps/plan/answer';
import type { DecisionOption } from '$lib/steps/options/answer';
import type { DecisionPoint } from '$lib/steps/points/answer';
import type { RealityCheck } from '$lib/steps/reality/answer';
import type { PersonItem } from '$lib/steps/people/answer';
import type { ActionItem } from '$lib/steps/actions/answer';
import type { InfoStep } from '$lib/steps/info/definition';
import type { TextStep } from '$lib/steps/text/definition';
import type { ChoiceStep } from '$lib/steps/choice/definition';
import type { ScaleStep } from '$lib/steps/scale/definition';
import type { FeelingsStep } from '$lib/steps/feelings/definition';
import type { ListStep } from '$lib/steps/list/definition';
import type { SortStep } from '$lib/steps/sort/definition';
import type { PickStep } from '$lib/steps/pick/definition';
import type { PlanStep } from '$lib/steps/plan/definition';
import type { BreathingStep } from '$lib/steps/breathing/definition';
import type { ReflectionStep } from '$lib/steps/reflection/definition';
import type { NextStep } from '$lib/steps/next/definition';
import type { ReviewStep } from '$lib/steps/review/definition';
import type { OptionsStep } from '$lib/steps/options/definition';
import type { PointsStep } from '$lib/steps/points/definition';
import type { RealityStep } from '$lib/steps/reality/definition';
import type { PeopleStep } from '$lib/steps/people/definition';
import type { ReadinessStep } from '$lib/steps/readiness/definition';
import type { WeighStep } from '$lib/steps/weigh/definition';
import type { ActionsStep } from '$lib/steps/actions/definition';

/** An i18n key such as "flow-tell:steps.what.prompt". */
export type TextKey = string;

/** Where a step goes after "next": the first branch whose condition holds, else the next step. */
export interface Branch {
	when: Condition;
	/** A step id, or "end" to finish the flow. */
	to: string;
}

/** A condition over earlier answers; used for branches and for showing optional steps. */
export type Condition =
	| { answer: string; includes: string } // choice (single or multiple) includes this option id
	| { answer: string; equals: string | number } // single choice or scale equals
	| { answer: string; atLeast: number } // scale >= n; list/feelings/multiple choice count >= n
	| { answer: string; atMost: number } // scale <= n; list/feelings/multiple choice count <= n
	| { answer: string; filled: boolean } // the answer is present and not empty (or, with false, is absent/empty)
	| { answer: string; greaterThan: AnswerReference } // scale > the scale answer of another step (swap the two for "less than")
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition };

/** The answer of another step, as the other side of a comparison. */
export interface AnswerReference {
	answer: string;
}

// Each step kind's definition is a schema in its folder (src/lib/steps/<kind>/definition.ts); the
// types below are inferred from those schemas, so the runtime check and the type cannot drift apart.
// The decision steps (options to actions) are those of "Weigh my options" (see shared/reference/methods.md);
// their texts that do not depend on the flow are in the `decision` namespace, the weighing in $lib/decisions.
export type {
	InfoStep,
	TextStep,
	ChoiceStep,
	ScaleStep,
	FeelingsStep,
	ListStep,
	SortStep,
	PickStep,
	PlanStep,
	BreathingStep,
	ReflectionStep,
	NextStep,
	ReviewStep,
	OptionsStep,
	PointsStep,
	RealityStep,
	PeopleStep,
	ReadinessStep,
	WeighStep,
	ActionsStep
};

/** The steps a reflection reads (see reflection.ts). */
export type ReflectionSources = ReflectionStep['sources'];
/** One yes/no question of the readiness check. */
export type ReadinessQuestion = ReadinessStep['questions'][number];

export type StepDefinition =
	| InfoStep
	| TextStep
	| ChoiceStep
	| ScaleStep
	| FeelingsStep
	| ListStep
	| SortStep
	| PickStep
	| PlanStep
	| BreathingStep
	| ReflectionStep
	| NextStep
	| ReviewStep
	| OptionsStep
	| PointsStep
	| RealityStep
	| PeopleStep
	| ReadinessStep
	| WeighStep
	| ActionsStep;

export type StepKind = StepDefinition['kind'];

/** A link offered once a run is finished; `{run}` in `href` becomes the finished run's id. */
export interface Afterward {
	id: string;
	label: TextKey;
	href: string;
}

/** The steps of a run whose answers the resource suggestions read: the parts of life touched (a multiple choice) and whether the person may be in danger (a single choice). */
export interface SuggestionSources {
	areas?: string;
	danger?: string;
	/** Thoughts of ending one's life (a single choice). */
	thoughts?: string;
}

/**
 * Answers carried into a new run from a finished run of another flow (`?from=<run id>`): the item
 * picked in `pick` of flow `from` (with the words of `details`, if given) becomes the answer of `into`;
 * or the sentences of a story become the items of a list (`items`).
 */
export interface CarryIn {
	from: string;
	/** With `into`: the pick step of flow `from` whose item is carried. */
	pick?: string;
	details?: string;
	/** A text step here. */
	into?: string;
	/** The items of a list step of flow `from` (the ideas for the problem) become the options of `into` (an options step here). */
	options?: { source: string; into: string };
	/** The sentences of a text step of flow `from` (the story) become the items of `into` (a list step here), to confirm. */
	items?: { source: string; into: string };
}

/** Texts given in a flow file itself, by language, under keys of the flow's namespace (see flow-file.ts). */
export type FlowTexts = Record<'id' | 'en', Record<string, string>>;

export interface FlowDefinition {
	id: string;
	/** Bumped whenever steps change in a way an old saved run must be migrated for. */
	version: number;
	/** The i18n namespace that holds this flow's texts. */
	namespace: string;
	title: TextKey;
	description: TextKey;
	minutes: number;
	/** Who wrote it (an exercise a social worker wrote and shared). */
	author?: string;
	steps: StepDefinition[];
	/** Where the person may go from the finished run (e.g. from a problem to weighing options for it). */
	afterward?: Afterward[];
	/** The steps the resource suggestions read. */
	suggestions?: SuggestionSources;
	/** What a run can take from a run of another flow. */
	carryIn?: CarryIn[];
	/** The texts the flow file gave itself (keys of its namespace), to add to the translations when it is shown. */
	texts?: FlowTexts;
}

// Answers, by step kind: each kind's answer type is inferred from its schema (src/lib/steps/<kind>/answer.ts).
export type { FeelingAnswer, ListItem, PlanItem, DecisionOption, DecisionPoint, RealityCheck, PersonItem, ActionItem };

// Answers of the decision steps.

/** The things an option may need, in the reality check. */
export const NEED_IDS = ['money', 'time', 'documents', 'travel', 'help'] as const;
export type NeedId = (typeof NEED_IDS)[number];
/** Whether the person has what an option needs: not needed, have it now, can get it, cannot get it. */
export const AVAILABILITIES = ['none', 'have', 'can', 'cannot'] as const;
export type Availability = (typeof AVAILABILITIES)[number];
export const SAFETY_ANSWERS = ['yes', 'unsure', 'no'] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];
export const POINT_SIDES = ['good', 'hard'] as const;
export type PointSide = (typeof POINT_SIDES)[number];
/** How much a point matters: 0 (not at all) to 5 (most of all). */
export const IMPORTANCE_MIN = 0;
export const IMPORTANCE_MAX = 5;
/** Whether another person presses the person to choose: not set, no, a little, a lot. */
export const PRESSURES = ['', 'no', 'some', 'yes'] as const;
export type Pressure = (typeof PRESSURES)[number];
/** The kinds of next step a decision need can lead to. */
export const ACTION_KINDS = ['resource', 'talk', 'learn', 'time'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
/** The answer of a weigh step when the person does not lean to any option yet. */
export const UNDECIDED = 'undecided';
/** What a person in a people step prefers when the person does not know. */
export const PREFERS_UNKNOWN = '';

/** One option; `waiting` marks "doing nothing / waiting", whose words come from the app. */
/** Option id -> its reality check. */
export type RealityAnswer = Record<string, RealityCheck>;

export type Answer =
	| string // text, single choice, pick, weigh (the option leaned to)
	| string[] // multiple choice
	| number // scale, breathing (minutes done)
	| FeelingAnswer[]
	| ListItem[]
	| Record<string, string> // sort: item id -> group id; readiness: question id -> 'yes' | 'no'
	| PlanItem[]
	| DecisionOption[]
	| DecisionPoint[]
	| RealityAnswer
	| PersonItem[]
	| ActionItem[];

export type Answers = Record<string, Answer>;

// END and DONE live here rather than in the engine so that code that only reads saved runs does
// not load XState.
/** The branch target, and the value `nextStepId` returns, that means "finish the flow". */
export const END = 'end';
/** The state a finished run is in. */
export const DONE = 'done';
