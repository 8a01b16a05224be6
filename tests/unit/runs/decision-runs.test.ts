import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { addFollowUp, getRun, listRuns, saveRun } from '$lib/db/runs.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { loadFlowDefinition } from '$lib/flows/registry';
import { carryIn, carryRequestOf } from '$lib/runs/carry-in';
import { DecisionFollowUp } from '$lib/runs/decision-follow-up.svelte';
import { RunSession } from '$lib/runs/run-session.svelte';
import { settings } from '$lib/settings/settings.svelte';

let decide: FlowDefinition;
let problems: FlowDefinition;
const sessions: RunSession[] = [];
const track = (session: RunSession) => (sessions.push(session), session);

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
	decide = await loadFlowDefinition('decide');
	problems = await loadFlowDefinition('problems');
});

afterEach(() => {
	sessions.splice(0).forEach((session) => session.dispose());
});

/** A finished problems run with one problem picked and described. */
async function finishedProblem(): Promise<RunSession> {
	const session = track(RunSession.start(problems));
	session.answer('list', [{ id: 'p1', text: 'Kontrakan belum dibayar' }]);
	session.answer('sort', { p1: 'can' });
	session.answer('pick', 'p1');
	session.answer('specific', 'Pemilik minta dibayar Sabtu.');
	session.finish();
	await session.flush();
	return session;
}

/** A finished decision with two options and the first leaned to. */
async function finishedDecision(): Promise<RunSession> {
	const session = track(RunSession.start(decide, { decision: 'Pindah?' }));
	session.answer('options', [
		{ id: 'a', text: 'Pindah' },
		{ id: 'b', text: 'Tetap' }
	]);
	session.answer('points', [{ id: 'p', text: 'Dekat ibu', side: 'good', importance: 4, options: ['a'] }]);
	session.answer('weigh', 'a');
	session.finish();
	await session.flush();
	return session;
}

describe('carrying answers into a decision', () => {
	it('reads the request from the address', () => {
		expect(carryRequestOf(new URLSearchParams('?from=r1'))).toEqual({ from: 'r1', reopen: null });
		expect(carryRequestOf(new URLSearchParams('?reopen=r2'))).toEqual({ from: null, reopen: 'r2' });
	});

	it('starts a decision from a problem chosen in My problems, and records where it came from', async () => {
		const problem = await finishedProblem();
		const carried = await carryIn(decide, { from: problem.id });
		expect(carried).toEqual({
			answers: { decision: 'Kontrakan belum dibayar\nPemilik minta dibayar Sabtu.' },
			origin: { runId: problem.id, flowId: 'problems', kind: 'problem' }
		});
		const session = track(RunSession.start(decide, carried!.answers, carried!.origin));
		await session.save();
		expect(session.answers.decision).toContain('Kontrakan');
		expect((await getRun(session.id))?.origin).toEqual(carried!.origin);
	});

	it('carries nothing from a run it cannot read or does not know how to carry', async () => {
		expect(await carryIn(decide, { from: 'nope' })).toBeNull();
		expect(await carryIn(decide, {})).toBeNull();
		const decision = await finishedDecision();
		expect(await carryIn(decide, { from: decision.id })).toBeNull();
		expect(await carryIn(problems, { reopen: decision.id })).toBeNull();
	});

	it('opens a decision again as a new run with every answer, keeping the old one as it was', async () => {
		const old = await finishedDecision();
		const before = await getRun(old.id);
		const carried = await carryIn(decide, { reopen: old.id });
		expect(carried?.origin).toEqual({ runId: old.id, flowId: 'decide', kind: 'reopen' });
		const again = track(RunSession.start(decide, carried!.answers, carried!.origin));
		again.answer('weigh', 'b');
		await again.flush();
		expect(again.id).not.toBe(old.id);
		expect(again.stepId).toBe('intro');
		expect(again.answers.points).toEqual(old.answers.points);
		expect(await getRun(old.id)).toEqual(before);
		expect((await listRuns()).map((run) => run.id).sort()).toEqual([old.id, again.id].sort());
		// The link back survives resuming the new run.
		const resumed = track(RunSession.resume(decide, (await getRun(again.id))!));
		expect(resumed.origin).toEqual(carried!.origin);
	});
});

describe('how a decision went', () => {
	it('keeps notes in order on the run, and a later save of the run keeps them', async () => {
		const decision = await finishedDecision();
		const record = (await getRun(decision.id))!;
		const followUp = new DecisionFollowUp(record);
		expect(await followUp.add('notYet', '', 1000)).toBe(true);
		expect(await followUp.add('mixed', 'Ibu senang, anak belum', 2000)).toBe(true);
		expect(followUp.followUps.map((item) => item.outcome)).toEqual(['notYet', 'mixed']);
		expect(followUp.justSaved).toBe(true);

		await saveRun({ ...(await getRun(decision.id))!, followUps: undefined });
		const stored = await getRun(decision.id);
		expect(stored?.followUps?.map((item) => item.note)).toEqual(['', 'Ibu senang, anak belum']);
	});

	it('reads damaged notes as missing and adds nothing to a run that is gone', async () => {
		expect(await addFollowUp('gone', { id: 'x', at: 1, outcome: 'well', note: '' })).toBeUndefined();
		const decision = await finishedDecision();
		const stored = (await database().runs.get(decision.id)) as unknown as Record<string, unknown>;
		await database().runs.put({
			...stored,
			followUps: [{ id: 'a', at: 5, outcome: 'well' }, { id: 'b', outcome: 'well' }, 'x'],
			origin: { runId: 3 }
		} as never);
		const record = await getRun(decision.id);
		expect(record?.followUps).toEqual([{ id: 'a', at: 5, outcome: 'well', note: '' }]);
		expect(record?.origin).toBeUndefined();
	});
});
