import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, LangkahDatabase } from '$lib/db/database';
import { createReferral, createReferralGroup, deleteReferral, listReferralGroup, unsaveService } from '$lib/db/my-resources.repo';
import { addServiceEvent, deleteServiceEvent, listServiceEvents } from '$lib/db/service-events.repo';
import { atRestKeyring } from '$lib/privacy/at-rest';

const MARKER = 'KUDA-LAUT-4410';
let db: LangkahDatabase;

beforeEach(async () => {
	atRestKeyring.set(undefined, false);
	db = new LangkahDatabase();
	await db.open();
});
afterEach(async () => {
	db.close();
	await Dexie.delete(DATABASE_NAME);
	atRestKeyring.set(undefined, false);
});

describe('one note to several services', () => {
	it('makes a tracker line for each service, sharing the note, in one group', async () => {
		const made = await createReferralGroup(
			[
				{ serviceId: 'a', serviceName: 'Dinas Sosial' },
				{ serviceId: 'b', serviceName: 'Puskesmas' },
				{ serviceId: 'a', serviceName: 'Dinas Sosial' }
			],
			{ note: 'Aku butuh bantuan untuk ibuku', answers: [{ label: 'Yang terjadi', text: 'Ibu sakit' }] },
			5,
			db
		);
		expect(made.map((referral) => referral.serviceName)).toEqual(['Dinas Sosial', 'Puskesmas']);
		expect(new Set(made.map((referral) => referral.groupId)).size).toBe(1);
		const group = await listReferralGroup(made[0]!.groupId!, db);
		expect(group.map((referral) => [referral.serviceId, referral.note, referral.status])).toEqual([
			['a', 'Aku butuh bantuan untuk ibuku', 'planned'],
			['b', 'Aku butuh bantuan untuk ibuku', 'planned']
		]);
	});

	it('refuses a note to no service', async () => {
		await expect(createReferralGroup([], { note: 'x' }, 1, db)).rejects.toThrow();
	});
});

describe('the record of what happened', () => {
	it('keeps each thing that happened with its referral, in the order it happened, and deletes it with the referral', async () => {
		const referral = await createReferral({ serviceId: 's', serviceName: 'Kantor desa' }, 1, db);
		await addServiceEvent(referral.id, { kind: 'waiting', happenedOn: '2026-11-20', who: 'Pak RT', what: 'Disuruh menunggu' }, 2, db);
		const first = await addServiceEvent(referral.id, { kind: 'refused', happenedOn: '2026-11-02', who: 'Petugas loket', what: 'Ditolak tanpa alasan' }, 3, db);
		expect((await listServiceEvents(referral.id, db)).map((event) => event.happenedOn)).toEqual(['2026-11-02', '2026-11-20']);
		await deleteServiceEvent(first.id, db);
		expect((await listServiceEvents(referral.id, db)).map((event) => event.who)).toEqual(['Pak RT']);
		await deleteReferral(referral.id, db);
		expect(await db.serviceEvents.count()).toBe(0);
	});

	it('refuses a bad date or a referral that does not exist, and keeps nothing', async () => {
		const referral = await createReferral({ serviceId: 's', serviceName: 'Kantor desa' }, 1, db);
		await expect(addServiceEvent(referral.id, { kind: 'other', happenedOn: '30/11/2026', who: '', what: 'x' }, 2, db)).rejects.toThrow();
		await expect(addServiceEvent('nope', { kind: 'other', happenedOn: '2026-11-30', who: '', what: 'x' }, 2, db)).rejects.toThrow();
		expect(await db.serviceEvents.count()).toBe(0);
	});

	it('goes with the service when the service is removed with its notes', async () => {
		const referral = await createReferral({ serviceId: 's', serviceName: 'Kantor desa' }, 1, db);
		await addServiceEvent(referral.id, { kind: 'other', happenedOn: '2026-11-30', who: '', what: 'x' }, 2, db);
		await unsaveService('s', 'delete', db);
		expect(await db.serviceEvents.count()).toBe(0);
	});

	it('stores who and what was said encrypted while the lock is on', async () => {
		atRestKeyring.set(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), true);
		const referral = await createReferral({ serviceId: 's', serviceName: 'Kantor desa' }, 1, db);
		await addServiceEvent(referral.id, { kind: 'treated-badly', happenedOn: '2026-11-30', who: `Bu ${MARKER}`, what: MARKER }, 2, db);
		const plain = new Dexie(DATABASE_NAME);
		await plain.open();
		const raw = JSON.stringify(await plain.table('serviceEvents').toArray());
		plain.close();
		expect(raw).not.toContain(MARKER);
		expect(raw).toContain('"happenedOn":"2026-11-30"');
		expect((await listServiceEvents(referral.id, db))[0]?.what).toBe(MARKER);
	});
});
