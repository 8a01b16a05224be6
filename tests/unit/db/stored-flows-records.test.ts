import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, resetDatabase } from '$lib/db/database';
import { readStoredFlow, toStoredFlowRecord } from '$lib/db/stored-flows.records';
import { getStoredFlow, listStoredFlows, putStoredFlow } from '$lib/db/stored-flows.repo';

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
});

describe('a stored exercise read without Dexie', () => {
	it('reads nothing, and makes no database, before anything was kept', async () => {
		expect(await readStoredFlow('thanks')).toBeUndefined();
		expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(DATABASE_NAME);
	});

	it('reads a kept exercise as the repo does, and leaves a damaged record out of both', async () => {
		const file = { id: 'thanks', version: 2, steps: [] };
		await putStoredFlow({ id: 'thanks', version: 2, file, origin: 'link' }, 1000);
		expect(await readStoredFlow('thanks')).toEqual({ id: 'thanks', version: 2, file, origin: 'link', addedAt: 1000, updatedAt: 1000 });
		expect(await readStoredFlow('thanks')).toEqual(await getStoredFlow('thanks'));
		await database().flows.put({ id: 'broken', version: 'one', file: {}, origin: 'link', addedAt: 1, updatedAt: 1 } as never);
		expect(await readStoredFlow('broken')).toBeUndefined();
		expect(await getStoredFlow('broken')).toBeUndefined();
		expect((await listStoredFlows()).map((flow) => flow.id)).toEqual(['thanks']);
		expect(toStoredFlowRecord(null)).toBeUndefined();
	});
});
