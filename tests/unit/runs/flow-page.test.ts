import { beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { deleteRun, listRuns } from '$lib/db/runs.repo';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { loadFlowDefinition } from '$lib/flows/registry';
import { FlowPage } from '$lib/runs/flow-page.svelte';
import { settings } from '$lib/settings/settings.svelte';

let tell: FlowDefinition;

beforeEach(async () => {
	resetDatabase();
	await database().delete();
	resetDatabase();
	settings.reset();
	tell = await loadFlowDefinition('tell');
});

describe('the page of one exercise', () => {
	it('shows the first look, then starts one run however often "start" is tapped', async () => {
		const page = new FlowPage(tell);
		await page.open();
		expect(page.phase).toBe('intro');
		await Promise.all([page.begin(), page.begin(), page.begin()]);
		expect(page.phase).toBe('running');
		page.session?.next();
		await page.session?.flush();
		expect(await listRuns()).toHaveLength(1);
		page.dispose();
	});

	it('writes a new run with its first step or answer, and a run with answers carried in at once', async () => {
		const page = new FlowPage(tell);
		await page.open();
		await page.begin();
		await page.session?.flush();
		// Nothing to keep yet: the database code is not needed to show the first step.
		expect(await listRuns()).toEqual([]);
		page.session?.next();
		await page.session?.flush();
		expect((await listRuns()).map((run) => run.id)).toEqual([page.session?.id]);
		page.dispose();

		const carried = new FlowPage(tell);
		await carried.open();
		carried.carried = { answers: { what: 'Aku capek sekali.' }, fromWorker: true };
		await carried.begin();
		const stored = (await listRuns()).find((run) => run.id === carried.session?.id);
		expect(stored?.status).toBe('active');
		carried.dispose();
	});

	it('offers the saved run next time, and continues it on the same step', async () => {
		const first = new FlowPage(tell);
		await first.open();
		await first.begin();
		first.session?.next();
		await first.session?.flush();
		first.dispose();

		const again = new FlowPage(tell);
		await again.open();
		expect(again.phase).toBe('offer');
		await again.continueSaved();
		expect(again.phase).toBe('running');
		expect(again.session?.stepId).toBe(first.session?.stepId);
		again.dispose();
	});

	it('starts nothing when the page is left while the run is still loading', async () => {
		const page = new FlowPage(tell);
		await page.open();
		const starting = page.begin();
		page.dispose();
		await starting;
		expect(page.session).toBeNull();
		expect(await listRuns()).toEqual([]);
	});

	it('offers a new run when the saved one went away before "continue" (deleted in another tab)', async () => {
		const first = new FlowPage(tell);
		await first.open();
		await first.begin();
		first.session?.next();
		await first.session?.flush();
		const id = first.session?.id;
		first.dispose();

		const again = new FlowPage(tell);
		await again.open();
		expect(again.phase).toBe('offer');
		expect(again.saved?.id).toBe(id);
		await deleteRun(id!);
		await again.continueSaved();
		expect(again.phase).toBe('intro');
		expect(again.saved).toBeNull();
		expect(again.session).toBeNull();
		again.dispose();
	});
});
