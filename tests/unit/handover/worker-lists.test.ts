// The social worker's pages draw their lists without Dexie (received summaries, the editor's
// drafts): what they read must be what the Dexie repos read, in the same order, with damaged
// records left out, the lock respected, and no database made on a first visit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, resetDatabase } from '$lib/db/database';
import { readReceived } from '$lib/db/received.records';
import { deleteReceived, keepReceived, listReceived } from '$lib/db/received.repo';
import { readStoredFlows } from '$lib/db/stored-flows.records';
import { listStoredFlows, putStoredFlow } from '$lib/db/stored-flows.repo';
import { newDraft } from '$lib/handover/exercise-draft';
import { deleteDraft, listDrafts, saveDraft } from '$lib/handover/worker-drafts';
import { atRestKeyring, DatabaseLockedError } from '$lib/privacy/at-rest';

const run = { type: 'run' as const, title: 'Merasa lebih tenang', madeAt: 5, items: [{ question: 'Apa yang kamu rasakan?', lines: ['Capek sekali'] }] };
const needs = { type: 'needs' as const, area: 'Bekasi', counts: { housing: 2, food: 1 } };

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	resetDatabase();
	await database().delete();
	resetDatabase();
});

afterEach(() => atRestKeyring.set(undefined, false));

describe('received summaries read without Dexie', () => {
	it('reads an empty list on a first visit and makes no database', async () => {
		expect(await readReceived()).toEqual([]);
		expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(DATABASE_NAME);
	});

	it('lists what was kept as the repo does: newest first, a damaged record left out, gone once deleted', async () => {
		const first = await keepReceived(run, 10);
		await keepReceived(needs, 20);
		await database().received.put({ id: 'damaged', type: 'run', summary: { type: 'run', title: 5 }, receivedAt: 30 });
		await database().received.put({ id: 'also-damaged', type: 'needs', summary: needs, receivedAt: 'yesterday' } as never);
		const read = await readReceived();
		expect(read).toEqual(await listReceived());
		expect(read.map((item) => [item.summary.type, item.receivedAt])).toEqual([
			['needs', 20],
			['run', 10]
		]);
		await deleteReceived(first.id);
		expect((await readReceived()).map((item) => item.summary.type)).toEqual(['needs']);
	});

	it('decrypts summaries kept while the lock is on, and refuses them once locked', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await keepReceived(run, 10);
		expect((await readReceived()).map((item) => item.summary)).toEqual([run]);
		atRestKeyring.forgetKey();
		await expect(readReceived()).rejects.toBeInstanceOf(DatabaseLockedError);
	});
});

describe("the editor's drafts read without Dexie", () => {
	it('lists stored flows as the repo does, the most recently added first', async () => {
		expect(await readStoredFlows()).toEqual([]);
		await putStoredFlow({ id: 'w-a', version: 1, file: { id: 'w-a' }, origin: 'editor' }, 10);
		await putStoredFlow({ id: 'w-b', version: 1, file: { id: 'w-b' }, origin: 'link' }, 20);
		await putStoredFlow({ id: 'w-a', version: 2, file: { id: 'w-a' }, origin: 'editor' }, 30);
		expect(await readStoredFlows()).toEqual(await listStoredFlows());
		expect((await readStoredFlows()).map((flow) => [flow.id, flow.version])).toEqual([
			['w-b', 1],
			['w-a', 2]
		]);
	});

	it('saves, lists and deletes drafts, loading the database code only to write', async () => {
		const older = newDraft('Bu Sari');
		older.title = { id: 'Tidur', en: 'Sleep' };
		await saveDraft(older);
		await new Promise((resolve) => setTimeout(resolve, 2));
		const newer = newDraft('Bu Sari');
		await saveDraft(newer);
		expect((await listDrafts()).map((draft) => draft.id)).toEqual([newer.id, older.id]);
		expect((await listDrafts())[1]?.title).toEqual({ id: 'Tidur', en: 'Sleep' });
		await deleteDraft(newer.id);
		expect((await listDrafts()).map((draft) => draft.id)).toEqual([older.id]);
	});
});
