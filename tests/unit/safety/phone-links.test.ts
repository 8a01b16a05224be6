import { describe, expect, it } from 'vitest';
import { phoneLinks } from '$lib/safety/phone-links';

describe('phoneLinks', () => {
	it('calls an Indonesian mobile number with +62 and offers WhatsApp', () => {
		expect(phoneLinks(' 0812-3456-7890 ')).toEqual({ tel: 'tel:+6281234567890', whatsApp: 'https://wa.me/6281234567890' });
		expect(phoneLinks('+62 812 3456 7890')).toEqual({ tel: 'tel:+6281234567890', whatsApp: 'https://wa.me/6281234567890' });
	});

	it('calls a landline or a short service number, without WhatsApp', () => {
		expect(phoneLinks('(021) 1234-5678')).toEqual({ tel: 'tel:+622112345678' });
		expect(phoneLinks('112')).toEqual({ tel: 'tel:112' });
	});

	it('offers WhatsApp for a foreign number written with its country code', () => {
		expect(phoneLinks('+44 7700 900123')).toEqual({ tel: 'tel:+447700900123', whatsApp: 'https://wa.me/447700900123' });
	});

	it('gives no links (plain text) for anything that is not a phone number, without throwing', () => {
		for (const contact of ['', '   ', 'Rumah cat hijau dekat masjid', 'HP: 0812 3456 7890', '12', '0812+3456', '1234567890123456789', '+', '---']) {
			expect(phoneLinks(contact), contact).toBeUndefined();
		}
	});
});
