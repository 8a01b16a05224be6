/**
 * Tap-to-call and WhatsApp links for a contact the person wrote themselves ("0812-3456-7890", "Bu
 * RT, rumah cat hijau"). Built on the help-line helpers, but never throws: a contact that is not a
 * phone number, or a malformed one, gets no links and is shown as plain text.
 */
import { toInternationalDigits, toTelHref, toWhatsAppHref } from './helplines';

export interface PhoneLinks {
	tel: string;
	/** Only for a mobile number: an Indonesian 08… number, or one written with its country code. */
	whatsApp?: string;
}

const PHONE_NUMBER = /^\+?[\d\s\-().]+$/;
/** From a three-digit service number (112) to the longest international number (15 digits). */
const MIN_DIGITS = 3;
const MAX_DIGITS = 15;

export function phoneLinks(contact: string): PhoneLinks | undefined {
	const number = contact.trim();
	if (!PHONE_NUMBER.test(number)) return undefined;
	const digitCount = number.replace(/\D/g, '').length;
	if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS) return undefined;
	try {
		const tel = toTelHref(number);
		const whatsApp = whatsAppHref(number);
		return whatsApp ? { tel, whatsApp } : { tel };
	} catch {
		return undefined;
	}
}

function whatsAppHref(number: string): string | undefined {
	try {
		const international = toInternationalDigits(number);
		// 62 8…: an Indonesian mobile. Other Indonesian numbers (021…, 0800…) are landlines or lines
		// without WhatsApp; a foreign number cannot be told apart, so it gets the link.
		const mobile = international.startsWith('628') || (number.startsWith('+') && !international.startsWith('62'));
		return mobile ? toWhatsAppHref(number) : undefined;
	} catch {
		return undefined;
	}
}
