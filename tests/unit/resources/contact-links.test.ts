import { describe, expect, it } from 'vitest';
import { telHref, whatsAppHref } from '$lib/resources/contact-links';
import { referralText } from '../../../src/routes/resources/mine/referral-text';

describe('contact links', () => {
	it('makes tel: links of the digits, keeping a leading +', () => {
		expect(telHref('129')).toBe('tel:129');
		expect(telHref(' 0811-1129-129 ')).toBe('tel:08111129129');
		expect(telHref('+44 1234 234567')).toBe('tel:+441234234567');
	});

	it('makes wa.me links in international form', () => {
		expect(whatsAppHref('0811-1129-129')).toBe('https://wa.me/628111129129');
		expect(whatsAppHref('+62 811 1129 129')).toBe('https://wa.me/628111129129');
		expect(whatsAppHref('62 811 1129 129')).toBe('https://wa.me/628111129129');
	});
});

describe('referral text', () => {
	it('holds the header, the person’s words and only the answers given', () => {
		expect(referralText('For: SAPA 129', '  Please call me.  ', [{ label: 'What happened?', text: 'A fight.' }])).toBe(
			'For: SAPA 129\n\nPlease call me.\n\nWhat happened?\nA fight.'
		);
		expect(referralText('For: X', '', [])).toBe('For: X');
	});
});
