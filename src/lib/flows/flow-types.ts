/**
 * The shape of a flow: plain data that the engine validates and compiles into an XState machine.
 * Every user-visible text is an i18n key ("namespace:path") that must exist in locales/id and
 * locales/en; the flow's own texts live in its namespace (e.g. `flow-tell`).
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
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition };

export interface Option {
	id: string;
	label: TextKey;
}

interface StepBase {
	id: string;
	prompt: TextKey;
	/** Extra guidance under the prompt. */
	help?: TextKey;
	/** Branches checked in order when the person presses next. */
	next?: Branch[];
	/** The person may go on without answering (most steps are optional: nothing is forced). */
	required?: boolean;
}

export interface InfoStep extends StepBase {
	kind: 'info';
	body?: TextKey[];
	/** Show the help lines (112, 110, 119, SAPA 129, Healing119) under the text. */
	helpLines?: boolean;
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
}

/** Slow breathing with a pacer; the person picks a length in minutes. */
export interface BreathingStep extends StepBase {
	kind: 'breathing';
	lengths: number[];
}

/** The supportive reflection of "Tell it": the person's own words given back with kind messages. */
export interface ReflectionStep extends StepBase {
	kind: 'reflection';
}

/** Links to where the person may go next (other flows, help); `end` finishes the run. */
export interface NextStep extends StepBase {
	kind: 'next';
	choices: { id: string; label: TextKey; href: string }[];
}

export interface ReviewStep extends StepBase {
	kind: 'review';
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
	| ReviewStep;

export type StepKind = StepDefinition['kind'];

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
}
export type Answer =
	| string // text, single choice, pick
	| string[] // multiple choice
	| number // scale, breathing (minutes done)
	| FeelingAnswer[]
	| ListItem[]
	| Record<string, string> // sort: item id -> group id
	| PlanItem[];

export type Answers = Record<string, Answer>;
