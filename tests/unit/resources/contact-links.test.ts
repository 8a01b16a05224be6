import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref, webHref, whatsAppHref } from '$lib/resources/contact-links';
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

describe('email and web links take plain addresses only', () => {
	it('links a plain email address', () => {
		expect(mailtoHref('info@lbhapik.or.id')).toBe('mailto:info@lbhapik.or.id');
		expect(mailtoHref(' pengaduan.sapa129@kemenpppa.go.id ')).toBe('mailto:pengaduan.sapa129@kemenpppa.go.id');
		expect(mailtoHref("o'neil+help@example.org")).toBe("mailto:o'neil+help@example.org");
	});

	it('gives no link to an address that would add a copy, a subject or a second recipient', () => {
		for (const email of [
			'a@b.co?cc=x@evil.example',
			'x?cc=evil@b.co',
			'a@b.co&bcc=x@evil.example',
			'a@b.co%3Fcc=x@evil.example',
			'a%3Fcc%3Dx@b.co',
			'a@b.co, x@evil.example',
			'a@b.co x@evil.example',
			'Name <a@b.co>',
			'a@b.co#x',
			'"a"@b.co',
			'a@b',
			'@b.co',
			'a@',
			'javascript:alert(1)//@b.co',
			`${'a'.repeat(250)}@b.co`
		]) {
			expect(mailtoHref(email), email).toBeUndefined();
		}
	});

	it('links plain http and https addresses only', () => {
		expect(webHref('https://www.lbhapik.or.id/kontak')).toBe('https://www.lbhapik.or.id/kontak');
		expect(webHref('http://example.org')).toBe('http://example.org/');
		for (const address of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'data:text/html,<b>x</b>',
			'mailto:a@b.co',
			'//evil.example',
			'www.example.org',
			'https://bank.example@evil.example/',
			'https://user:pass@example.org',
			'https://exa mple.org',
			'https://'
		]) {
			expect(webHref(address), address).toBeUndefined();
		}
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
