/**
 * The bundled national directory as HSDS 3.0 records in one language. It is not stored in
 * IndexedDB: it ships with the app and is put together from ./indonesia.ts and the `resources`
 * texts whenever it is needed, so an update of the app updates it. Where each fact goes in HSDS:
 * - what it is for: service.description; who it is for: service.eligibility_description;
 * - how to reach it, one step per line: service.application_process;
 * - documents: required_document.document; cost: cost_option (amount 0, IDR) and fees_description;
 * - hours: schedule (RFC 5545 fields; "24 h" is every day 00:00-23:59); area: service_area.name;
 * - date checked: service.assured_date (and last_modified, the same day);
 * - source (written out in the language, see $lib/i18n/sources), UNCONFIRMED, if it does not work out, another service to try, WhatsApp numbers:
 *   attributes linking Langkah's note terms (taxonomy.ts) with the text in attribute.value;
 * - the UNCONFIRMED caution a person reads: service.alert.
 */
import type { Language } from '$lib/i18n/languages';
import { fillText, formatSource, type SourceWords } from '$lib/i18n/sources';
import { BUNDLED_PACK_ID } from '../bundled-data';
import type { RecordSet } from '../directory';
import { stableUuid, type DirectoryRecord, type HsdsRecordType, type Phone } from '../hsds';
import { taxonomyRecords, termId, type NoteCode, type ResourceText, type TermCode } from '../taxonomy';
import { provinceByCode } from '../regions';
import { BUNDLED_CHECKED_ON, BUNDLED_ORGANIZATIONS, REFERENCE_SERVICES, type BundledService, type ServiceKey } from './indonesia';
import { PROGRAMME_SERVICES } from './programmes';
import { PROVINCIAL_SERVICES, type ProvincialKey } from './provincial';

export { BUNDLED_CHECKED_ON, BUNDLED_ORGANIZATIONS, REFERENCE_SERVICES } from './indonesia';
export { PROGRAMME_SERVICES } from './programmes';
export { PROVINCIAL_KINDS, PROVINCIAL_SERVICES, provincialKey, type ProvincialKey, type ProvincialKind } from './provincial';
export type { BundledService, ServiceKey } from './indonesia';

/** Every bundled service: the reference's rows, the national programmes, then each province's offices. */
export const BUNDLED_SERVICES: readonly BundledService[] = [...REFERENCE_SERVICES, ...PROGRAMME_SERVICES, ...PROVINCIAL_SERVICES];

export { BUNDLED_PACK_ID };

/** The HSDS id of a bundled record, from its type and a key that names it. */
export function bundledId(type: HsdsRecordType, key: string): string {
	return stableUuid(`langkah:bundled:${type}:${key}`);
}

export function bundledServiceId(key: ServiceKey | ProvincialKey): string {
	return bundledId('service', key);
}

const WEEK = 'MO,TU,WE,TH,FR,SA,SU';
const WORKDAYS = 'MO,TU,WE,TH,FR';

