import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { createReferral, getReferral } from '$lib/db/my-resources.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { DueList } from '$lib/due/due-list.svelte';
import { loadFlowDefinition } from '$lib/flows/registry';
import { RunSession } from '$lib/runs/run-session.svelte';
import { settings } from '$lib/settings/settings.svelte';

const sessions: RunSession[] = [];
const NOW = new Date(2026, 11, 1, 9).getTime();

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
});

afterEach(() => {
	sessions.splice(0).forEach((session) => session.dispose());
});

async function plannedProblem(): Promise<string> {
	const session = RunSession.start(await loadFlowDefinition('problems'));
	sessions.push(session);
	session.answer('plan', [
		{ id: 's1', what: 'Telepon Bu RT', when: '', who: '', needs: '', date: '2026-11-29' },
		{ id: 's2', what: 'Ke Puskesmas', when: 'pagi', who: '', needs: '', date: '2026-12-01' },
		{ id: 's3', what: 'Bulan depan', when: '', who: '', needs: '', date: '2027-01-05' }
	]);
	session.finish();
	await session.flush();
	return session.id;
}

describe('what is due, read from storage', () => {
	it('lists dated plan steps and referral follow-ups, overdue first; done and another day are stored', async () => {
		await plannedProblem();
		const referral = await createReferral({ serviceId: 's', serviceName: 'LBH Contoh', followUpOn: '2026-12-04' }, NOW);
		const due = new DueList();
		await due.load(NOW);
		expect(due.items!.map((item) => [item.text, item.when])).toEqual([
			['Telepon Bu RT', 'overdue'],
			['Ke Puskesmas', 'today'],
			['LBH Contoh', 'soon']
		]);

		expect(await due.done(due.items![0]!, NOW)).toBe(true);
		expect(await due.move(due.items![0]!, '2026-12-10', NOW)).toBe(true);
		expect(await due.move(due.items!.find((item) => item.source === 'referral')!, '2026-12-02', NOW)).toBe(true);
		expect((await getReferral(referral.id))?.followUpOn).toBe('2026-12-02');

		// A new look (the app opened again) reads the same from storage.
		const again = new DueList();
		await again.load(NOW);
		expect(again.items!.map((item) => [item.text, item.dueOn])).toEqual([['LBH Contoh', '2026-12-02']]);
		await again.load(new Date(2026, 11, 9, 9).getTime());
		expect(again.items!.map((item) => [item.text, item.when])).toEqual([
			['LBH Contoh', 'overdue'],
			['Ke Puskesmas', 'soon']
		]);
	});
});
