import { comparedStepId } from './conditions';
import { ACTION_KINDS, DONE, END, type FlowDefinition, type StepDefinition, type StepKind, type TextKey } from './flow-types';

/**
 * Checks a flow definition before it is compiled: structure, branches, conditions, references
 * between steps, texts in both languages, and that every step can be reached and can reach the
 * end. Flows are data that may come from outside (a shared flow), so this never throws on odd
 * input; `assertValidFlow` turns the problems into one readable Error.
 */

export type Language = 'id' | 'en';

export type FlowProblemKind =
	| 'no-steps'
	| 'bad-step-id'
	| 'duplicate-step-id'
	| 'unknown-step-kind'
	| 'missing-text'
	| 'unknown-branch-target'
	| 'bad-condition'
	| 'condition-unknown-step'
	| 'condition-later-step'
	| 'bad-source'
	| 'bad-filter'
	| 'duplicate-option-id'
	| 'no-options'
	| 'bad-scale'
	| 'bad-lengths'
	| 'bad-need'
	| 'bad-afterward'
	| 'required-without-answer'
	| 'unreachable-step'
	| 'cannot-finish';

export interface FlowProblem {
	flowId: string;
	/** The step the problem is in, or null for the flow as a whole. */
	stepId: string | null;
	kind: FlowProblemKind;
	message: string;
}

const LANGUAGES: readonly Language[] = ['id', 'en'];

/** Every step kind, with whether a step of that kind takes an answer. */
const STEP_KINDS: Record<StepKind, { takesAnswer: boolean }> = {
	info: { takesAnswer: false },
	text: { takesAnswer: true },
	choice: { takesAnswer: true },
	scale: { takesAnswer: true },
	feelings: { takesAnswer: true },
	list: { takesAnswer: true },
	sort: { takesAnswer: true },
	pick: { takesAnswer: true },
	plan: { takesAnswer: true },
	breathing: { takesAnswer: true },
	reflection: { takesAnswer: false },
	next: { takesAnswer: false },
	review: { takesAnswer: false },
	options: { takesAnswer: true },
	points: { takesAnswer: true },
	reality: { takesAnswer: true },
	people: { takesAnswer: true },
	readiness: { takesAnswer: true },
	weigh: { takesAnswer: true },
	actions: { takesAnswer: true }
};

/** Kinds whose answer is a number or a collection, so that `atLeast`/`atMost` make sense. */
const COUNTABLE_KINDS: ReadonlySet<string> = new Set([
	'scale',
	'breathing',
	'feelings',
	'list',
	'sort',
	'plan',
	'options',
	'points',
	'reality',
	'people',
	'readiness',
	'actions'
]);

/** For each decision step kind, its fields that name an earlier step, and the kind that step must be. */
const DECISION_REFERENCES: Partial<Record<StepKind, [field: string, kind: StepKind, optional: boolean][]>> = {
	points: [['source', 'options', false]],
	reality: [['source', 'options', false]],
	people: [['source', 'options', false]],
	weigh: [
		['source', 'options', false],
		['points', 'points', false],
		['reality', 'reality', true],
		['people', 'people', true]
	],
	actions: [
		['source', 'options', false],
		['readiness', 'readiness', true],
		['reality', 'reality', true],
		['weigh', 'weigh', true]
	]
};

const STEP_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

