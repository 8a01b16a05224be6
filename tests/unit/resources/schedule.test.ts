import { describe, expect, it } from 'vitest';
import type { Schedule } from '$lib/resources/hsds';
import { isOpenAt, parseClockTime, scheduleRunsOn } from '$lib/resources/schedule';

const schedule = (fields: Partial<Schedule>): Schedule => ({ id: 'f0000000-0000-4000-8000-000000000001', ...fields });
// 2026-11-23 is a Monday.
const at = (isoUtc: string) => new Date(isoUtc);

describe('open now', () => {
	const weekdays = schedule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '16:00', timezone: 7 });

	it('reads opening hours in the schedule\'s time zone', () => {
		expect(isOpenAt([weekdays], at('2026-11-23T02:00:00Z'))).toBe(true); // Monday 09:00 WIB
		expect(isOpenAt([weekdays], at('2026-11-23T01:59:00Z'))).toBe(false); // 08:59
		expect(isOpenAt([weekdays], at('2026-11-23T09:00:00Z'))).toBe(false); // 16:00, closed
		expect(isOpenAt([weekdays], at('2026-11-28T03:00:00Z'))).toBe(false); // Saturday
		// Sunday 23:30 UTC is already Monday 06:30 in Jakarta: still closed; Monday 10:00 is open.
		expect(isOpenAt([weekdays], at('2026-11-22T23:30:00Z'))).toBe(false);
		expect(isOpenAt([weekdays], at('2026-11-23T03:00:00Z'))).toBe(true);
	});

	it('uses a zone written in the time, else the offset the caller gives', () => {
		const zoned = schedule({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00+08:00', closes_at: '10:00+08:00' });
		expect(isOpenAt([zoned], at('2026-11-23T01:30:00Z'))).toBe(true);
		const bare = schedule({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00' });
		expect(isOpenAt([bare], at('2026-11-23T02:30:00Z'), { defaultUtcOffsetHours: 7 })).toBe(true);
		expect(isOpenAt([bare], at('2026-11-23T02:30:00Z'), { defaultUtcOffsetHours: 0 })).toBe(false);
	});

	it('treats 00:00-23:59 as all day, and handles hours past midnight', () => {
		const always = schedule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' });
		expect(isOpenAt([always], at('2026-11-28T23:59:30Z'), { defaultUtcOffsetHours: 0 })).toBe(true);
		const night = schedule({ freq: 'WEEKLY', byday: 'FR', opens_at: '22:00', closes_at: '06:00', timezone: 0 });
		expect(isOpenAt([night], at('2026-11-27T23:00:00Z'))).toBe(true); // Friday 23:00
		expect(isOpenAt([night], at('2026-11-28T05:00:00Z'))).toBe(true); // Saturday 05:00, from Friday
		expect(isOpenAt([night], at('2026-11-28T07:00:00Z'))).toBe(false);
		expect(isOpenAt([night], at('2026-11-26T23:00:00Z'))).toBe(false); // Thursday 23:00
	});

	it('follows monthly rules, intervals and validity dates', () => {
		const secondMonday = schedule({ freq: 'MONTHLY', byday: '2MO', opens_at: '08:00', closes_at: '12:00', timezone: 0 });
		expect(isOpenAt([secondMonday], at('2026-11-09T09:00:00Z'))).toBe(true);
		expect(isOpenAt([secondMonday], at('2026-11-16T09:00:00Z'))).toBe(false);
		const lastFriday = schedule({ freq: 'MONTHLY', byday: '-1FR', opens_at: '08:00', closes_at: '12:00', timezone: 0 });
		expect(isOpenAt([lastFriday], at('2026-11-27T09:00:00Z'))).toBe(true);
		const fifteenth = schedule({ freq: 'MONTHLY', bymonthday: '15,-1', opens_at: '08:00', closes_at: '12:00', timezone: 0 });
		expect(isOpenAt([fifteenth], at('2026-11-15T09:00:00Z'))).toBe(true);
		expect(isOpenAt([fifteenth], at('2026-11-30T09:00:00Z'))).toBe(true);
		expect(isOpenAt([fifteenth], at('2026-11-16T09:00:00Z'))).toBe(false);
		const fortnightly = schedule({ freq: 'WEEKLY', interval: 2, dtstart: '2026-11-02', byday: 'MO', opens_at: '08:00', closes_at: '12:00', timezone: 0 });
		expect(isOpenAt([fortnightly], at('2026-11-16T09:00:00Z'))).toBe(true);
		expect(isOpenAt([fortnightly], at('2026-11-23T09:00:00Z'))).toBe(false);
		const ended = schedule({ ...weekdays, valid_to: '2026-11-01' });
		expect(isOpenAt([ended], at('2026-11-23T03:00:00Z'))).toBe(false);
	});

	it('is open when any schedule says so, and unknown without opening times', () => {
		const closedMonday = schedule({ freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '10:00', timezone: 0 });
		const openMonday = schedule({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', timezone: 0 });
		expect(isOpenAt([closedMonday, openMonday], at('2026-11-23T09:30:00Z'))).toBe(true);
		expect(isOpenAt([], at('2026-11-23T09:30:00Z'))).toBeUndefined();
		expect(isOpenAt([schedule({ description: 'Call first' })], at('2026-11-23T09:30:00Z'))).toBeUndefined();
	});

	it('reads HSDS times', () => {
		expect(parseClockTime('10:00:00')).toEqual({ minutes: 600 });
		expect(parseClockTime('09:30-05:00')).toEqual({ minutes: 570, offsetHours: -5 });
		expect(parseClockTime('18:00Z')).toEqual({ minutes: 1080, offsetHours: 0 });
		expect(parseClockTime('late')).toBeUndefined();
		expect(scheduleRunsOn(schedule({ freq: 'WEEKLY', byday: 'SA' }), new Date('2026-11-28T00:00:00Z'))).toBe(true);
	});

	it('reads the official example schedule without error', () => {
		const example = schedule({ valid_from: '2005-01-01', valid_to: '2005-01-01', dtstart: '2005-01-01', timezone: 3, until: '2005-01-01', count: 3, wkst: 'TU', freq: 'WEEKLY', interval: 1, byday: 'TH,FR', byweekno: '41,42', opens_at: '10:00:00', closes_at: '18:00:00' });
		expect(isOpenAt([example], at('2026-11-27T10:00:00Z'))).toBe(false);
	});
});
