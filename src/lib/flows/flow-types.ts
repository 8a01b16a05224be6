/**
 * The shape of a flow: plain data (a `*.flow.json` file, see flow-file.ts) that the engine
 * validates and compiles into an XState machine. Every user-visible text is an i18n key
 * ("namespace:path") that must exist in locales/id and locales/en, or, in a flow file, the text
 * itself in each language (`{"id": "...", "en": "..."}`), which loading turns into a key of the
 * flow's namespace. The runtime check of each step's shape is its kind's schema ($lib/steps).
 */

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

export interface Option {
	id: string;
	label: TextKey;
}

interface StepBase {
	id: string;
	prompt: TextKey;
	/** Extra guidance under the prompt. */
	help?: TextKey;
	/**
	 * How the answer is introduced where someone else reads it (a note to a service): a statement
	 * about the person, never a question to them ("Yang sedang terjadi", not "Apa yang sedang
	 * terjadi?"). Every step that asks something has one; info, reflection, next and review steps none.
	 */
	noteLabel?: TextKey;
	/** Branches checked in order when the person presses next. */
	next?: Branch[];
	/** The person may go on without answering (most steps are optional: nothing is forced). */
	required?: boolean;
	/**
	 * Earlier steps whose answers are shown again above this step's question, so that what the
	 * person chose stays in sight (the problem chosen in "My problems", on every later step).
	 */
	recall?: string[];
}

export interface InfoStep extends StepBase {
	kind: 'info';
	body?: TextKey[];
	/** Show the help lines (112, 110, 119, SAPA 129, Healing119) under the text. */
	helpLines?: boolean;
	/** Earlier steps whose answers are shown again here (e.g. the calm scores before and after). */
	recap?: string[];
}

export interface TextStep extends StepBase {
	kind: 'text';
	placeholder?: TextKey;
}

export interface ChoiceStep extends StepBase {
	kind: 'choice';
	multiple: boolean;
	options: Option[];
}

export interface ScaleStep extends StepBase {
	kind: 'scale';
	min: number;
	max: number;
	minLabel: TextKey;
	maxLabel: TextKey;
}

export interface FeelingsStep extends StepBase {
	kind: 'feelings';
	/** Feeling ids; labels come from the `feelings` namespace (`feelings:<id>`). */
	feelings: string[];
}

export interface ListStep extends StepBase {
	kind: 'list';
	itemLabel: TextKey;
	addLabel: TextKey;
}

export interface SortStep extends StepBase {
	kind: 'sort';
	/** The id of an earlier list step whose items are sorted. */
	source: string;
	groups: Option[];
}

/** Pick one item of an earlier list, optionally only items that a sort step put in one group. */
export interface PickStep extends StepBase {
	kind: 'pick';
	source: string;
	filter?: { sort: string; group: string };
}

/** A plan of small steps: what, when, with whom, what is needed. */
export interface PlanStep extends StepBase {
	kind: 'plan';
	/**
	 * Where the first small steps come from: the items of an earlier list (optionally only those a
	 * sort step put in one group, e.g. the ideas marked "I'll use"), each the first words of a small
	 * step while the plan is still empty. The person changes or removes them freely.
	 */
	from?: { source: string; filter?: { sort: string; group: string } };
}

/** Slow breathing with a pacer; the person picks a length in minutes. */
export interface BreathingStep extends StepBase {
	kind: 'breathing';
	lengths: number[];
}

/** The supportive reflection of "Tell it": the person's own words given back with kind messages. */
export interface ReflectionStep extends StepBase {
	kind: 'reflection';
	/** The steps whose answers are given back, by what they hold (see reflection.ts). */
	sources: ReflectionSources;
}

/** The steps a reflection reads: feelings (a feelings step), what happens, what was tried and what is wished for (text steps), the parts of life touched and whether the person may be in danger (choice steps). */
export interface ReflectionSources {
	feelings?: string;
	what?: string;
	areas?: string;
	tried?: string;
	wish?: string;
	danger?: string;
	/** Thoughts of ending one's life (a single choice). */
	thoughts?: string;
}

/** Links to where the person may go next (other flows, help); `end` finishes the run. */
export interface NextStep extends StepBase {
	kind: 'next';
	choices: { id: string; label: TextKey; href: string }[];
}

