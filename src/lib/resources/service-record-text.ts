/**
 * The person's record of what happened with a service, and a note to several services, as plain
 * text: for the file the person saves, copying and printing. Pure: the words come in as functions.
 */
import type { Referral, ReferralAnswer } from '$lib/db/my-resources.repo';
import type { ServiceEvent } from '$lib/db/service-events.repo';

export interface RecordWords {
	heading: (service: string) => string;
	kind: (kind: ServiceEvent['kind']) => string;
	who: string;
	what: string;
	day: (day: string) => string;
	empty: string;
}

/** The record of one service: a heading, then each thing that happened in order (date, kind, who, what). */
export function serviceRecordText(serviceName: string, events: readonly ServiceEvent[], words: RecordWords): string {
	const blocks = [words.heading(serviceName)];
	if (events.length === 0) blocks.push(words.empty);
	for (const event of events) {
		const lines = [`${words.day(event.happenedOn)} · ${words.kind(event.kind)}`];
		if (event.who.trim()) lines.push(`${words.who}: ${event.who.trim()}`);
		if (event.what.trim()) lines.push(`${words.what}: ${event.what.trim()}`);
		blocks.push(lines.join('\n'));
	}
	return `${blocks.join('\n\n')}\n`;
}

/** A file name for the record: letters and digits of the service's name, so every phone can save it. */
export function serviceRecordFileName(prefix: string, serviceName: string, day: string): string {
	const name = serviceName
		.normalize('NFKD')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 40);
	return `${prefix}-${name || 'layanan'}-${day}.txt`;
}

export interface GroupNoteWords {
	/** "Untuk: A, B, dan C". */
	header: (names: string[]) => string;
	/** The heading of the tracker lines. */
	trackerHeading: string;
	/** One service's tracker line: its name and where things stand. */
	trackerLine: (referral: Referral) => string;
}

/** One note to several services: who it is for, the person's words, the answers, then a tracker line for each. */
export function groupNoteText(referrals: readonly Referral[], note: string, answers: readonly ReferralAnswer[], words: GroupNoteWords): string {
	const blocks = [words.header(referrals.map((referral) => referral.serviceName))];
	if (note.trim() !== '') blocks.push(note.trim());
	for (const answer of answers) blocks.push(`${answer.label}\n${answer.text}`);
	blocks.push([words.trackerHeading, ...referrals.map((referral) => `- ${words.trackerLine(referral)}`)].join('\n'));
	return blocks.join('\n\n');
}
