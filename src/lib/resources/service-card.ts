/**
 * A service as the directory's list shows it: its name, what it is for, a caution, when it was
 * last checked, whether it is free and the number to call. The bundled directory's cards are
 * made at build time (bundled/payload.ts) and reach the list page as data; an imported service's
 * card is made on the page from its details.
 */
import type { ServiceDetail } from './hsds';
import { hasPlaceToGo, isFreeOfCharge, serviceNotes, servicePhones } from './notes';

export interface ServiceCard {
	id: string;
	packId: string;
	name: string;
	description?: string;
	/**
	 * Something about it is not confirmed (or it carries an alert): "check before you go" where
	 * there is a place to go (`place`), else a line that is not confirmed (`line`).
	 */
	caution?: 'place' | 'line';
	/** The day it was last checked (YYYY-MM-DD), when known. */
	checkedOn?: string;
	free: boolean;
	/** The first phone number, to call from the list. */
	phone?: string;
}

export function serviceCard(detail: ServiceDetail): ServiceCard {
	const notes = serviceNotes(detail);
	const phone = servicePhones(detail)[0]?.phone.number;
	return {
		id: detail.service.id,
		packId: detail.packId,
		name: detail.service.name,
		...(detail.service.description ? { description: detail.service.description } : {}),
		...(notes.unconfirmed.length > 0 || detail.service.alert ? { caution: hasPlaceToGo(detail) ? 'place' : 'line' } : {}),
		...(notes.checkedOn ? { checkedOn: notes.checkedOn } : {}),
		free: isFreeOfCharge(detail.costOptions),
		...(phone ? { phone } : {})
	};
}