export interface ReviewStep extends StepBase {
	kind: 'review';
}

// Decision support (see shared/reference/methods.md): the steps of "Weigh my options". Their texts
// that do not depend on the flow are in the `decision` namespace (`decision:<kind>.*`), loaded only with
// flows that have these steps; the weighing itself is in $lib/decisions.

/** The options of a decision, as many as the person likes; "doing nothing / waiting" can be added. */
export interface OptionsStep extends StepBase {
	kind: 'options';
	itemLabel: TextKey;
	addLabel: TextKey;
}

/** Good and hard points of the options of `source` (an options step), each with how much it matters. */
export interface PointsStep extends StepBase {
	kind: 'points';
	source: string;
}

/** For each option of `source`: what it needs, what is in the person's control, who it affects, safety. */
export interface RealityStep extends StepBase {
	kind: 'reality';
	source: string;
}

/** Other people involved: who, which option of `source` they prefer, whether they press the person. */
export interface PeopleStep extends StepBase {
	kind: 'people';
	source: string;
}

/** One yes/no question of the readiness check; a "no" names `need` and suggests the `helps` next steps. */
export interface ReadinessQuestion {
	id: string;
	label: TextKey;
	/** The question as a statement about the person, for summaries and notes ("Sure what is best for me"). */
	statement: TextKey;
	need: TextKey;
	helps: ActionKind[];
}

/** The readiness check: yes/no questions in the spirit of the SURE test. */
export interface ReadinessStep extends StepBase {
	kind: 'readiness';
	questions: ReadinessQuestion[];
}

/**
 * The options side by side with a chart of their weights and reality-check marks; the answer is
 * the option the person leans to (an option id, or `UNDECIDED`).
 */
export interface WeighStep extends StepBase {
	kind: 'weigh';
	/** The options step. */
	source: string;
	/** The points step (of the same options). */
	points: string;
	reality?: string;
	people?: string;
}

/** Next steps drawn from the needs, each of which can become a small step with a date. */
export interface ActionsStep extends StepBase {
	kind: 'actions';
	/** The options step. */
	source: string;
	readiness?: string;
	reality?: string;
	/** The weigh step, whose answer is the option the person leans to. */
	weigh?: string;
}

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
 * picked in `pick` of flow `from` (with the words of `details`, if given) becomes the answer of `into`.
 */
export interface CarryIn {
	from: string;
	/** With `into`: the pick step of flow `from` whose item is carried. */
	pick?: string;
	details?: string;
	/** A text step here. */
	into?: string;
	/** The sentences of a text step of flow `from` (the story) become the items of `into` (a list step here), to confirm. */
	items?: { source: string; into: string };
	/** The items of a list step of flow `from` (the ideas for the problem) become the options of `into` (an options step here). */
	options?: { source: string; into: string };
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

// Answers, by step kind.
export interface FeelingAnswer {
	id: string;
	/** 1 (a little) to 5 (very strongly). */
	intensity: number;
}
export interface ListItem {
	id: string;
	text: string;
}
export interface PlanItem {
	id: string;
	what: string;
	when: string;
	who: string;
	needs: string;
	/** The day it is planned for (YYYY-MM-DD), when the person picked one: it then comes back on home. */
	date?: string;
}

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
export interface DecisionOption {
	id: string;
	text: string;
	waiting?: boolean;
}
/** One good or hard point; it counts for every option listed in `options` (without retyping it). */
export interface DecisionPoint {
	id: string;
	text: string;
	side: PointSide;
	/** IMPORTANCE_MIN..IMPORTANCE_MAX. */
	importance: number;
	options: string[];
}
/** The reality check of one option. */
export interface RealityCheck {
	needs: Partial<Record<NeedId, Availability>>;
	/** What is in the person's control, in their words. */
	control: string;
	/** Who else it affects, in their words. */
	affects: string;
	safe?: SafetyAnswer;
}
/** Option id -> its reality check. */
export type RealityAnswer = Record<string, RealityCheck>;
export interface PersonItem {
	id: string;
	who: string;
	/** An option id, or PREFERS_UNKNOWN. */
	prefers: string;
	presses: Pressure;
}
/** A small next step with a date (YYYY-MM-DD, or '' when not set). */
export interface ActionItem {
	id: string;
	kind: ActionKind;
	what: string;
	date: string;
	who: string;
}

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