function serviceRecords(entry: BundledService, readText: ResourceText, language: Language): DirectoryRecord[] {
	const key = entry.key;
	const serviceId = bundledServiceId(key);
	const texts = `bundled.${entry.textKey ?? `services.${key}`}`;
	const values = entry.textValues;
	const text: ResourceText = values ? (textKey) => fillText(readText(textKey), values) : readText;
	const records: DirectoryRecord[] = [];
	const attribute = (suffix: string, linkId: string, linkEntity: HsdsRecordType, code: TermCode | NoteCode, value?: string) =>
		records.push({
			type: 'attribute',
			data: {
				id: bundledId('attribute', `${key}:${suffix}`),
				link_id: linkId,
				link_entity: linkEntity,
				taxonomy_term_id: termId(code),
				...(value === undefined ? {} : { value })
			}
		});

	records.push({
		type: 'service',
		data: {
			id: serviceId,
			organization_id: bundledId('organization', entry.organization),
			name: text(`${texts}.name`),
			...(entry.alternateName ? { alternate_name: text(`${texts}.alternateName`) } : {}),
			description: text(`${texts}.description`),
			...(entry.url ? { url: entry.url } : {}),
			...(entry.email ? { email: entry.email } : {}),
			status: 'active',
			application_process: text(`${texts}.howTo`),
			eligibility_description: text(`${texts}.eligibility`),
			...(entry.cost ? { fees_description: text(entry.cost === 'free' ? 'bundled.costs.free' : 'bundled.costs.freeForPoor') } : {}),
			assured_date: BUNDLED_CHECKED_ON,
			...(entry.unconfirmed ? { alert: text(`${texts}.caution`) } : {}),
			last_modified: `${BUNDLED_CHECKED_ON}T00:00:00.000Z`
		}
	});

	for (const phone of entry.phones ?? []) {
		const phoneId = bundledId('phone', `${key}:${phone.key}`);
		const data: Phone = {
			id: phoneId,
			service_id: serviceId,
			number: phone.number,
			type: phone.whatsapp ? 'cell' : 'voice',
			description: text(`bundled.phones.${phone.key}`)
		};
		if (phone.extension !== undefined) data.extension = phone.extension;
		records.push({ type: 'phone', data });
		if (phone.whatsapp) attribute(`whatsapp:${phone.key}`, phoneId, 'phone', 'note-whatsapp', 'WhatsApp');
	}

	if (entry.hours) {
		const always = entry.hours === 'always';
		records.push({
			type: 'schedule',
			data: {
				id: bundledId('schedule', key),
				service_id: serviceId,
				freq: 'WEEKLY',
				byday: always ? WEEK : WORKDAYS,
				opens_at: always ? '00:00' : '09:00',
				closes_at: always ? '23:59' : '16:00',
				// Komnas Perempuan is in Jakarta: its office hours are in Western Indonesian Time (UTC+7).
				...(always ? {} : { timezone: 7 }),
				description: text(always ? 'bundled.schedules.always' : 'bundled.schedules.office')
			}
		});
	}

	records.push({
		type: 'service_area',
		data: {
			id: bundledId('service_area', key),
			service_id: serviceId,
			name: entry.area === 'national' ? text('bundled.areas.national') : (provinceByCode(entry.area)?.name ?? entry.area)
		}
	});

	if (entry.cost) {
		records.push({
			type: 'cost_option',
			data: {
				id: bundledId('cost_option', key),
				service_id: serviceId,
				option: text(entry.cost === 'free' ? 'bundled.costOptions.everyone' : 'bundled.costOptions.poor'),
				amount: 0,
				currency: 'IDR',
				amount_description: text('bundled.costs.free')
			}
		});
	}

	for (const document of entry.documents ?? []) {
		records.push({
			type: 'required_document',
			data: { id: bundledId('required_document', `${key}:${document}`), service_id: serviceId, document: text(`bundled.documents.${document}`) }
		});
	}

	for (const code of [...entry.needs, ...entry.systems]) attribute(`term:${code}`, serviceId, 'service', code);
	const words: SourceWords = (word, values) => fillText(text(`bundled.sourceWords.${word}`), values);
	entry.sources.forEach((source, index) => attribute(`source:${index}`, serviceId, 'service', 'note-source', formatSource(source, language, words)));
	if (entry.unconfirmed) attribute('unconfirmed', serviceId, 'service', 'note-unconfirmed', entry.unconfirmed);
	attribute('if-not-working', serviceId, 'service', 'note-if-not-working', text(`${texts}.ifNotWorking`));
	for (const other of entry.tryInstead) attribute(`try:${other}`, serviceId, 'service', 'note-try-instead', bundledServiceId(other));
	return records;
}

/** Every record of the bundled directory (organizations, services, taxonomy...) in one language. */
export function bundledRecords(text: ResourceText, language: 'id' | 'en'): DirectoryRecord[] {
	const organizations: DirectoryRecord[] = BUNDLED_ORGANIZATIONS.map((organization) => ({
		type: 'organization',
		data: {
			id: bundledId('organization', organization.key),
			name: text(`bundled.organizations.${organization.key}.name`),
			description: text(`bundled.organizations.${organization.key}.description`),
			...(organization.website ? { website: organization.website } : {})
		}
	}));
	return [...taxonomyRecords(text, language), ...organizations, ...BUNDLED_SERVICES.flatMap((entry) => serviceRecords(entry, text, language))];
}

/** The bundled directory as a record set for a DirectoryIndex. */
export function bundledRecordSet(text: ResourceText, language: 'id' | 'en'): RecordSet {
	return { packId: BUNDLED_PACK_ID, records: bundledRecords(text, language) };
}

/** "type:id" of every bundled record: an import may not overwrite them. */
export const BUNDLED_RECORD_KEYS: ReadonlySet<string> = new Set(
	bundledRecords(() => '-', 'id').map((record) => `${record.type}:${record.data.id}`)
);
