import { createActor, type Snapshot } from 'xstate';
import { conditionStepIds, isAnswerFilled } from '$lib/flows/conditions';
import { createFlowMachine, currentStepId, nextStepId, stepById, type FlowContext } from '$lib/flows/flow-engine';
import { DONE, END, type Answer, type Condition, type FlowDefinition, type StepDefinition } from '$lib/flows/flow-types';

/**
 * Explores every path through a flow's machine with real actors. At each step it tries the answers
 * that can change where the flow goes (every option of a choice the branches read, scale ends and
 * the values around each threshold, counts around each threshold, empty and filled; for two scales
 * compared with each other, the ends and the middle of each), and one
 * filled sample on steps no branch reads. It follows `step.next` and reports:
 * - a step where "next" changes nothing although the step is not blocked by a required answer,
 * - a required step that lets the person on without an answer,
 * - a machine transition that disagrees with `nextStepId`,
 * - a loop (a state the path has already been in) or a path longer than `maxSteps`,
 * - a state from which `done` cannot be reached.
 * States that differ only in answers no branch reads are explored once.
 */

export interface WalkResult {
	/** Every distinct sequence of steps that reaches `done`, as "a > b > c", sorted. */
	routes: string[];
	/** Every step some path passes through. */
	visitedSteps: Set<string>;
	failures: string[];
}

type Leaf = Extract<Condition, { answer: string }>;

function leavesOf(condition: unknown, into: Leaf[]): void {
	if (condition === null || typeof condition !== 'object') return;
	const c = condition as Record<string, unknown>;
	if (Array.isArray(c.all)) c.all.forEach((part) => leavesOf(part, into));
	else if (Array.isArray(c.any)) c.any.forEach((part) => leavesOf(part, into));
	else if ('not' in c) leavesOf(c.not, into);
	else if (typeof c.answer === 'string') into.push(c as Leaf);
}

/** A filled answer of the step's kind, with `count` items where the kind is a collection. */
export function sampleAnswer(step: StepDefinition, count = 2): Answer | undefined {
	const ids = Array.from({ length: count }, (_, index) => `item-${index + 1}`);
	switch (step.kind) {
		case 'text':
			return 'Some words';
		case 'pick':
			return 'item-1';
		case 'choice':
			return step.multiple ? step.options.slice(0, count).map((option) => option.id) : step.options[0]?.id;
		case 'scale':
			return Math.round((step.min + step.max) / 2);
		case 'breathing':
			return step.lengths[0] ?? 1;
		case 'feelings':
			return ids.map((_, index) => ({ id: step.feelings[index % step.feelings.length] ?? 'sad', intensity: 3 }));
		case 'list':
			return ids.map((id) => ({ id, text: `Thing ${id}` }));
		case 'sort':
			return Object.fromEntries(ids.map((id) => [id, step.groups[0]?.id ?? 'group']));
		case 'plan':
			return ids.map((id) => ({ id, what: 'Call', when: 'Monday', who: 'Me', needs: '' }));
		case 'options':
			return ids.map((id) => ({ id, text: `Option ${id}` }));
		case 'points':
			return ids.map((id) => ({ id: `point-${id}`, text: 'A point', side: 'good' as const, importance: 3, options: [id] }));
		case 'reality':
			return Object.fromEntries(ids.map((id) => [id, { needs: { money: 'have' as const }, control: '', affects: '', safe: 'yes' as const }]));
		case 'people':
			return ids.map((id) => ({ id, who: 'Someone', prefers: '', presses: 'no' as const }));
		case 'readiness':
			return Object.fromEntries(step.questions.map((question) => [question.id, 'yes']));
		case 'weigh':
			return 'item-1';
		case 'actions':
			return ids.map((id) => ({ id, kind: 'talk' as const, what: 'Call', date: '', who: '' }));
		default:
			return undefined;
	}
}

