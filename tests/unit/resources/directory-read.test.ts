import { describe, expect, it, vi } from 'vitest';
import type { ReadMessage } from '$lib/db/directory-read.job';

vi.mock('$lib/db/resources.repo', () => ({
	loadImportedRecordSets: () =>
		Promise.resolve([{ packId: 'p', records: Array.from({ length: 9000 }, (_, i) => ({ type: 'phone', data: { id: String(i), number: '1' } })) }]),
	listPacks: () => Promise.resolve([{ id: 'p', name: 'P', language: 'und', sourceFiles: [], importedAt: 1, counts: {} }])
}));

describe('the read worker’s job', () => {
	it('hands the records over a slice at a time, then the packs', async () => {
		const { readMessages, RECORDS_PER_MESSAGE } = await import('$lib/db/directory-read.job');
		const sent: ReadMessage[] = [];
		await readMessages((message) => sent.push(message));
		const slices = sent.filter((message) => message.kind === 'records');
		expect(slices.map((message) => message.set.records.length)).toEqual([RECORDS_PER_MESSAGE, RECORDS_PER_MESSAGE, 9000 - 2 * RECORDS_PER_MESSAGE]);
		expect(sent.at(-1)).toMatchObject({ kind: 'done', packs: [{ id: 'p' }] });
	});
});
