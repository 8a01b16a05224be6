/**
 * Days of the week for planned activities ("Get going, keep doing"): a day is 0 (Monday) to 6
 * (Sunday), as people in Indonesia and most of the world count the week; dates are the person's
 * local calendar days written "YYYY-MM-DD". Pure: no clock is read here, every function takes it.
 */

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function isWeekday(value: unknown): value is Weekday {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

/** The day of the week of a date, Monday 0 to Sunday 6. */
export function weekdayOf(date: Date): Weekday {
	return ((date.getDay() + 6) % 7) as Weekday;
}

/** The local calendar day of a date, "YYYY-MM-DD". */
export function dayKey(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The date (local midnight) of a "YYYY-MM-DD" day, or undefined for anything else. */
export function dateOfDay(day: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return undefined;
	const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return dayKey(date) === day ? date : undefined;
}

/** Midnight of the Monday of the week a date is in. */
export function weekStart(date: Date): Date {
	const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
	start.setDate(start.getDate() - weekdayOf(start));
	return start;
}

/** The seven days of the week that starts on `monday`, as "YYYY-MM-DD". */
export function daysOfWeek(monday: Date): string[] {
	return WEEKDAYS.map((offset) => dayKey(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + offset)));
}

/** The days in a list, each once, in week order (a stored answer may hold anything). */
export function cleanDays(value: unknown): Weekday[] {
	if (!Array.isArray(value)) return [];
	return WEEKDAYS.filter((day) => value.includes(day));
}

/** A day added to or taken from the days chosen. */
export function toggleDay(days: readonly Weekday[], day: Weekday, on: boolean): Weekday[] {
	return WEEKDAYS.filter((d) => (d === day ? on : days.includes(d)));
}

/** The words of a planned activity in the current language: a suggestion's label is a key, the person's own words are not. */
export function activityLabel(activity: { label: string; own: boolean }, t: (key: string) => string): string {
	return activity.own ? activity.label : t(activity.label);
}
