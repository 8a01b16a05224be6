import { describe, expect, it } from 'vitest';
import { PersonSchema, ReferralSchema, readStored, SavedServiceSchema, UnmetNeedSchema } from '$lib/db/my-resources.schema';
import { PackSchema, StoredRecordSchema } from '$lib/db/resources.schema';
import * as v from 'valibot';

const referral = {
	id: 'r1',
	serviceId: 's1',
	serviceName: 'SAPA 129',
	note: 'hi',
	answers: [{ label: 'Q', text: 'A' }, { label: 3 }, 'nope'],
	status: 'waiting',
	followUpOn: '2026-13',
	trackerNotes: 5,
	createdAt: 1,
	updatedAt: 2
};

describe('the stored-record schemas (Valibot)', () => {
	it('read a referral, keeping what fits and defaulting the rest', () => {
		expect(readStored(ReferralSchema, referral)).toStrictEqual({
			id: 'r1',
			serviceId: 's1',
			serviceName: 'SAPA 129',
			note: 'hi',
			answers: [{ label: 'Q', text: 'A' }],
			status: 'waiting',
			trackerNotes: '',
			createdAt: 1,
			updatedAt: 2,
			statusChangedAt: 2
		});
		expect(readStored(ReferralSchema, { ...referral, status: 'lost' })).toBeUndefined();
		expect(readStored(ReferralSchema, { ...referral, id: '' })).toBeUndefined();
	});

	it('leave out damaged records of every table', () => {
		expect(readStored(SavedServiceSchema, { serviceId: 's', serviceName: 'n', packId: 'p', savedAt: Number.NaN })).toBeUndefined();
		expect(readStored(PersonSchema, { id: 'p', name: 'Ibu', createdAt: 1, updatedAt: 1, relation: 'boss' })).toStrictEqual({
			id: 'p',
			name: 'Ibu',
			howTheyCanHelp: '',
			contact: '',
			// A record from before schema v10 has no needs.
			needs: [],
			createdAt: 1,
			updatedAt: 1
		});
		// Unknown or repeated needs are dropped, known ones kept in the taxonomy's order.
		expect(readStored(PersonSchema, { id: 'p', name: 'RT 05', createdAt: 1, updatedAt: 1, relation: 'community', needs: ['housing', 'weather', 'food', 'housing'] })).toMatchObject({
			relation: 'community',
			needs: ['food', 'housing']
		});
		expect(readStored(PersonSchema, { id: 'p', name: 'x', createdAt: 1, updatedAt: 1, needs: 'food' })?.needs).toEqual([]);
		expect(readStored(UnmetNeedSchema, { id: 'n', what: 'x', category: 'weather', notedAt: 1 })).toBeUndefined();
		expect(readStored(UnmetNeedSchema, [])).toBeUndefined();
	});

	it('read a stored HSDS record only when its data passes its table schema', () => {
		const id = 'c0000000-0000-4000-8000-000000000001';
		const good = { type: 'phone', id, packId: 'p', links: [], data: { id, number: '112' } };
		expect(v.parse(StoredRecordSchema, good)).toEqual({ packId: 'p', record: { type: 'phone', data: { id, number: '112' } } });
		expect(v.is(StoredRecordSchema, { ...good, data: { id, number: '112', extension: 'eight' } })).toBe(false);
		expect(v.is(StoredRecordSchema, { ...good, data: { id: 'other', number: '112' } })).toBe(false);
		expect(v.is(StoredRecordSchema, { ...good, type: 'planet' })).toBe(false);
		expect(v.is(StoredRecordSchema, { ...good, data: [] })).toBe(false);
	});

	it('read a pack, keeping only known tables in its counts', () => {
		expect(v.parse(PackSchema, { id: 'a', name: 'A', importedAt: 3, language: 'fr', sourceFiles: ['a.json', 1], counts: { service: 2, planet: 1, phone: 'x' } })).toEqual({
			id: 'a',
			name: 'A',
			language: 'und',
			sourceFiles: ['a.json'],
			importedAt: 3,
			counts: { service: 2 }
		});
	});
});
