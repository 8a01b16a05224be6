import { checksOf } from '$lib/steps/checks';
import { stepKind } from '$lib/steps/registry';
import type { StepCheckContext, StepShape } from '$lib/steps/step-kind';
import { comparedStepId } from './conditions';
import { DONE, END, type FlowDefinition, type StepDefinition, type TextKey } from './flow-types';

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
	| 'bad-definition'
	| 'bad-afterward'
	| 'bad-suggestions'
	| 'bad-carry-in'
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

const STEP_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
/** An address in this app: one "/" then a path ("//elsewhere" is another site). */
const SAME_ORIGIN_PATH = /^\/(?!\/)/;

function isKnownKind(kind: unknown): boolean {
	return typeof kind === 'string' && stepKind(kind) !== undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What `read` returns, or undefined when a malformed step makes it throw (the shape check reports that). */
function orNothing<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}

function listOf<T>(value: T[] | undefined): T[] {
	return Array.isArray(value) ? value : [];
}

/** The text keys a step shows, each with the field it comes from (for messages). */
function stepTexts(step: StepDefinition): [field: string, key: TextKey | undefined][] {
	const texts: [string, TextKey | undefined][] = [['prompt', step.prompt]];
	if (step.help !== undefined) texts.push(['help', step.help]);
	if (step.noteLabel !== undefined) texts.push(['noteLabel', step.noteLabel]);
	const kind = stepKind(step.kind);
	texts.push(...(orNothing(() => (kind ? checksOf(kind).texts?.(step) : undefined)) ?? []));
	return texts;
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
		if (!isObject(link) || typeof link.id !== 'string' || typeof link.href !== 'string' || !SAME_ORIGIN_PATH.test(link.href)) {
			report(null, 'bad-afterward', `afterward link number ${index + 1} needs an id and an address in this app (starting with one "/")`);
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

	/** Checks one leaf condition against the step whose answer it reads (the step's kind says which comparisons fit). */
	const checkLeaf = (from: StepDefinition, leaf: Record<string, unknown>): void => {
		const target = stepAt(leaf.answer as string);
		const kind = target && stepKind(target.kind);
		if (!target || !kind) return;
		const fail = (what: string): void => report(from.id, 'bad-condition', `a condition on "${target.id}" ${what}`);
		if (!kind.answerSchema) return fail(`reads a ${kind.kind} step, which takes no answer`);
		const checks = checksOf(kind).conditions ?? {};
		let problem: string | undefined;
		if ('includes' in leaf) {
			problem = checks.includes
				? checks.includes(target, leaf.includes as string)
				: `uses "includes" but "${target.id}" is a ${kind.kind} step, not a choice`;
		} else if ('equals' in leaf) {
			problem = checks.equals
				? checks.equals(target, leaf.equals)
				: 'uses "equals", which only fits a single choice, a scale or a weigh step (use "includes" for a multiple choice)';
		} else if ('atLeast' in leaf || 'atMost' in leaf) {
			problem = checks.count ? checks.count(target) : `counts or compares a ${kind.kind} step, which has no number or count`;
		} else if ('greaterThan' in leaf) {
			const other = stepAt(comparedStepId(leaf) ?? '');
			if (!other) return;
			problem = checks.greaterThan
				? checks.greaterThan(target, other)
				: `compares it with "${other.id}", but "greaterThan" only compares two scale steps`;
		}
		if (problem !== undefined) fail(problem);
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

	// The steps the suggestions read, and the step answers are carried into.
	const suggestions: unknown = definition.suggestions;
	if (suggestions !== undefined) {
		for (const [role, multiple] of [
			['areas', true],
			['danger', false],
			['thoughts', false]
		] as const) {
			const id = isObject(suggestions) ? suggestions[role] : undefined;
			if (id === undefined) continue;
			const step = typeof id === 'string' ? stepAt(id) : undefined;
			if (!step || step.kind !== 'choice' || step.multiple !== multiple) {
				report(null, 'bad-suggestions', `suggestions.${role} "${String(id)}" is not a ${multiple ? 'multiple' : 'single'} choice step`);
			}
		}
	}
	listOf(definition?.carryIn).forEach((carry, index) => {
		const items = isObject(carry) && isObject(carry.items) ? carry.items : undefined;
		if (items) {
			const itemsInto = typeof items.into === 'string' ? stepAt(items.into) : undefined;
			if (!itemsInto || itemsInto.kind !== 'list' || typeof items.source !== 'string') {
				report(null, 'bad-carry-in', `carryIn number ${index + 1}: items must go into a list step of this flow`);
			}
			return;
		}
		const into = isObject(carry) && typeof carry.into === 'string' ? stepAt(carry.into) : undefined;
		if (!into || into.kind !== 'text') report(null, 'bad-carry-in', `carryIn number ${index + 1} must go into a text step of this flow`);
		const options = isObject(carry) && isObject(carry.options) ? carry.options : undefined;
		const optionsInto = typeof options?.into === 'string' ? stepAt(options.into) : undefined;
		if (options && (!optionsInto || optionsInto.kind !== 'options' || typeof options.source !== 'string')) {
			report(null, 'bad-carry-in', `carryIn number ${index + 1}: options must go into an options step of this flow`);
		}
	});

	steps.forEach((step, index) => {
		stepTexts(step).forEach(([field, key]) => checkText(step.id, field, key));

		const kind = stepKind(step.kind);
		const checks = kind && checksOf(kind);
		const options = orNothing(() => checks?.optionIds?.(step));
		if (options) {
			const seen = new Set<string>();
			for (const id of options.ids) {
				if (seen.has(id)) report(step.id, 'duplicate-option-id', `the option id "${id}" is used more than once`);
				seen.add(id);
			}
			if (options.ids.length === 0 && options.needsOptions) report(step.id, 'no-options', `a ${step.kind} step needs options`);
		}

		if (step.required && kind && !kind.answerSchema) {
			report(step.id, 'required-without-answer', `a ${step.kind} step takes no answer, so it cannot be required`);
		}

		listOf(step.recall).forEach((recalled) => {
			if (typeof recalled !== 'string' || !isEarlier(recalled, index)) report(step.id, 'bad-source', `recall "${String(recalled)}" is not an earlier step`);
		});

		if (checks?.check) {
			const context: StepCheckContext = {
				stepAt: (id) => stepAt(id) as StepShape | undefined,
				isEarlier: (id) => isEarlier(id, index),
				report: (problem, message) => report(step.id, problem, message)
			};
			try {
				checks.check(step, context);
			} catch {
				// A step whose fields have the wrong shape (a flow from outside): said plainly, never thrown.
				report(step.id, 'bad-definition', `the fields of this ${step.kind} step do not have the right shape`);
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
