/**
 * The help lines shown in the crisis panel, taken only from the project reference "Indonesian
 * help lines and social-service entry points" (collected 2026-11). Never add a number that is
 * not in that file with its source. Names and purposes are i18n keys in the `safety` namespace:
 * `safety:lines.<id>.name` and `safety:lines.<id>.for`.
 *
 * Healing119.id also has a WhatsApp number, but the reference marks it UNCONFIRMED, so it is left
 * out on purpose; only its confirmed website is listed.
 */

import type { SourceRef } from '$lib/i18n/sources';

export type ContactKind = 'phone' | 'whatsapp' | 'web';

export type HelplineContact = {
	kind: ContactKind;
	/** As people read and dial it, e.g. "0811-1129-129". */
	value: string;
	href: string;
};

export type HelplineId = 'emergency112' | 'police110' | 'medical119' | 'sapa129' | 'healing119';

export type Helpline = {
	id: HelplineId;
	contacts: readonly HelplineContact[];
	/** The reference table's sources, as data: shown in the language on screen. */
	sources: readonly SourceRef[];
	/** When the entry was last checked, as YYYY-MM. */
	checkedOn: string;
	/** True when part of the entry is UNCONFIRMED: the panel then shows a caution. */
	caution?: boolean;
};

/** The month the reference table was collected. */
export const HELPLINES_CHECKED_ON = '2026-11';

/** Digits only, keeping a leading "+": "0811-1129-129" -> "08111129129". */
function dialDigits(number: string): string {
	const trimmed = number.trim();
	const digits = trimmed.replace(/[\s\-().]/g, '');
	if (!/^\+?\d+$/.test(digits)) throw new Error(`Not a phone number: "${number}"`);
	return digits;
}

/**
 * An Indonesian number in international digits without "+", as wa.me wants them:
 * "0811-1129-129" -> "628111129129", "+62 811..." -> "62811...".
 */
export function toInternationalDigits(number: string): string {
	const digits = dialDigits(number);
	if (digits.startsWith('+')) return digits.slice(1);
	if (digits.startsWith('62')) return digits;
	if (digits.startsWith('0')) return `62${digits.slice(1)}`;
	throw new Error(`Not a full Indonesian number: "${number}"`);
}

/**
 * A tel: link. Short service numbers (112, 110, 129, 1500-771) and toll-free 0800 numbers, which
 * work only from inside Indonesia, are dialled as they are; other full numbers starting with 0 get
 * the +62 country code so the link also works from a foreign phone.
 */
export function toTelHref(number: string): string {
	const digits = dialDigits(number);
	if (digits.startsWith('+')) return `tel:${digits}`;
	if (digits.startsWith('0') && !digits.startsWith('0800') && digits.length >= 9) {
		return `tel:+${toInternationalDigits(digits)}`;
	}
	return `tel:${digits}`;
}

/** A WhatsApp chat link for an Indonesian number: "0811-1129-129" -> "https://wa.me/628111129129". */
export function toWhatsAppHref(number: string): string {
	const digits = toInternationalDigits(number);
	if (digits.length < 10) throw new Error(`Too short for a WhatsApp number: "${number}"`);
	return `https://wa.me/${digits}`;
}

/** A web link from an address as printed: "healing119.id" -> "https://healing119.id". */
export function toWebHref(address: string): string {
	const trimmed = address.trim();
	const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
	const path = url.pathname === '/' ? '' : url.pathname;
	return `${url.protocol}//${url.host}${path}${url.search}`;
}

function phone(value: string): HelplineContact {
	return { kind: 'phone', value, href: toTelHref(value) };
}

function whatsapp(value: string): HelplineContact {
	return { kind: 'whatsapp', value, href: toWhatsAppHref(value) };
}

function web(value: string): HelplineContact {
	return { kind: 'web', value, href: toWebHref(value) };
}

/** In the order the panel shows them: emergencies first. */
export const HELPLINES: readonly Helpline[] = [
	{
		id: 'emergency112',
		contacts: [phone('112')],
		sources: [
			{ name: 'Permenkominfo 10/2016' },
			{ name: 'djppi.kominfo.go.id', date: '2023-10-14' },
			{ name: 'jabar.antaranews.com/berita/591741', date: '2025' }
		],
		checkedOn: HELPLINES_CHECKED_ON
	},
	{
		id: 'police110',
		contacts: [phone('110')],
		sources: [
			{ name: 'Republika', via: 'arahkompas.com', date: '2021-05-27' },
			{ name: 'sandiwartanews.com', date: '2026-01-12' }
		],
		checkedOn: HELPLINES_CHECKED_ON
	},
	{
		id: 'medical119',
		contacts: [phone('119')],
		sources: [{ name: 'Kemenkes', kind: 'pressRelease', via: 'Antara', date: '2016-06' }, { name: 'Permenkes 19/2016' }],
		checkedOn: HELPLINES_CHECKED_ON
	},
	{
		id: 'sapa129',
		contacts: [phone('129'), whatsapp('0811-1129-129')],
		sources: [{ name: 'jabar.antaranews.com/amp/berita/469599', date: '2023-09-21' }],
		checkedOn: HELPLINES_CHECKED_ON
	},
	{
		id: 'healing119',
		contacts: [web('healing119.id')],
		sources: [{ name: 'kesprimkom.kemkes.go.id', date: '2025-08-07' }],
		checkedOn: HELPLINES_CHECKED_ON
	}
];

/** "2026-11" -> the first day of that month, in local time, for formatting as "November 2026". */
export function parseCheckedOn(checkedOn: string): Date {
	const parts = /^(\d{4})-(\d{2})$/.exec(checkedOn);
	const month = Number(parts?.[2]);
	if (!parts || month < 1 || month > 12) throw new Error(`Not a YYYY-MM date: "${checkedOn}"`);
	return new Date(Number(parts[1]), month - 1, 1);
}
