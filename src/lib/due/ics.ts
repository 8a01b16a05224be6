/**
 * "Add to my calendar" as a file (RFC 5545 iCalendar): one all-day event for a due item, made on
 * the phone and handed to the person as a download, so that their own calendar app reminds them
 * without any server. The title says nothing personal unless the person asks for their words.
 */

export interface CalendarEvent {
	/** Unique and stable for the item, so importing the file again updates the same event. */
	uid: string;
	/** The day (YYYY-MM-DD): an all-day event. */
	day: string;
	title: string;
	description?: string;
}

const CRLF = '\r\n';
/** A content line is at most 75 octets before its line break (RFC 5545, 3.1). */
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, each continuation starting with a space; never inside a character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines begin with a space, which counts towards their 75 octets.
		const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

const compactDay = (day: string) => day.replace(/-/g, '');

function nextDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const next = new Date(Date.UTC(year, month - 1, date + 1));
	return next.toISOString().slice(0, 10);
}

/** A UTC date-time in the basic form (20261130T205800Z). */
function stamp(time: number): string {
	return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** An iCalendar file with one all-day event per item, with CRLF line endings. */
export function calendarFile(events: readonly CalendarEvent[], now: number): string {
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Langkah//Langkah//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${stamp(now)}`,
			`DTSTART;VALUE=DATE:${compactDay(event.day)}`,
			`DTEND;VALUE=DATE:${compactDay(nextDay(event.day))}`,
			`SUMMARY:${escapeText(event.title)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the download, with the day in it and nothing personal. */
export function calendarFileName(day: string): string {
	return `langkah-${day}.ics`;
}
