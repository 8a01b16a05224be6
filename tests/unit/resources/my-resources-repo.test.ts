import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LangkahDatabase } from '$lib/db/database';
import {
	addPerson,
	createReferral,
	deletePerson,
	deleteReferral,
	deleteUnmetNeed,
	exportUnmetNeedCounts,
	getReferral,
	isServiceSaved,
	listPeople,
	listReferrals,
	listSavedServices,
	listUnmetNeeds,
	noteUnmetNeed,
	referralsToFollowUp,
	saveService,
	unsaveService,
	updatePerson,
	updateReferral
} from '$lib/db/my-resources.repo';

let counter = 0;
const opened: LangkahDatabase[] = [];
function freshDatabase(): LangkahDatabase {
	const db = new LangkahDatabase(`my-resources-${++counter}`);
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

const SAPA = { serviceId: 'c1000000-0000-4000-8000-000000000001', serviceName: 'SAPA 129', packId: 'bundled' };

describe('my services', () => {
	it('saves, lists and unsaves services, keeping the first save date', async () => {
		const db = freshDatabase();
		await saveService(SAPA, 10, db);
		await saveService({ serviceId: 'c1000000-0000-4000-8000-000000000002', serviceName: 'Puskesmas', packId: 'bundled' }, 20, db);
		await saveService(SAPA, 30, db);
		expect((await listSavedServices(db)).map((saved) => [saved.serviceName, saved.savedAt])).toEqual([
			['Puskesmas', 20],
			['SAPA 129', 10]
		]);
		expect(await isServiceSaved(SAPA.serviceId, db)).toBe(true);
		await unsaveService(SAPA.serviceId, 'delete', db);
		expect(await isServiceSaved(SAPA.serviceId, db)).toBe(false);
	});

	it('removing a service with its notes deletes them, and saving it again brings none back', async () => {
		const db = freshDatabase();
		const PUSKESMAS = { serviceId: 'c1000000-0000-4000-8000-000000000002', serviceName: 'Puskesmas', packId: 'bundled' };
		await saveService(SAPA, 10, db);
		await saveService(PUSKESMAS, 10, db);
		const note = await createReferral({ serviceId: SAPA.serviceId, serviceName: SAPA.serviceName, note: 'Dia memukulku lagi' }, 20, db);
		await updateReferral(note.id, { trackerNotes: 'Sudah telepon', status: 'contacted' }, 30, db);
		await createReferral({ serviceId: PUSKESMAS.serviceId, serviceName: PUSKESMAS.serviceName, note: 'Untuk Puskesmas' }, 20, db);

		await unsaveService(SAPA.serviceId, 'delete', db);
		expect(await getReferral(note.id, db)).toBeUndefined();
		await saveService(SAPA, 40, db);
		expect(await listReferrals(SAPA.serviceId, db)).toEqual([]);
		expect(JSON.stringify(await db.referrals.toArray())).not.toContain('memukul');
		// Another service's note is not touched.
		expect((await listReferrals(PUSKESMAS.serviceId, db)).map((referral) => referral.note)).toEqual(['Untuk Puskesmas']);
	});

	it('removing a service while keeping its notes leaves them as they were', async () => {
		const db = freshDatabase();
		await saveService(SAPA, 10, db);
		const note = await createReferral({ serviceId: SAPA.serviceId, serviceName: SAPA.serviceName, note: 'Simpan ini' }, 20, db);
		await unsaveService(SAPA.serviceId, 'keep', db);
		expect(await isServiceSaved(SAPA.serviceId, db)).toBe(false);
		expect((await getReferral(note.id, db))?.note).toBe('Simpan ini');
	});
});

describe('referrals', () => {
	it('start with none of the person\'s answers and the status "planned"', async () => {
		const db = freshDatabase();
		const referral = await createReferral({ serviceId: SAPA.serviceId, serviceName: SAPA.serviceName }, 100, db);
		expect(referral).toMatchObject({ note: '', answers: [], status: 'planned', trackerNotes: '', createdAt: 100 });
		expect(await getReferral(referral.id, db)).toEqual(referral);
	});

	it('keep the note, the chosen answers and the tracker the person sets', async () => {
		const db = freshDatabase();
		const referral = await createReferral(
			{ ...SAPA, note: 'Saya butuh tempat aman', answers: [{ label: 'Apa yang terjadi?', text: 'Suami saya memukul saya' }], followUpOn: '2026-12-01' },
			100,
			db
		);
		const contacted = await updateReferral(referral.id, { status: 'contacted', trackerNotes: 'Sudah telepon, disuruh datang Senin' }, 200, db);
		expect(contacted).toMatchObject({ status: 'contacted', statusChangedAt: 200, updatedAt: 200, followUpOn: '2026-12-01' });
		const noteOnly = await updateReferral(referral.id, { note: 'Catatan baru', followUpOn: null }, 300, db);
		expect(noteOnly).toMatchObject({ note: 'Catatan baru', statusChangedAt: 200, updatedAt: 300 });
		expect(noteOnly).not.toHaveProperty('followUpOn');
		expect(await updateReferral('missing', { status: 'waiting' }, 400, db)).toBeUndefined();
		await expect(updateReferral(referral.id, { status: 'done' as never }, 400, db)).rejects.toThrow();
		await expect(updateReferral(referral.id, { followUpOn: 'tomorrow' }, 400, db)).rejects.toThrow();
	});

	it('list by service, and those to follow up by a day', async () => {
		const db = freshDatabase();
		const a = await createReferral({ ...SAPA, followUpOn: '2026-12-01' }, 1, db);
		const b = await createReferral({ ...SAPA, followUpOn: '2026-11-20' }, 2, db);
		await createReferral({ serviceId: 'other', serviceName: 'Other', followUpOn: '2026-11-01', status: 'got-help' }, 3, db);
		expect((await listReferrals(SAPA.serviceId, db)).map((r) => r.id)).toEqual([b.id, a.id]);
		expect((await referralsToFollowUp('2026-12-01', db)).map((r) => r.id)).toEqual([b.id, a.id]);
		expect((await referralsToFollowUp('2026-11-25', db)).map((r) => r.id)).toEqual([b.id]);
		await deleteReferral(a.id, db);
		expect(await listReferrals(undefined, db)).toHaveLength(2);
	});

	it('leave out a damaged record and clean odd answers on read', async () => {
		const db = freshDatabase();
		await db.referrals.put({ id: 'bad', serviceId: 's', serviceName: 'S', note: '', answers: [], status: 'lost', trackerNotes: '', createdAt: 1, updatedAt: 1, statusChangedAt: 1 });
		await db.referrals.put({
			id: 'odd',
			serviceId: 's',
			serviceName: 'S',
			note: 'n',
			answers: [{ label: 'ok', text: 'fine' }, { label: 5 }, 'x'],
			status: 'waiting',
			followUpOn: 'soon',
			trackerNotes: '',
			createdAt: 1,
			updatedAt: 1,
			statusChangedAt: 1
		});
		const list = await listReferrals(undefined, db);
		expect(list.map((r) => r.id)).toEqual(['odd']);
		expect(list[0]!.answers).toEqual([{ label: 'ok', text: 'fine' }]);
		expect(list[0]).not.toHaveProperty('followUpOn');
	});
});

describe('people I can ask', () => {
	it('adds, changes, lists and deletes people', async () => {
		const db = freshDatabase();
		const sri = await addPerson({ name: 'Bu Sri', howTheyCanHelp: 'Mendengarkan', contact: '0812-0000-0000', relation: 'neighbour' }, 1, db);
		await addPerson({ name: 'Andi', howTheyCanHelp: 'Meminjamkan motor', contact: '' }, 2, db);
		const changed = await updatePerson(sri.id, { name: 'Bu Sri', howTheyCanHelp: 'Mendengarkan dan menemani ke Puskesmas', contact: '0812-0000-0000', relation: 'neighbour' }, 3, db);
		expect(changed).toMatchObject({ createdAt: 1, updatedAt: 3 });
		expect((await listPeople(db)).map((person) => person.name)).toEqual(['Bu Sri', 'Andi']);
		await deletePerson(sri.id, db);
		expect((await listPeople(db)).map((person) => person.name)).toEqual(['Andi']);
		expect(await updatePerson('missing', { name: 'x', howTheyCanHelp: '', contact: '' }, 4, db)).toBeUndefined();
	});
});

describe('unmet needs', () => {
	it('are noted on the device and exported only as anonymous counts by category', async () => {
		const db = freshDatabase();
		await noteUnmetNeed({ what: 'Penitipan anak dekat pasar', category: 'family-children' }, 1, db);
		await noteUnmetNeed({ what: 'Rumah singgah untuk ibu saya', category: 'housing' }, 2, db);
		const third = await noteUnmetNeed({ what: 'Kerja paruh waktu', category: 'housing' }, 3, db);
		await noteUnmetNeed({ what: 'Sesuatu yang lain', category: 'other' }, 4, db);
		await db.unmetNeeds.put({ id: 'bad', what: 'x', category: 'not-a-category', notedAt: 5 });
		expect((await listUnmetNeeds(db)).map((need) => need.notedAt)).toEqual([4, 3, 2, 1]);
		const counts = await exportUnmetNeedCounts(db);
		expect(counts).toEqual({ format: 'langkah-unmet-needs', version: 1, total: 4, counts: { 'family-children': 1, housing: 2, other: 1 } });
		const text = JSON.stringify(counts);
		for (const word of ['Penitipan', 'Rumah', 'Kerja', 'notedAt']) expect(text).not.toContain(word);
		await deleteUnmetNeed(third.id, db);
		expect((await exportUnmetNeedCounts(db)).counts.housing).toBe(1);
		await expect(noteUnmetNeed({ what: 'x', category: 'nope' as never }, 6, db)).rejects.toThrow();
	});
});
