/**
 * Calendar days as the person's phone sees them: "YYYY-MM-DD" in local time, the form that
 * `<input type="date">`, plan and action steps and referral follow-ups all store.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a text is a real calendar day (2026-02-30 is not). */
export function isDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = DAY.exec(value);
	if (!match) return false;
	const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return date.getFullYear() === Number(match[1]) && date.getMonth() === Number(match[2]) - 1 && date.getDate() === Number(match[3]);
}

/** The local day of a moment (ms). */
export function dayOf(time: number): string {
	const date = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local noon of a day: a moment safely inside it whatever the clock change. */
export function noonOf(day: string): number {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(year, month - 1, date, 12).getTime();
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return dayOf(new Date(year, month - 1, date + count, 12).getTime());
}