/** The answers worth trying on a step, given the condition leaves that read it. */
function answerVariants(step: StepDefinition, leaves: Leaf[]): (Answer | undefined)[] {
	const sample = sampleAnswer(step);
	if (leaves.length === 0) return [sample];
	const variants: (Answer | undefined)[] = [undefined, sample];
	const thresholds = leaves.flatMap((leaf) =>
		'atLeast' in leaf ? [leaf.atLeast - 1, leaf.atLeast] : 'atMost' in leaf ? [leaf.atMost, leaf.atMost + 1] : []
	);
	if (step.kind === 'choice') {
		const optionIds = step.options.map((option) => option.id);
		if (step.multiple) {
			variants.push([], optionIds, ...optionIds.map((id) => [id]));
			for (const count of thresholds) if (count >= 0) variants.push(optionIds.slice(0, count));
		} else variants.push(...optionIds);
	} else if (step.kind === 'scale' || step.kind === 'breathing') {
		const [min, max] = step.kind === 'scale' ? [step.min, step.max] : [0, Math.max(0, ...step.lengths)];
		const values = [min, Math.round((min + max) / 2), max, ...thresholds];
		for (const leaf of leaves) if ('equals' in leaf && typeof leaf.equals === 'number') values.push(leaf.equals);
		variants.push(...values.filter((value) => value >= min && value <= max));
	} else {
		for (const count of thresholds) if (count > 0) variants.push(sampleAnswer(step, count));
	}
	for (const leaf of leaves) {
		if ('includes' in leaf) variants.push(leaf.includes, [leaf.includes]);
		if ('equals' in leaf) variants.push(leaf.equals);
	}
	const seen = new Set<string>();
	return variants.filter((variant) => {
		const key = JSON.stringify(variant ?? null);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Walks every path of a definition; see the module comment. */
export function walkAllPaths(
	definition: FlowDefinition,
	{ maxSteps = definition.steps.length * 3 }: { maxSteps?: number } = {}
): WalkResult {
	const machine = createFlowMachine(definition);
	const leavesByStep = new Map<string, Leaf[]>();
	for (const step of definition.steps) {
		for (const branch of step.next ?? []) {
			const leaves: Leaf[] = [];
			leavesOf(branch.when, leaves);
			// A comparison of two answers is a leaf of both steps, so that both sides are varied.
			for (const leaf of leaves) {
				for (const id of conditionStepIds(leaf)) leavesByStep.set(id, [...(leavesByStep.get(id) ?? []), leaf]);
			}
		}
	}
	const branchReads = new Set(
		definition.steps.flatMap((step) => (step.next ?? []).flatMap((branch) => conditionStepIds(branch.when)))
	);
	const failures: string[] = [];
	const visitedSteps = new Set<string>();
	const routesFrom = new Map<string, Set<string>>();
	const onPath = new Set<string>();

	const describe = (answer: Answer | undefined): string => JSON.stringify(answer ?? null);
	const stateKey = (context: FlowContext, stepId: string): string => {
		const relevant = [...branchReads].sort().map((id) => [id, context.answers[id] ?? null]);
		return JSON.stringify([stepId, relevant, context.returnToReview]);
	};

	/** The routes from this state to done (empty when none). */
	function explore(persisted: Snapshot<unknown>, trail: string[]): Set<string> {
		const restored = createActor(machine, { snapshot: persisted });
		const snapshot = restored.getSnapshot();
		const stepId = currentStepId(snapshot);
		if (stepId === DONE) return new Set(['']);
		const where = `${[...trail, stepId].join(' > ')}`;
		if (trail.length >= maxSteps) {
			failures.push(`path longer than ${maxSteps} steps: ${where}`);
			return new Set();
		}
		const key = stateKey(snapshot.context, stepId);
		const known = routesFrom.get(key);
		if (known !== undefined) return known;
		if (onPath.has(key)) {
			failures.push(`loop: ${where}`);
			return new Set();
		}
		onPath.add(key);
		visitedSteps.add(stepId);
		const step = stepById(definition, stepId)!;
		const routes = new Set<string>();
		for (const variant of answerVariants(step, leavesByStep.get(stepId) ?? [])) {
			const actor = createActor(machine, { snapshot: persisted }).start();
			actor.send(variant === undefined ? { type: 'answer.clear', step: stepId } : { type: 'answer.set', step: stepId, value: variant });
			const before = actor.getSnapshot();
			const expected = nextStepId(definition, stepId, before.context.answers);
			actor.send({ type: 'step.next' });
			const after = actor.getSnapshot();
			const moved = currentStepId(after) !== stepId || after.context.history.length !== before.context.history.length;
			const blocked = step.required === true && !isAnswerFilled(variant);
			const next = actor.getPersistedSnapshot();
			actor.stop();
			if (blocked) {
				if (moved) failures.push(`required step let the person on without an answer: ${where}`);
				continue;
			}
			if (!moved) {
				failures.push(`stuck: next changed nothing at ${where} with answer ${describe(variant)}`);
				continue;
			}
			const reached = currentStepId(after);
			if (reached !== (expected === END ? DONE : expected)) {
				failures.push(`machine went to "${reached}" but nextStepId says "${expected}": ${where} with ${describe(variant)}`);
			}
			for (const rest of explore(next, [...trail, stepId])) routes.add(rest ? `${stepId} > ${rest}` : stepId);
		}
		onPath.delete(key);
		routesFrom.set(key, routes);
		if (routes.size === 0 && !failures.some((failure) => failure.includes(where))) {
			failures.push(`done cannot be reached from ${where}`);
		}
		return routes;
	}

	const start = createActor(machine).start();
	const routes = explore(start.getPersistedSnapshot(), []);
	start.stop();
	return { routes: [...routes].sort(), visitedSteps, failures };
}