function isKnownKind(kind: unknown): kind is StepKind {
	return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(STEP_KINDS, kind);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function listOf<T>(value: T[] | undefined): T[] {
	return Array.isArray(value) ? value : [];
}

/** The text keys a step shows, each with the field it comes from (for messages). */
function stepTexts(step: StepDefinition): [field: string, key: TextKey | undefined][] {
	const texts: [string, TextKey | undefined][] = [['prompt', step.prompt]];
	if (step.help !== undefined) texts.push(['help', step.help]);
	if (step.noteLabel !== undefined) texts.push(['noteLabel', step.noteLabel]);
	switch (step.kind) {
		case 'info':
			listOf(step.body).forEach((key, index) => texts.push([`body[${index}]`, key]));
			break;
		case 'text':
			if (step.placeholder !== undefined) texts.push(['placeholder', step.placeholder]);
			break;
		case 'choice':
			listOf(step.options).forEach((option) => texts.push([`option "${option?.id}"`, option?.label]));
			break;
		case 'scale':
			texts.push(['minLabel', step.minLabel], ['maxLabel', step.maxLabel]);
			break;
		case 'feelings':
			listOf(step.feelings).forEach((id) => texts.push([`feeling "${id}"`, `feelings:${id}`]));
			break;
		case 'list':
			texts.push(['itemLabel', step.itemLabel], ['addLabel', step.addLabel]);
			break;
		case 'sort':
			listOf(step.groups).forEach((group) => texts.push([`group "${group?.id}"`, group?.label]));
			break;
		case 'next':
			listOf(step.choices).forEach((choice) => texts.push([`choice "${choice?.id}"`, choice?.label]));
			break;
		case 'options':
			texts.push(['itemLabel', step.itemLabel], ['addLabel', step.addLabel]);
			break;
		case 'readiness':
			listOf(step.questions).forEach((question) =>
				texts.push(
					[`question "${question?.id}"`, question?.label],
					[`statement of "${question?.id}"`, question?.statement],
					[`need of "${question?.id}"`, question?.need]
				)
			);
			break;
	}
	return texts;
}

/** The ids of a step's options, groups, feelings or choices, for the duplicate check. */
function optionIds(step: StepDefinition): string[] | null {
	switch (step.kind) {
		case 'choice':
			return listOf(step.options).map((option) => option?.id);
		case 'sort':
			return listOf(step.groups).map((group) => group?.id);
		case 'feelings':
			return listOf(step.feelings);
		case 'next':
			return listOf(step.choices).map((choice) => choice?.id);
		case 'readiness':
			return listOf(step.questions).map((question) => question?.id);
		default:
			return null;
	}
}

/** True or false when a condition's value does not depend on answers (e.g. `{ all: [] }`), else null. */
function constantValue(condition: unknown): boolean | null {
	if (!isObject(condition)) return null;
	const parts = Array.isArray(condition.all) ? condition.all : Array.isArray(condition.any) ? condition.any : null;
	if (parts) {
		const isAll = Array.isArray(condition.all);
		const values = parts.map((part: unknown) => constantValue(part));
		if (values.includes(!isAll)) return !isAll;
		return values.every((value) => value === isAll) ? isAll : null;
	}
	if ('not' in condition) {
		const inner = constantValue(condition.not);
		return inner === null ? null : !inner;
	}
	return null;
}

/** Lists every problem of a definition; an empty list means it is valid. */
export function validateFlow(
	definition: FlowDefinition,
	hasText: (key: string, language: Language) => boolean
): FlowProblem[] {
	const flowId = typeof definition?.id === 'string' ? definition.id : '(no id)';
	const problems: FlowProblem[] = [];
	const report = (stepId: string | null, kind: FlowProblemKind, message: string): void => {
		problems.push({ flowId, stepId, kind, message });
	};
	const checkText = (stepId: string | null, field: string, key: TextKey | undefined): void => {
		if (typeof key !== 'string' || key === '') {
			report(stepId, 'missing-text', `${field} has no text key`);
			return;
		}
		const missing = LANGUAGES.filter((language) => !hasText(key, language));
		if (missing.length > 0) {
			report(stepId, 'missing-text', `${field} text "${key}" is missing in ${missing.join(' and ')}`);
		}
	};

	checkText(null, 'title', definition?.title);
	checkText(null, 'description', definition?.description);
	if (definition?.afterward !== undefined && !Array.isArray(definition.afterward)) {
		report(null, 'bad-afterward', '"afterward" must be a list of links');
	}
	listOf(definition?.afterward).forEach((link, index) => {
		if (!isObject(link) || typeof link.id !== 'string' || typeof link.href !== 'string' || !link.href.startsWith('/')) {
			report(null, 'bad-afterward', `afterward link number ${index + 1} needs an id and an address that starts with "/"`);
			return;
		}
		checkText(null, `afterward "${link.id}"`, link.label);
	});

	const rawSteps: unknown = definition?.steps;
	if (!Array.isArray(rawSteps) || rawSteps.length === 0) {
		report(null, 'no-steps', 'the flow has no steps');
		return problems;
	}

	// Structure: ids and kinds. Steps that are not objects or have no usable id are left out of the rest.
	const steps: StepDefinition[] = [];
	const indexById = new Map<string, number>();
	rawSteps.forEach((raw: unknown, position) => {
		if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '') {
			report(null, 'bad-step-id', `step number ${position + 1} has no id`);
			return;
		}
		const step = raw as unknown as StepDefinition;
		if (indexById.has(step.id)) {
			report(step.id, 'duplicate-step-id', `the step id "${step.id}" is used more than once`);
			return;
		}
		if (step.id === DONE || step.id === END) {
			report(step.id, 'bad-step-id', `"${step.id}" is reserved and cannot be a step id`);
		} else if (!STEP_ID_PATTERN.test(step.id)) {
			report(step.id, 'bad-step-id', 'a step id may only use letters, digits, "-" and "_"');
		}
		if (!isKnownKind(step.kind)) report(step.id, 'unknown-step-kind', `unknown step kind "${String(step.kind)}"`);
		indexById.set(step.id, steps.length);
		steps.push(step);
	});

	const stepAt = (id: string): StepDefinition | undefined => {
		const index = indexById.get(id);
		return index === undefined ? undefined : steps[index];
	};
	const isEarlier = (id: string, index: number): boolean => (indexById.get(id) ?? Infinity) < index;

	/** Checks one leaf condition against the step whose answer it reads. */
	const checkLeaf = (from: StepDefinition, leaf: Record<string, unknown>): void => {
		const target = stepAt(leaf.answer as string);
		if (!target || !isKnownKind(target.kind)) return;
		const kind = target.kind;
		const fail = (what: string): void => report(from.id, 'bad-condition', `a condition on "${target.id}" ${what}`);
		if (!STEP_KINDS[kind].takesAnswer) return fail(`reads a ${kind} step, which takes no answer`);
		const optionIdsOf = (): string[] => (target.kind === 'choice' ? listOf(target.options).map((o) => o?.id) : []);
		if ('includes' in leaf) {
			if (kind !== 'choice') return fail(`uses "includes" but "${target.id}" is a ${kind} step, not a choice`);
			if (!optionIdsOf().includes(leaf.includes as string)) {
				fail(`includes "${String(leaf.includes)}", which is not one of its options`);
			}
		} else if ('equals' in leaf) {
			if (target.kind === 'choice' && !target.multiple) {
				if (!optionIdsOf().includes(leaf.equals as string)) {
					fail(`equals "${String(leaf.equals)}", which is not one of its options`);
				}
			} else if (target.kind === 'scale') {
				if (typeof leaf.equals !== 'number') fail('compares a scale with something that is not a number');
			} else if (target.kind === 'weigh') {
				// The option leaned to is the person's own option id (unknown here), or UNDECIDED.
				if (typeof leaf.equals !== 'string') fail('compares the option leaned to with something that is not text');
			} else fail(`uses "equals", which only fits a single choice, a scale or a weigh step (use "includes" for a multiple choice)`);
		} else if ('atLeast' in leaf || 'atMost' in leaf) {
			const countable = COUNTABLE_KINDS.has(kind) || (target.kind === 'choice' && target.multiple);
			if (!countable) fail(`counts or compares a ${kind} step, which has no number or count`);
		} else if ('greaterThan' in leaf) {
			const other = stepAt(comparedStepId(leaf) ?? '');
			if (!other) return;
			if (target.kind !== 'scale' || other.kind !== 'scale') {
				fail(`compares it with "${other.id}", but "greaterThan" only compares two scale steps`);
			} else if (other.id === target.id) {
				fail('compares it with itself');
			} else if (other.min !== target.min || other.max !== target.max) {
				fail(`compares it with "${other.id}", a scale of other numbers (${other.min} to ${other.max})`);
			}
		}
	};

	/** Walks a condition tree of the step at `index`, reporting malformed parts and bad references. */
	const checkCondition = (from: StepDefinition, index: number, condition: unknown): void => {
		if (!isObject(condition)) return report(from.id, 'bad-condition', 'a condition is not an object');
		if ('all' in condition || 'any' in condition) {
			const parts = condition.all ?? condition.any;
			if (!Array.isArray(parts)) return report(from.id, 'bad-condition', '"all"/"any" must hold a list of conditions');
			return parts.forEach((part) => checkCondition(from, index, part));
		}
		if ('not' in condition) return checkCondition(from, index, condition.not);
		const shapes = ['includes', 'equals', 'atLeast', 'atMost', 'filled', 'greaterThan'].filter((key) => key in condition);
		const valueOk =
			shapes.length === 1 &&
			(('includes' in condition && typeof condition.includes === 'string') ||
				('equals' in condition && (typeof condition.equals === 'string' || typeof condition.equals === 'number')) ||
				('atLeast' in condition && typeof condition.atLeast === 'number') ||
				('atMost' in condition && typeof condition.atMost === 'number') ||
				('filled' in condition && typeof condition.filled === 'boolean') ||
				('greaterThan' in condition && comparedStepId(condition) !== undefined));
		if (typeof condition.answer !== 'string' || !valueOk) {
			return report(from.id, 'bad-condition', `malformed condition ${JSON.stringify(condition)}`);
		}
		// Both sides of a comparison are answers, and both must be given by the time the branch is taken.
		for (const answerId of [condition.answer, comparedStepId(condition)]) {
			if (answerId === undefined) continue;
			if (!indexById.has(answerId)) {
				return report(from.id, 'condition-unknown-step', `a condition reads the answer of unknown step "${answerId}"`);
			}
			if ((indexById.get(answerId) ?? 0) > index) {
				return report(from.id, 'condition-later-step', `a condition reads "${answerId}", which comes after this step`);
			}
		}
		checkLeaf(from, condition);
	};

	steps.forEach((step, index) => {
		stepTexts(step).forEach(([field, key]) => checkText(step.id, field, key));

		const ids = optionIds(step);
		if (ids) {
			const seen = new Set<string>();
			for (const id of ids) {
				if (seen.has(id)) report(step.id, 'duplicate-option-id', `the option id "${id}" is used more than once`);
				seen.add(id);
			}
			if (ids.length === 0 && step.kind !== 'next') report(step.id, 'no-options', `a ${step.kind} step needs options`);
		}

		if (step.required && isKnownKind(step.kind) && !STEP_KINDS[step.kind].takesAnswer) {
			report(step.id, 'required-without-answer', `a ${step.kind} step takes no answer, so it cannot be required`);
		}

		if (step.kind === 'scale') {
			const { min, max } = step;
			if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
				report(step.id, 'bad-scale', `the scale goes from ${min} to ${max}; min must be below max`);
			}
		}
		if (step.kind === 'breathing') {
			const lengths = listOf(step.lengths);
			if (lengths.length === 0 || lengths.some((length) => !(typeof length === 'number' && length > 0))) {
				report(step.id, 'bad-lengths', 'breathing needs one or more lengths in minutes, each above 0');
			}
		}
		if (step.kind === 'info') {
			for (const recalled of listOf(step.recap)) {
				if (!isEarlier(recalled, index)) report(step.id, 'bad-source', `recap "${recalled}" is not an earlier step`);
			}
		}
		if (step.kind === 'sort' || step.kind === 'pick') {
			if (!isEarlier(step.source, index) || stepAt(step.source)?.kind !== 'list') {
				report(step.id, 'bad-source', `source "${step.source}" is not an earlier list step`);
			}
		}
		for (const [field, kind, optional] of (isKnownKind(step.kind) && DECISION_REFERENCES[step.kind]) || []) {
			const reference = (step as unknown as Record<string, unknown>)[field];
			if (reference === undefined && optional) continue;
			const target = typeof reference === 'string' ? stepAt(reference) : undefined;
			if (!target || target.kind !== kind || !isEarlier(target.id, index)) {
				report(step.id, 'bad-source', `${field} "${String(reference)}" is not an earlier ${kind} step`);
			} else if (field !== 'source' && 'source' in target && 'source' in step && target.source !== step.source) {
				report(step.id, 'bad-source', `${field} "${target.id}" is about the options of "${target.source}", not "${step.source}"`);
			}
		}
		if (step.kind === 'readiness') {
			listOf(step.questions).forEach((question) => {
				const helps: unknown = question?.helps;
				const known = Array.isArray(helps) && helps.every((kind) => (ACTION_KINDS as readonly unknown[]).includes(kind));
				if (!known) {
					report(step.id, 'bad-need', `question "${question?.id}" must list next steps among ${ACTION_KINDS.join(', ')}`);
				}
			});
		}
		if (step.kind === 'pick' && step.filter !== undefined) {
			const sort = stepAt(step.filter.sort);
			if (!sort || sort.kind !== 'sort' || !isEarlier(sort.id, index)) {
				report(step.id, 'bad-filter', `filter.sort "${step.filter.sort}" is not an earlier sort step`);
			} else if (sort.source !== step.source) {
				report(step.id, 'bad-filter', `filter.sort "${sort.id}" sorts "${sort.source}", not "${step.source}"`);
			} else if (!listOf(sort.groups).some((group) => group?.id === step.filter?.group)) {
				report(step.id, 'bad-filter', `filter.group "${step.filter.group}" is not a group of "${sort.id}"`);
			}
		}

		if (step.next !== undefined && !Array.isArray(step.next)) {
			report(step.id, 'unknown-branch-target', '"next" must be a list of branches');
		}
		listOf(step.next).forEach((branch) => {
			if (!isObject(branch)) return report(step.id, 'bad-condition', 'a branch is not an object');
			if (typeof branch.to !== 'string' || (branch.to !== END && !indexById.has(branch.to))) {
				const message = `a branch goes to "${String(branch.to)}", which is neither a step nor "end"`;
				report(step.id, 'unknown-branch-target', message);
			}
			checkCondition(step, index, branch.when);
		});
	});

	// Reachability over the possible ways on: every branch that can hold, and the following step
	// unless an earlier branch always holds.
	const edges = new Map<string, string[]>();
	steps.forEach((step, index) => {
		const targets: string[] = [];
		let alwaysBranches = false;
		for (const branch of listOf(step.next)) {
			if (!isObject(branch) || typeof branch.to !== 'string') continue;
			const constant = constantValue(branch.when);
			if (constant === false) continue;
			targets.push(branch.to);
			if (constant === true) {
				alwaysBranches = true;
				break;
			}
		}
		if (!alwaysBranches) targets.push(steps[index + 1]?.id ?? END);
		edges.set(step.id, targets);
	});
	const reached = new Set<string>();
	const pending = [steps[0]!.id];
	while (pending.length > 0) {
		const id = pending.pop()!;
		if (reached.has(id)) continue;
		reached.add(id);
		pending.push(...(edges.get(id) ?? []));
	}
	const finishing = new Set<string>([END]);
	for (let changed = true; changed; ) {
		changed = false;
		for (const [id, targets] of edges) {
			if (!finishing.has(id) && targets.some((target) => finishing.has(target))) {
				finishing.add(id);
				changed = true;
			}
		}
	}
	for (const step of steps) {
		if (!reached.has(step.id)) report(step.id, 'unreachable-step', 'no path from the first step leads here');
		if (!finishing.has(step.id)) report(step.id, 'cannot-finish', 'no path from here reaches the end');
	}
	return problems;
}

/** One line per problem: flow, step and what is wrong. */
export function describeFlowProblem(problem: FlowProblem): string {
	const where = problem.stepId === null ? `flow "${problem.flowId}"` : `flow "${problem.flowId}", step "${problem.stepId}"`;
	return `${where}: ${problem.message} [${problem.kind}]`;
}

/** Throws one Error that lists every problem of the definition, if it has any. */
export function assertValidFlow(
	definition: FlowDefinition,
	hasText: (key: string, language: Language) => boolean
): void {
	const problems = validateFlow(definition, hasText);
	if (problems.length === 0) return;
	const lines = problems.map((problem) => `  - ${describeFlowProblem(problem)}`);
	throw new Error(`Flow "${problems[0]!.flowId}" has ${problems.length} problem(s):\n${lines.join('\n')}`);
}
