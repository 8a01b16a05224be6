import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { getRun, latestActiveRun, listRuns } from '$lib/db/runs.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { flushPendingWrites } from '$lib/db/pending-writes';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { loadFlowDefinition } from '$lib/flows/registry';
import { RunSession } from '$lib/runs/run-session.svelte';
import { settings } from '$lib/settings/settings.svelte';

let tell: FlowDefinition;
const sessions: RunSession[] = [];
function track(session: RunSession) {
	sessions.push(session);
	return session;
}

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
	tell = await loadFlowDefinition('tell');
});

afterEach(() => {
	sessions.splice(0).forEach((s) => s.dispose());
	vi.restoreAllMocks();
});

describe('a run', () => {
	it('is saved as the person types, with the flow id, version and snapshot', async () => {
		const session = track(RunSession.start(tell));
		session.next();
		session.next();
		expect(session.stepId).toBe('what');
		for (const text of ['S', 'Sa', 'Saya', 'Saya takut pulang']) session.answer('what', text);
		await session.flush();
		const stored = await getRun(session.id);
		expect(stored).toMatchObject({ flowId: 'tell', flowVersion: tell.version, status: 'active' });
		expect(JSON.stringify(stored?.snapshot)).toContain('Saya takut pulang');
	});

	it('resumes on the exact step with every answer', async () => {
		const first = track(RunSession.start(tell));
		first.next();
		first.answer('feelings', [{ id: 'sad', intensity: 4 }]);
		first.next();
		first.answer('what', 'Ibu saya sakit dan saya sendirian.');
		await flushPendingWrites();
		first.dispose();

		const saved = await latestActiveRun('tell');
		expect(saved).toBeDefined();
		const again = track(RunSession.resume(tell, saved!));
		expect(again.id).toBe(first.id);
		expect(again.stepId).toBe('what');
		expect(again.restarted).toBeUndefined();
		expect(again.answers.what).toBe('Ibu saya sakit dan saya sendirian.');
		expect(again.answers.feelings).toEqual([{ id: 'sad', intensity: 4 }]);
		again.back();
		expect(again.stepId).toBe('feelings');
	});

	it('saved with an older flow version restarts with its answers kept', async () => {
		const session = track(RunSession.start(tell));
		session.next();
		session.next();
		session.answer('what', 'Kata-kata saya');
		await session.flush();
		const saved = (await getRun(session.id))!;
		const resumed = track(RunSession.resume({ ...tell, version: tell.version + 1 }, saved));
		expect(resumed.restarted).toBe('version');
		expect(resumed.stepId).toBe(tell.steps[0]!.id);
		expect(resumed.answers.what).toBe('Kata-kata saya');
	});

	it('is marked finished when the person finishes, and listed newest first', async () => {
		const older = track(RunSession.start(tell));
		await older.save();
		await new Promise((r) => setTimeout(r, 5));
		const newer = track(RunSession.start(tell));
		expect(newer.isDone).toBe(false);
		newer.finish();
		expect(newer.isDone).toBe(true);
		await newer.flush();
		const runs = await listRuns();
		expect(runs.map((r) => r.id)).toEqual([newer.id, older.id]);
		expect(runs[0]).toMatchObject({ status: 'finished' });
		expect(runs[0]!.finishedAt).toBeTypeOf('number');
		expect((await latestActiveRun('tell'))?.id).toBe(older.id);
	});

	it('keeps working on screen when the disk is full, and says so', async () => {
		vi.spyOn(database().runs, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
		const session = track(RunSession.start(tell));
		session.next();
		session.next();
		session.answer('what', 'masih di layar');
		await session.flush();
		expect(storageStatus.problem).toBe('quota');
		expect(session.answers.what).toBe('masih di layar');
	});
});
