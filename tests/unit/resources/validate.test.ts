import { describe, expect, it } from 'vitest';
import { normalizeRecord, recordProblems } from '$lib/resources/validate';

describe('normalizing one record', () => {
	it('coerces what HSDS means and keeps the rest as unknown fields', () => {
		const { record, issues } = normalizeRecord(
			'schedule',
			{ id: 'F0000000-0000-4000-8000-00000000000A', freq: 'weekly', opens_at: '9:00', closes_at: '17:00+07:00', timezone: '7', x_note: 'Ramadan' },
			{ where: 'test' }
		);
		expect(issues).toEqual([]);
		expect(record).toEqual({
			id: 'f0000000-0000-4000-8000-00000000000a',
			freq: 'WEEKLY',
			opens_at: '09:00',
			closes_at: '17:00+07:00',
			timezone: 7,
			extra: { x_note: 'Ramadan' }
		});
	});

	it('reads a date-time without a zone as UTC, and a bare date as its midnight', () => {
		const base = { id: 'b0000000-0000-4000-8000-000000000001', name: 'A', status: 'Active' };
		expect(normalizeRecord('service', { ...base, last_modified: '2026-11-28T10:00:00' }, { where: 't' }).record).toMatchObject({
			status: 'active',
			last_modified: '2026-11-28T10:00:00Z'
		});
		expect(normalizeRecord('service', { ...base, last_modified: '2026-11-28' }, { where: 't' }).record?.last_modified).toBe('2026-11-28T00:00:00Z');
		expect(normalizeRecord('service', { ...base, last_modified: 'yesterday' }, { where: 't' }).issues).toMatchObject([{ code: 'invalid-format', field: 'last_modified' }]);
	});

	it('finds the problems of a stored record', () => {
		expect(recordProblems('phone', { id: 'c0000000-0000-4000-8000-000000000001', number: '112' })).toEqual([]);
		expect(recordProblems('phone', { id: 'c0000000-0000-4000-8000-000000000001' })).toEqual(['missing-required']);
		expect(recordProblems('phone', { id: 'c0000000-0000-4000-8000-000000000001', number: '112', extension: 'eight' })).toEqual(['wrong-type']);
		expect(recordProblems('phone', { id: 'c0000000-0000-4000-8000-000000000001', number: '112', service_id: 'x' })).toEqual(['invalid-format']);
		expect(recordProblems('phone', { id: 'c0000000-0000-4000-8000-000000000001', number: '112', stray: 1 })).toEqual(['unknown-record']);
		expect(recordProblems('service', 'nope')).toEqual(['not-an-object']);
	});
});
