import Dexie from 'dexie';
import { createActor } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { LangkahDatabase } from '$lib/db/database';
import { getRun } from '$lib/db/runs.repo';
import { LATEST_VERSION } from '$lib/db/schema';
import { createFlowMachine, currentStepId, nextStepId } from '$lib/flows/flow-engine';
import { restoreFlowActorInput } from '$lib/flows/flow-restore';
import { END, type Answers, type FlowDefinition } from '$lib/flows/flow-types';
import { FLOW_IDS, loadFlowDefinition } from '$lib/flows/registry';
import { sampleAnswer } from '../flows/walk';

/**
 * Saved runs of every shipped exercise, in a database of the previous schema version (before the
 * `flows` table, when the exercises were TypeScript), continue after the upgrade: each resumes on
 * the step it was on, with every answer, and goes on to the next step. The snapshots are written
 * in the shape the previous release persisted (`actor.getPersistedSnapshot()` of XState 5).
 */
const PREVIOUS_VERSION = LATEST_VERSION - 1;
const NAME = 'saved-runs-upgrade';

afterEach(async () => {
	await Dexie.delete(NAME);
});

/** A run halfway through: answers for every step on the way, as the previous release saved it. */
function halfwayRun(definition: FlowDefinition) {
	const answers: Answers = {};
	const history: string[] = [];
	let stepId = definition.steps[0]!.id;
	const stopAt = Math.max(1, Math.floor(definition.steps.length / 2));
	while (history.length < stopAt) {
		const step = definition.steps.find((candidate) => candidate.id === stepId)!;
		const answer = sampleAnswer(step);
		if (answer !== undefined) answers[step.id] = answer;
		const next = nextStepId(definition, step.id, answers);
		if (next === END) break;
		history.push(step.id);
		stepId = next;
	}
	return {
		id: `run-${definition.id}`,
		flowId: definition.id,
		flowVersion: definition.version,
		status: 'active' as const,
		snapshot: {
			status: 'active',
			value: stepId,
			historyValue: {},
			context: { answers, history, returnToReview: null },
			children: {}
		},
		createdAt: 1,
		updatedAt: 2
	};
}

describe('saved runs across the upgrade to the flows table', () => {
	it('continues a saved run of every exercise', async () => {
		expect(FLOW_IDS.length).toBeGreaterThanOrEqual(4);
		const definitions = await Promise.all(FLOW_IDS.map((id) => loadFlowDefinition(id)));
		const old = new LangkahDatabase(NAME, PREVIOUS_VERSION);
		await old.open();
		const saved = definitions.map(halfwayRun);
		await old.table('runs').bulkPut(saved);
		old.close();

		const latest = new LangkahDatabase(NAME);
		await latest.open();
		expect(latest.verno).toBe(LATEST_VERSION);
		for (const [index, definition] of definitions.entries()) {
			const before = saved[index]!;
			const record = await getRun(before.id, latest);
			expect(record, definition.id).toBeDefined();
			const restored = restoreFlowActorInput(definition, record!);
			expect(restored.kind, definition.id).toBe('resume');
			if (restored.kind !== 'resume') continue;
			const actor = createActor(createFlowMachine(definition), { snapshot: restored.snapshot }).start();
			expect(currentStepId(actor.getSnapshot()), definition.id).toBe(before.snapshot.value);
			expect(actor.getSnapshot().context.answers, definition.id).toEqual(before.snapshot.context.answers);
			actor.send({ type: 'step.next' });
			const expected = nextStepId(definition, before.snapshot.value, before.snapshot.context.answers);
			expect(currentStepId(actor.getSnapshot()), definition.id).toBe(expected === END ? 'done' : expected);
			actor.stop();
		}
		latest.close();
	});
});
