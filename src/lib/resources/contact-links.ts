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
