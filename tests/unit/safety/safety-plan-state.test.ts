import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { flushPendingWrites } from '$lib/db/pending-writes';
import { listPeople } from '$lib/db/my-resources.repo';
import { readSafetyPlan } from '$lib/db/safety-plan.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { SafetyPlanState } from '$lib/safety/safety-plan.svelte';
import { settings } from '$lib/settings/settings.svelte';

const states: SafetyPlanState[] = [];
async function loadedPlan(): Promise<SafetyPlanState> {
	const plan = new SafetyPlanState();
	states.push(plan);
	await plan.load();
	return plan;
}

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	storageStatus.reset();
});

afterEach(() => {
	states.splice(0).forEach((plan) => plan.dispose());
	vi.restoreAllMocks();
});

describe('the safety plan page state', () => {
	it('saves every keystroke, so a reload finds exactly what was typed', async () => {
		const plan = await loadedPlan();
		const id = plan.addItem('warningSigns');
		for (const text of ['S', 'Su', 'Susah', 'Susah tidur']) plan.editItem('warningSigns', id, text);
		plan.editItem('reasonsForLiving', 'first', 'Adikku');
		await flushPendingWrites();
		expect((await readSafetyPlan()).warningSigns).toEqual([{ id, text: 'Susah tidur' }]);

		const reloaded = await loadedPlan();
		expect(reloaded.lists.warningSigns).toEqual([{ id, text: 'Susah tidur' }]);
		expect(reloaded.lists.reasonsForLiving).toEqual([{ id: 'first', text: 'Adikku' }]);
		reloaded.removeItem('warningSigns', id);
		await reloaded.flush();
		expect((await readSafetyPlan()).warningSigns).toEqual([]);
	});

	it('adds and edits people on the shared "people I can ask" list, keeping a name while it is cleared', async () => {
		const plan = await loadedPlan();
		expect(await plan.addPerson({ name: 'Bu Sri', howTheyCanHelp: '', contact: '' })).toBe(true);
		const [person] = plan.people;
		plan.editPerson(person!.id, { contact: '0812-3456-7890' });
		plan.editPerson(person!.id, { name: '' });
		await plan.flush();
		expect(await listPeople()).toMatchObject([{ name: 'Bu Sri', contact: '0812-3456-7890' }]);
		plan.editPerson(person!.id, { name: 'Bu Sri Rahayu' });
		await plan.flush();
		expect(await listPeople()).toMatchObject([{ name: 'Bu Sri Rahayu' }]);
		expect(await plan.removePerson(person!.id)).toBe(true);
		expect(await listPeople()).toEqual([]);
	});

	it('reports a refused write and keeps what is on screen', async () => {
		const plan = await loadedPlan();
		vi.spyOn(database().safetyPlan, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
		plan.editItem('copingAlone', 'a', 'Jalan kaki sebentar');
		await plan.flush();
		expect(storageStatus.problem).toBe('quota');
		expect(plan.lists.copingAlone).toEqual([{ id: 'a', text: 'Jalan kaki sebentar' }]);
	});

	it('copies the plan as text when there is no share sheet', async () => {
		const writeText = vi.fn(async () => undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		try {
			const plan = await loadedPlan();
			plan.editItem('reasonsForLiving', 'a', 'Kucingku');
			await plan.share();
			expect(plan.canShare).toBe(false);
			expect(plan.shareOutcome).toBe('copied');
			expect(writeText).toHaveBeenCalledWith(expect.stringContaining('- Kucingku'));
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
