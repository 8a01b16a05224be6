import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, resetDatabase, useDatabaseNamed } from '$lib/db/database';
import { saveRun, type RunRecord } from '$lib/db/runs.repo';
import { peekLatestActiveRun, peekRuns } from '$lib/db/runs-peek';
import { listRuns } from '$lib/db/runs.repo';
import { MySpace } from '$lib/runs/my-space.svelte';

function run(overrides: Partial<RunRecord>): RunRecord {
	return { id: 'r', flowId: 'tell', flowVersion: 1, status: 'active', snapshot: { value: 'x' }, createdAt: 1, updatedAt: 1, ...overrides };
}

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).map((info) => info.name ?? '');
}

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
});

describe('the first look at saved runs, without Dexie', () => {
	it("reads a guest session's own database in a guest tab, never the phone owner's", async () => {
		await saveRun(run({ id: 'owners' }));
		useDatabaseNamed('langkah-guest-peek');
		try {
			expect(await peekRuns()).toEqual([]);
			expect(await peekLatestActiveRun('tell')).toBeUndefined();
			await saveRun(run({ id: 'guests' }));
			expect((await peekRuns()).map((glance) => glance.id)).toEqual(['guests']);
			await database().delete();
		} finally {
			useDatabaseNamed();
		}
		expect((await peekRuns()).map((glance) => glance.id)).toEqual(['owners']);
	});

	it('finds nothing, and creates no database, on a first visit', async () => {
		expect(await databaseNames()).not.toContain(DATABASE_NAME);
		expect(await peekLatestActiveRun('tell')).toBeUndefined();
		expect(await databaseNames()).not.toContain(DATABASE_NAME);
		// Dexie still makes the database with its schema afterwards.
		await saveRun(run({ id: 'later' }));
		expect(await peekLatestActiveRun('tell')).toMatchObject({ id: 'later' });
	});

	it('offers the latest unfinished run of that exercise, as the repository does', async () => {
		await saveRun(run({ id: 'old', updatedAt: 10 }));
		await saveRun(run({ id: 'new', updatedAt: 30 }));
		await saveRun(run({ id: 'done', updatedAt: 50, status: 'finished' }));
		await saveRun(run({ id: 'other', flowId: 'calm', updatedAt: 60 }));
		expect(await peekLatestActiveRun('tell')).toEqual({ id: 'new', flowId: 'tell', updatedAt: 30 });
		expect(await peekLatestActiveRun('calm')).toEqual({ id: 'other', flowId: 'calm', updatedAt: 60 });
		expect(await peekLatestActiveRun('decide')).toBeUndefined();
	});

	it('skips a damaged record instead of offering it', async () => {
		await saveRun(run({ id: 'good', updatedAt: 10 }));
		await database().runs.put({ id: 'broken', flowId: 'tell', status: 'active', updatedAt: 99 } as never);
		expect(await peekLatestActiveRun('tell')).toMatchObject({ id: 'good' });
	});

	it('does not hold up a schema upgrade in another connection', async () => {
		await saveRun(run({ id: 'kept' }));
		resetDatabase();
		const glance = peekLatestActiveRun('tell');
		await database().open();
		expect(await glance).toMatchObject({ id: 'kept' });
	});

	it('lists every run newest first for My space, as the repository does, and deletes through it', async () => {
		expect(await peekRuns()).toEqual([]);
		await saveRun(run({ id: 'a', updatedAt: 10, status: 'finished' }));
		await saveRun(run({ id: 'b', flowId: 'calm', updatedAt: 30 }));
		await saveRun(run({ id: 'c', flowId: 'decide', updatedAt: 20 }));
		await database().runs.put({ id: 'broken', flowId: 'tell' } as never);
		const listed = await peekRuns();
		expect(listed.map((glance) => glance.id)).toEqual((await listRuns()).map((record) => record.id));
		expect(listed).toEqual([
			{ id: 'b', flowId: 'calm', updatedAt: 30, status: 'active' },
			{ id: 'c', flowId: 'decide', updatedAt: 20, status: 'active' },
			{ id: 'a', flowId: 'tell', updatedAt: 10, status: 'finished' }
		]);

		const space = new MySpace();
		await space.load();
		expect(space.runs?.map((glance) => glance.id)).toEqual(['b', 'c', 'a']);
		expect(await space.delete('c')).toBe(true);
		expect(space.runs?.map((glance) => glance.id)).toEqual(['b', 'a']);
		expect((await listRuns()).map((record) => record.id)).toEqual(['b', 'a']);
	});
});
