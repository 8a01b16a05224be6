/** Links a phone can act on: tap to call, tap to open a WhatsApp chat. Pure string work. */

/** The digits of a phone number for a tel: link ("+" kept in front). */
export function telHref(number: string): string {
	const trimmed = number.trim();
	return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** A wa.me link: international digits without "+"; an Indonesian 0-number gets 62 in front. */
export function whatsAppHref(number: string): string {
	let digits = number.replace(/\D/g, '');
	if (!number.trim().startsWith('+') && digits.startsWith('0')) digits = `62${digits.slice(1)}`;
	return `https://wa.me/${digits}`;
}

// A local part of plain letters, digits and . _ + ' -: no "?" or "&" to smuggle in a copy to a third
// party (mailto:a@b.c?cc=...), no "%" to encode one, no spaces, commas or angle brackets for a
// second recipient, no quotes, "#" or "/".
const PLAIN_EMAIL = /^[\p{L}\p{N}_+'-]+(?:\.[\p{L}\p{N}_+'-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;
const MAX_EMAIL_LENGTH = 254;

/** A mailto: link for one plain address (local@domain), else undefined: show the text without a link. */
export function mailtoHref(email: string): string | undefined {
	const address = email.trim();
	if (address.length > MAX_EMAIL_LENGTH || !PLAIN_EMAIL.test(address)) return undefined;
	return `mailto:${address}`;
}

/**
 * The link for a plain web address (http or https, a host, no user name or password that could
 * pass for the host, no spaces), else undefined: show the text without a link.
 */
export function webHref(address: string): string | undefined {
	const text = address.trim();
	if (!/^https?:\/\/[^\s]+$/i.test(text)) return undefined;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return undefined;
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return undefined;
	return url.href;
}
