import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, resetDatabase } from '$lib/db/database';
import {
	addPerson,
	createReferral,
	listPeople,
	listReferrals,
	listSavedServices,
	listUnmetNeeds,
	noteUnmetNeed,
	saveService
} from '$lib/db/my-resources.repo';
import { countUnmetNeeds, readPeople, readReferrals, readSavedServices, readServiceEvents, readUnmetNeeds } from '$lib/db/my-resources.read';
import { listRuns, saveRun, type RunRecord } from '$lib/db/runs.repo';
import { readRuns } from '$lib/db/runs.read';
import { emptySafetyPlan, saveSafetyPlanSection } from '$lib/db/safety-plan.repo';
import { readSafetyPlanLists } from '$lib/db/safety-plan.read';
import { addServiceEvent, listServiceEvents } from '$lib/db/service-events.repo';
import { atRestKeyring, DatabaseLockedError } from '$lib/privacy/at-rest';

const run = (partial: Partial<RunRecord>): RunRecord => ({
	id: 'r',
	flowId: 'tell',
	flowVersion: 1,
	status: 'finished',
	snapshot: { context: { answers: { what: 'Rumah bocor' } } },
	createdAt: 1,
	updatedAt: 1,
	...partial
});

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	resetDatabase();
	await database().delete();
	resetDatabase();
});

afterEach(() => atRestKeyring.set(undefined, false));

describe('what My services and the safety plan show, read without Dexie', () => {
	it('is empty on a first visit, and creates no database', async () => {
		expect(await readSavedServices()).toEqual([]);
		expect(await readReferrals()).toEqual([]);
		expect(await readPeople()).toEqual([]);
		expect(await readUnmetNeeds()).toEqual([]);
		expect(await readServiceEvents('x')).toEqual([]);
		expect(await readRuns()).toEqual([]);
		expect(await readSafetyPlanLists()).toEqual(emptySafetyPlan());
		expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(DATABASE_NAME);
	});

	it('gives the same lists, in the same order, as the repos (same times included)', async () => {
		await saveService({ serviceId: 's1', serviceName: 'Puskesmas', packId: 'bundled' }, 10);
		await saveService({ serviceId: 's2', serviceName: 'LBH', packId: 'bundled' }, 10);
		await saveService({ serviceId: 's3', serviceName: 'Dinsos', packId: 'bundled' }, 20);
		const first = await createReferral({ serviceId: 's1', serviceName: 'Puskesmas', note: 'Tolong bantu' }, 5);
		await createReferral({ serviceId: 's2', serviceName: 'LBH' }, 5);
		await addPerson({ name: 'Bu Sri', howTheyCanHelp: 'mendengarkan', contact: '0812', needs: ['food'] }, 3);
		await addPerson({ name: 'Pak Budi', howTheyCanHelp: '', contact: '' }, 3);
		await noteUnmetNeed({ what: 'Tempat tinggal', category: 'housing' }, 7);
		await noteUnmetNeed({ what: 'Makan', category: 'food' }, 8);
		await noteUnmetNeed({ what: 'Sewa', category: 'housing' }, 9);
		await addServiceEvent(first.id, { kind: 'waiting', happenedOn: '2026-11-02', who: 'Loket', what: 'Disuruh datang lagi' }, 2);
		await addServiceEvent(first.id, { kind: 'refused', happenedOn: '2026-11-01', who: '', what: 'Ditolak' }, 3);
		await saveRun(run({ id: 'a', updatedAt: 4 }));
		await saveRun(run({ id: 'b', updatedAt: 4, status: 'active' }));
		await saveRun(run({ id: 'c', flowId: 'strengths', updatedAt: 6 }));
		await saveSafetyPlanSection('warningSigns', [{ id: 'w', text: 'Susah tidur' }]);

		expect(await readSavedServices()).toEqual(await listSavedServices());
		expect((await readSavedServices()).map((service) => service.serviceId)).toEqual(['s3', 's2', 's1']);
		expect(await readReferrals()).toEqual(await listReferrals());
		expect(await readPeople()).toEqual(await listPeople());
		expect(await readUnmetNeeds()).toEqual(await listUnmetNeeds());
		expect(countUnmetNeeds(await readUnmetNeeds())).toEqual({ format: 'langkah-unmet-needs', version: 1, total: 3, counts: { housing: 2, food: 1 } });
		expect((await readServiceEvents(first.id)).map((event) => event.what)).toEqual(['Ditolak', 'Disuruh datang lagi']);
		expect(await readServiceEvents(first.id)).toEqual(await listServiceEvents(first.id));
		expect(await readRuns()).toEqual(await listRuns());
		expect((await readRuns('strengths')).map((saved) => saved.id)).toEqual(['c']);
		expect((await readSafetyPlanLists()).warningSigns).toEqual([{ id: 'w', text: 'Susah tidur' }]);
	});

	it('leaves a damaged record out, as the repos do', async () => {
		await addPerson({ name: 'Bu Sri', howTheyCanHelp: '', contact: '' }, 3);
		await database().people.put({ id: 'broken', name: 42 } as never);
		await database().runs.put({ id: 'broken', flowId: 'tell' } as never);
		await database().safetyPlan.put({ section: 'warningSigns', items: [{ id: 'ok', text: 'Gelisah' }, { id: 7, text: 'x' }] } as never);
		expect((await readPeople()).map((person) => person.name)).toEqual(['Bu Sri']);
		expect(await readRuns()).toEqual([]);
		expect((await readSafetyPlanLists()).warningSigns).toEqual([{ id: 'ok', text: 'Gelisah' }]);
	});

	it('decrypts the words while the lock is on, and refuses them once locked, as Dexie does', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		await saveService({ serviceId: 's1', serviceName: 'Puskesmas', packId: 'bundled' }, 10);
		await addPerson({ name: 'Bu Sri', howTheyCanHelp: 'mendengarkan', contact: '0812' }, 3);
		await saveSafetyPlanSection('reasonsForLiving', [{ id: 'r', text: 'Adikku' }]);
		await saveRun(run({ id: 'a' }));
		expect((await readSavedServices()).map((service) => service.serviceName)).toEqual(['Puskesmas']);
		expect((await readPeople()).map((person) => person.name)).toEqual(['Bu Sri']);
		expect((await readSafetyPlanLists()).reasonsForLiving).toEqual([{ id: 'r', text: 'Adikku' }]);
		expect((await readRuns())[0]?.snapshot).toEqual(run({}).snapshot);

		atRestKeyring.forgetKey();
		await expect(readPeople()).rejects.toBeInstanceOf(DatabaseLockedError);
		await expect(readSafetyPlanLists()).rejects.toBeInstanceOf(DatabaseLockedError);
		await expect(readRuns()).rejects.toBeInstanceOf(DatabaseLockedError);
	});
});
