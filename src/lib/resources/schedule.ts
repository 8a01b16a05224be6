/**
 * "Open now" from HSDS schedules (RFC 5545 recurrence fields with opens_at/closes_at), as a pure
 * function of a Date. Times are read in the zone the time carries ("09:00+07:00", "02:00Z"), else
 * the schedule's `timezone` (a UTC offset in hours), else the offset the caller gives (by default
 * the device's). Supported: WEEKLY by weekday (with an interval from dtstart), MONTHLY by day of
 * month or nth weekday ("2MO", "-1FR"), valid_from/valid_to, dtstart/until, and times past midnight
 * ("22:00" to "06:00"). "23:59" as closing time means the end of the day.
 */
import type { Schedule, Weekday } from './hsds';

const WEEKDAY_INDEX: Readonly<Record<Weekday, number>> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MS = 86_400_000;

interface ClockTime {
	minutes: number;
	offsetHours?: number;
}

/** Minutes after midnight and the zone of an HSDS time ("09:30", "16:00:00+07:00"). */
export function parseClockTime(value: string | undefined): ClockTime | undefined {
	const parts = value === undefined ? null : TIME.exec(value.trim());
	if (!parts) return undefined;
	const hours = Number(parts[1]);
	const minutes = Number(parts[2]);
	const seconds = Number(parts[3] ?? 0);
	if (hours > 24 || minutes > 59 || seconds > 59) return undefined;
	const time: ClockTime = { minutes: hours * 60 + minutes + seconds / 60 };
	const zone = parts[4];
	if (zone) {
		if (zone.toUpperCase() === 'Z') time.offsetHours = 0;
		else {
			const sign = zone.startsWith('-') ? -1 : 1;
			const digits = zone.slice(1).replace(':', '');
			time.offsetHours = sign * (Number(digits.slice(0, 2)) + Number(digits.slice(2, 4) || 0) / 60);
		}
	}
	return time;
}

function isoDate(day: Date): string {
	return day.toISOString().slice(0, 10);
}

function dayList(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((part) => part.trim().toUpperCase())
		.filter(Boolean);
}

/** True when the nth weekday rule ("2MO", "-1FR", "TU") holds for a day of its month. */
function nthWeekdayMatches(rule: string, day: Date): boolean {
	const parts = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(rule);
	if (!parts) return false;
	if (day.getUTCDay() !== WEEKDAY_INDEX[parts[2] as Weekday]) return false;
	if (!parts[1]) return true;
	const nth = Number(parts[1]);
	const date = day.getUTCDate();
	if (nth > 0) return Math.ceil(date / 7) === nth;
	const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
	return Math.ceil((daysInMonth - date + 1) / 7) === -nth;
}

/** True when the schedule's rule has the service open at some time on this (local) day. */
export function scheduleRunsOn(schedule: Schedule, day: Date): boolean {
	const date = isoDate(day);
	if (schedule.valid_from && date < schedule.valid_from) return false;
	if (schedule.valid_to && date > schedule.valid_to) return false;
	if (schedule.dtstart && date < schedule.dtstart) return false;
	if (schedule.until && date > schedule.until) return false;
	const weekdays = dayList(schedule.byday);
	const start = schedule.dtstart ? new Date(`${schedule.dtstart}T00:00:00Z`) : undefined;
	if (schedule.freq === 'MONTHLY') {
		const monthDays = dayList(schedule.bymonthday).map(Number).filter(Number.isFinite);
		if (monthDays.length > 0) {
			const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
			return monthDays.some((n) => (n > 0 ? n === day.getUTCDate() : daysInMonth + n + 1 === day.getUTCDate()));
		}
		if (weekdays.length > 0) return weekdays.some((rule) => nthWeekdayMatches(rule, day));
		return start ? start.getUTCDate() === day.getUTCDate() : true;
	}
	const weekdayNames = weekdays.map((rule) => rule.replace(/^[+-]?\d+/, ''));
	if (weekdayNames.length > 0 && !weekdayNames.some((name) => WEEKDAY_INDEX[name as Weekday] === day.getUTCDay())) return false;
	if (schedule.freq === 'WEEKLY') {
		if (weekdayNames.length === 0 && start && start.getUTCDay() !== day.getUTCDay()) return false;
		const interval = schedule.interval ?? 1;
		if (interval > 1 && start) {
			const weeks = Math.floor((day.getTime() - start.getTime()) / (7 * DAY_MS));
			if (weeks % interval !== 0) return false;
		}
	}
	return true;
}

export interface OpenNowOptions {
	/** The UTC offset (hours) for times without a zone; the device's offset by default. */
	defaultUtcOffsetHours?: number;
}

function openBySchedule(schedule: Schedule, at: Date, options: OpenNowOptions): boolean | undefined {
	const opens = parseClockTime(schedule.opens_at);
	const closes = parseClockTime(schedule.closes_at);
	if (!opens || !closes) return undefined;
	const offset = opens.offsetHours ?? schedule.timezone ?? options.defaultUtcOffsetHours ?? -at.getTimezoneOffset() / 60;
	const local = new Date(at.getTime() + offset * 3_600_000);
	const today = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
	const yesterday = new Date(today.getTime() - DAY_MS);
	const now = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
	const closeAt = closes.minutes >= 23 * 60 + 59 ? 24 * 60 : closes.minutes;
	if (closeAt > opens.minutes) return scheduleRunsOn(schedule, today) && now >= opens.minutes && now < closeAt;
	// Open past midnight (22:00-06:00), or the same opening and closing time (all day).
	if (closeAt === opens.minutes) return scheduleRunsOn(schedule, today);
	return (scheduleRunsOn(schedule, today) && now >= opens.minutes) || (scheduleRunsOn(schedule, yesterday) && now < closeAt);
}

/**
 * True when any schedule has the service open at `at`, false when the schedules say it is closed,
 * undefined when no schedule gives opening times (the hours are not known).
 */
export function isOpenAt(schedules: readonly Schedule[], at: Date, options: OpenNowOptions = {}): boolean | undefined {
	let known = false;
	for (const schedule of schedules) {
		const open = openBySchedule(schedule, at, options);
		if (open === undefined) continue;
		known = true;
		if (open) return true;
	}
	return known ? false : undefined;
}
