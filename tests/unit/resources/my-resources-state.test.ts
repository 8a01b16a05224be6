import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, resetDatabase } from '$lib/db/database';
import { createReferral, listPeople, listReferrals, saveService } from '$lib/db/my-resources.repo';
import { saveRun } from '$lib/db/runs.repo';
import { storageStatus } from '$lib/db/storage-status.svelte';
import { createFlowMachine } from '$lib/flows/flow-engine';
import { i18n } from '$lib/i18n/i18n.svelte';
import { atRestKeyring } from '$lib/privacy/at-rest';
import { MyResources } from '$lib/resources/my-resources.svelte';
import { tellFlow } from '../flows/shipped';

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	resetDatabase();
	await database().delete();
	resetDatabase();
	storageStatus.reset();
});

afterEach(() => atRestKeyring.set(undefined, false));

/** A finished "Tell it" run in which the person wrote `what`, as the app stores it. */
async function finishedTellRun(what: string): Promise<void> {
	const actor = createActor(createFlowMachine(tellFlow)).start();
	actor.send({ type: 'step.next' });
	actor.send({ type: 'step.next' });
	actor.send({ type: 'answer.set', step: 'what', value: what });
	actor.send({ type: 'flow.finish' });
	const snapshot: unknown = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
	actor.stop();
	await saveRun({ id: 'told', flowId: 'tell', flowVersion: tellFlow.version, status: 'finished', snapshot, createdAt: 1, updatedAt: 2, finishedAt: 2 });
}

describe('My services, as the page sees it', () => {
	it('shows empty lists on a first visit, and keeps what the person adds', async () => {
		const mine = new MyResources();
		await mine.load();
		expect(mine.saved).toEqual([]);
		expect(mine.readFailed).toBe(false);

		expect(await mine.addPerson({ name: 'Bu Sri', howTheyCanHelp: 'mendengarkan', contact: '0812 3456 7890' })).toBe(true);
		expect(await mine.noteUnmet('Tempat tinggal sementara', 'housing')).toBe(true);
		expect(mine.people.map((person) => person.name)).toEqual(['Bu Sri']);
		expect(await mine.unmetCounts()).toEqual({ format: 'langkah-unmet-needs', version: 1, total: 1, counts: { housing: 1 } });

		const reloaded = new MyResources();
		await reloaded.load();
		expect(reloaded.people).toEqual(mine.people);
		expect(reloaded.unmet.map((need) => need.what)).toEqual(['Tempat tinggal sementara']);
		expect(await listPeople()).toEqual(mine.people);
	});

	it('removes a saved service with its notes, and says which service is next to it', async () => {
		await saveService({ serviceId: 'a', serviceName: 'Puskesmas', packId: 'bundled' }, 1);
		await saveService({ serviceId: 'b', serviceName: 'LBH', packId: 'bundled' }, 2);
		await createReferral({ serviceId: 'a', serviceName: 'Puskesmas', note: 'Tolong' });
		const mine = new MyResources();
		await mine.load();
		expect(mine.saved?.map((service) => service.serviceId)).toEqual(['b', 'a']);
		expect(mine.notesOf('a')).toHaveLength(1);

		const neighbour = await mine.unsave(mine.saved![1]!);
		expect(neighbour && neighbour.serviceId).toBe('b');
		expect(mine.notesOf('a')).toEqual([]);
		expect(await listReferrals()).toEqual([]);
	});

	it('says the lists cannot be read while the app is locked, and shows nothing of them', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await saveService({ serviceId: 'a', serviceName: 'Puskesmas', packId: 'bundled' }, 1);
		atRestKeyring.forgetKey();
		const mine = new MyResources();
		await mine.load();
		expect(mine.readFailed).toBe(true);
		expect(mine.saved).toEqual([]);
	});

	it('offers the answers of finished exercises for a note only once an editor asks for them', async () => {
		await finishedTellRun('Atap rumah bocor dan aku tidak punya uang untuk memperbaikinya.');
		const mine = new MyResources();
		await mine.load();
		expect(mine.runChoices).toEqual([]);

		await mine.loadChoices(i18n.t);
		const told = mine.runChoices.find((choice) => choice.key === 'told:what');
		expect(told?.text).toBe('Atap rumah bocor dan aku tidak punya uang untuk memperbaikinya.');
		expect(told?.title).toBe(tellFlow.title);
		expect(told?.finishedAt).toBe(2);
		// Asked again (the other editor), the runs are not read twice.
		const first = mine.runChoices;
		await mine.loadChoices(i18n.t);
		expect(mine.runChoices).toBe(first);
	});
});
