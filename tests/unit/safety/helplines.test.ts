/**
 * Help-line data and the link helpers: every entry can be reached, says where it comes from and
 * when it was checked, and links are built the way phones and WhatsApp expect.
 */
import { describe, expect, it } from 'vitest';
import {
	HELPLINES,
	HELPLINES_CHECKED_ON,
	parseCheckedOn,
	toInternationalDigits,
	toTelHref,
	toWebHref,
	toWhatsAppHref
} from '$lib/safety/helplines';

describe('toTelHref', () => {
	it.each([
		['112', 'tel:112'],
		['110', 'tel:110'],
		['129', 'tel:129'],
		['1500-771', 'tel:1500771'],
		['021-129', 'tel:021129'],
		['0811-1129-129', 'tel:+628111129129'],
		['(021) 3903963', 'tel:+62213903963'],
		['+62 811 1129 129', 'tel:+628111129129'],
		['0800-1500-119', 'tel:08001500119']
	])('turns %j into %j', (number, href) => {
		expect(toTelHref(number)).toBe(href);
	});

	it('refuses text that is not a number', () => {
		expect(() => toTelHref('call me')).toThrow();
		expect(() => toTelHref('')).toThrow();
	});
});

describe('toWhatsAppHref', () => {
	it.each([
		['0811-1129-129', 'https://wa.me/628111129129'],
		['08111129129', 'https://wa.me/628111129129'],
		['+62 811-1129-129', 'https://wa.me/628111129129'],
		['628111129129', 'https://wa.me/628111129129']
	])('turns %j into %j', (number, href) => {
		expect(toWhatsAppHref(number)).toBe(href);
	});

	it('refuses short service numbers and numbers without a country or trunk prefix', () => {
		expect(() => toWhatsAppHref('129')).toThrow();
		expect(() => toWhatsAppHref('8111129129')).toThrow();
		expect(() => toWhatsAppHref('0811')).toThrow();
	});

	it('shares its digits with toInternationalDigits', () => {
		expect(toInternationalDigits('0811-1129-129')).toBe('628111129129');
	});
});

describe('toWebHref', () => {
	it.each([
		['healing119.id', 'https://healing119.id'],
		['https://healing119.id/', 'https://healing119.id'],
		['sidbankum.bphn.go.id/path', 'https://sidbankum.bphn.go.id/path']
	])('turns %j into %j', (address, href) => {
		expect(toWebHref(address)).toBe(href);
	});
});

describe('parseCheckedOn', () => {
	it('reads YYYY-MM as the first day of that month', () => {
		const date = parseCheckedOn('2026-11');
		expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 10, 1]);
	});

	it('refuses other shapes', () => {
		expect(() => parseCheckedOn('2026-13')).toThrow();
		expect(() => parseCheckedOn('November 2026')).toThrow();
	});
});

describe('HELPLINES', () => {
	it.each(HELPLINES.map((line) => [line.id, line] as const))('%s has a contact, a source and a date', (_id, line) => {
		expect(line.contacts.length).toBeGreaterThan(0);
		expect(line.sources.length).toBeGreaterThan(0);
		for (const source of line.sources) {
			expect(source.name.trim()).not.toBe('');
			// English glue words are the language's to say (see $lib/i18n/sources), never data.
			expect(`${source.name} ${source.via ?? ''}`).not.toMatch(/\b(via|release|quoting|undated)\b/i);
			if (source.date) expect(source.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
		}
		expect(line.checkedOn).toMatch(/^\d{4}-\d{2}$/);
		expect(() => parseCheckedOn(line.checkedOn)).not.toThrow();
		for (const contact of line.contacts) {
			expect(contact.value.trim()).not.toBe('');
			const expectedPrefix = { phone: 'tel:', whatsapp: 'https://wa.me/', web: 'https://' }[contact.kind];
			expect(contact.href.startsWith(expectedPrefix)).toBe(true);
		}
	});

	it('has unique ids', () => {
		const ids = HELPLINES.map((line) => line.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('carries the numbers of the reference table', () => {
		const hrefs = HELPLINES.flatMap((line) => line.contacts.map((contact) => contact.href));
		expect(hrefs).toEqual([
			'tel:112',
			'tel:110',
			'tel:119',
			'tel:129',
			'https://wa.me/628111129129',
			'https://healing119.id'
		]);
		expect(HELPLINES.every((line) => line.checkedOn === HELPLINES_CHECKED_ON)).toBe(true);
	});

	it('lists no WhatsApp number for Healing119.id, whose number is unconfirmed', () => {
		const healing = HELPLINES.find((line) => line.id === 'healing119');
		expect(healing?.contacts.map((contact) => contact.kind)).toEqual(['web']);
	});

	it('never lists the old suicide line 500-454, closed in 2014', () => {
		const values = HELPLINES.flatMap((line) => line.contacts.map((contact) => contact.value.replace(/\D/g, '')));
		expect(values).not.toContain('500454');
	});
});
