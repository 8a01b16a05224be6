/**
 * What pages need to know about a service beyond its HSDS fields, read from its attributes
 * (Langkah's categories and notes, see taxonomy.ts) and its cost options: categories, source,
 * UNCONFIRMED caution, what to do if it does not work out, other services to try, whether it is
 * free, which phones are WhatsApp numbers, every phone of a service and whether it has a place to go
 * to. Works the same for bundled and imported services.
 */
import type { CostOption, PhoneDetail, ServiceDetail } from './hsds';
import { isNeedCode, isSystemCode, termCodeOfId, type NeedCode, type SystemCode } from './taxonomy';

export interface ServiceNotes {
	needs: NeedCode[];
	systems: SystemCode[];
	/** Where the information comes from, as the source says it. */
	sources: string[];
	/** What could not be confirmed; non-empty means the screen shows a caution (`service.alert`). */
	unconfirmed: string[];
	/** What to do if the service does not work out. */
	ifNotWorking?: string;
	/** Ids of other services to try. */
	tryInstead: string[];
	/** The date the information was last checked (YYYY-MM-DD), when known. */
	checkedOn?: string;
}

/** Langkah's categories and notes on a service. */
export function serviceNotes(detail: ServiceDetail): ServiceNotes {
	const notes: ServiceNotes = { needs: [], systems: [], sources: [], unconfirmed: [], tryInstead: [] };
	for (const { attribute, term } of detail.attributes) {
		const code = termCodeOfId(attribute.taxonomy_term_id ?? term?.id);
		const value = attribute.value;
		if (isNeedCode(code)) {
			if (!notes.needs.includes(code)) notes.needs.push(code);
		} else if (isSystemCode(code)) {
			if (!notes.systems.includes(code)) notes.systems.push(code);
		} else if (value !== undefined) {
			if (code === 'note-source') notes.sources.push(value);
			else if (code === 'note-unconfirmed') notes.unconfirmed.push(value);
			else if (code === 'note-if-not-working') notes.ifNotWorking = value;
			else if (code === 'note-try-instead') notes.tryInstead.push(value);
		}
	}
	const checked = detail.service.assured_date ?? detail.service.last_modified?.slice(0, 10);
	if (checked) notes.checkedOn = checked;
	return notes;
}

/** Information checked longer ago than this many years carries a note that it may have changed. */
export const CHECKED_LONG_AGO_YEARS = 2;

/**
 * True when a service was last checked (`ServiceNotes.checkedOn`, YYYY-MM-DD) more than
 * `years` years before `now`, read as calendar days on the device: checked on 28 November 2026,
 * it is long ago from 29 November 2028. False when the date is unknown or not a date.
 */
export function checkedLongAgo(checkedOn: string | undefined, now: Date, years: number = CHECKED_LONG_AGO_YEARS): boolean {
	const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(checkedOn ?? '');
	if (!parts) return false;
	const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return false;
	// The first day after the anniversary, at midnight on the device (a 29 February's anniversary in
	// a common year is 1 March).
	const firstDayAfter = new Date(year + years, month - 1, day + 1);
	return now.getTime() >= firstDayAfter.getTime();
}

/**
 * True when the service is free for everyone it serves: it has cost options and every one of them
 * is 0 (an entry with "free for people who are poor" counts, its eligibility says who).
 */
export function isFreeOfCharge(costOptions: readonly CostOption[]): boolean {
	return costOptions.length > 0 && costOptions.every((option) => option.amount === 0);
}

/** True when a phone is a WhatsApp number (Langkah's note, or the word in its type or description). */
export function isWhatsApp(phone: PhoneDetail): boolean {
	if (phone.attributes.some(({ attribute }) => termCodeOfId(attribute.taxonomy_term_id) === 'note-whatsapp')) return true;
	return /whats\s?app/i.test(`${phone.phone.type ?? ''} ${phone.phone.description ?? ''}`);
}

/** Every phone of a service, each once: its own, its contacts', its locations' and theirs, in that order. */
export function servicePhones(detail: ServiceDetail): PhoneDetail[] {
	const all = [
		...detail.phones,
		...detail.contacts.flatMap((contact) => contact.phones),
		...detail.locations.flatMap((location) => [...location.phones, ...location.contacts.flatMap((contact) => contact.phones)])
	];
	return all.filter((phone, index) => all.findIndex((other) => other.phone.id === phone.phone.id) === index);
}

/**
 * True when a person can go to the service: a physical location with a street address (HSDS's own
 * example gives its office's street as a postal address, so any address that is not virtual counts).
 * A help line or a website is not a place to go ("check before you go" is not for them).
 */
export function hasPlaceToGo(detail: ServiceDetail): boolean {
	return detail.locations.some(
		({ location, addresses }) =>
			location?.location_type === 'physical' && addresses.some((address) => address.address_type !== 'virtual' && address.address_1.trim() !== '')
	);
}

/** The steps of an application process written one per line (the bundled entries do). */
export function applicationSteps(applicationProcess: string | undefined): string[] {
	return (applicationProcess ?? '')
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}
