import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '$lib/due/ics';

/** A small reader for what calendarFile writes (RFC 5545): unfolds lines, splits name, parameters and value. */
function parseCalendar(text: string) {
	expect(text.endsWith('\r\n')).toBe(true);
	const physical = text.slice(0, -2).split('\r\n');
	for (const line of physical) {
		expect(line.includes('\n') || line.includes('\r')).toBe(false);
		expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	}
	const lines: string[] = [];
	for (const line of physical) {
		if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
		else lines.push(line);
	}
	const events: Record<string, { params: string; value: string }>[] = [];
	const stack: string[] = [];
	let current: Record<string, { params: string; value: string }> | undefined;
	for (const line of lines) {
		const colon = line.indexOf(':');
		const [name = '', ...params] = line.slice(0, colon).split(';');
		const value = line.slice(colon + 1);
		if (name === 'BEGIN') {
			stack.push(value);
			if (value === 'VEVENT') current = {};
		} else if (name === 'END') {
			expect(stack.pop()).toBe(value);
			if (value === 'VEVENT' && current) events.push(current);
		} else if (current) {
			current[name] = { params: params.join(';'), value };
		}
	}
	expect(stack).toEqual([]);
	return { lines, events };
}

const unescape = (value: string) => value.replace(/\\(n|N|\\|;|,)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('calendar file', () => {
	const now = Date.UTC(2026, 10, 30, 20, 58, 7);

	it('is one all-day event on the right day, with a UID and a stamp', () => {
		const file = calendarFile([{ uid: 'run:1:plan:a:2026-12-01@langkah', day: '2026-12-01', title: 'Langkah: a step I planned' }], now);
		const { lines, events } = parseCalendar(file);
		expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
		expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
		expect(events).toHaveLength(1);
		const event = events[0]!;
		expect(event.DTSTART).toEqual({ params: 'VALUE=DATE', value: '20261201' });
		expect(event.DTEND).toEqual({ params: 'VALUE=DATE', value: '20261202' });
		expect(event.DTSTAMP!.value).toBe('20261130T205807Z');
		expect(event.UID!.value).toBe('run:1:plan:a:2026-12-01@langkah');
		expect(event.SUMMARY!.value).toBe('Langkah: a step I planned');
		expect(event.DESCRIPTION).toBeUndefined();
	});

	it('ends the year correctly', () => {
		const { events } = parseCalendar(calendarFile([{ uid: 'u', day: '2026-12-31', title: 't' }], now));
		expect(events[0]!.DTEND!.value).toBe('20270101');
	});

	it('escapes and folds long words so they come back whole', () => {
		const words = 'Telepon Bu Sri; tanya soal uang sekolah, lalu catat jawabannya.\nBawa KTP \\ KK. Ini kalimat panjang sekali supaya barisnya harus dilipat — dua kali — ya.';
		const { events } = parseCalendar(calendarFile([{ uid: 'u', day: '2026-12-01', title: words, description: words }], now));
		expect(unescape(events[0]!.SUMMARY!.value)).toBe(words);
		expect(unescape(events[0]!.DESCRIPTION!.value)).toBe(words);
	});

	it('never folds inside a character', () => {
		const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
		for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(folded.split('\r\n').map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
		expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});
});
