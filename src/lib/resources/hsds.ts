/**
 * Open Referral HSDS 3.0 as Langkah keeps it. The record types (one interface per table) and
 * `HSDS_TABLES` (each table's fields, types, formats, enums, required fields and how nested JSON
 * objects link to their parents) are generated from the schema files in ./schema by
 * scripts/generate-hsds.mjs into ./hsds.generated.ts: the schemas are the one source. Records are
 * kept flat, one per table row as in the HSDS tabular form; a field a record came with that HSDS
 * does not define is kept in its `extra` bag so an export gives it back.
 */
import { HSDS_TABLES, RECORD_TYPES, type HsdsRecordType, type RecordBase, type RecordTypes } from './hsds.generated';
import type { Accessibility, Address, Attribute, Contact, CostOption, Funding, Language, Location, Organization, Phone, Program, RequiredDocument, Schedule, Service, ServiceArea, ServiceAtLocation, TaxonomyTerm } from './hsds.generated';

export * from './hsds.generated';

export type ServiceStatus = Service['status'];
export type LocationType = Location['location_type'];
export type Weekday = NonNullable<Schedule['wkst']>;

export function isRecordType(value: unknown): value is HsdsRecordType {
	return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

/** One flat HSDS record with its type, as the directory keeps it. */
export type DirectoryRecord<T extends HsdsRecordType = HsdsRecordType> = {
	[K in T]: { type: K; data: RecordTypes[K] };
}[T];

/** A record of any type, seen as plain fields (for code that walks every type the same way). */
export type AnyRecord = RecordBase & { [field: string]: unknown };

/** The record type of a tabular file name ("services.csv" -> "service"), or undefined. */
export function recordTypeOfFile(fileName: string): HsdsRecordType | undefined {
	const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
	return RECORD_TYPES.find((type) => HSDS_TABLES[type].file === base);
}

/** The fields of a record that hold ids of other records (foreign keys). */
export function linkFields(type: HsdsRecordType): string[] {
	return Object.entries(HSDS_TABLES[type].fields)
		.filter(([name, spec]) => name !== 'id' && spec.format === 'uuid')
		.map(([name]) => name);
}

// ---------------------------------------------------------------------------------------------
// Ids.

export { isUuid, stableUuid } from './stable-uuid';

// ---------------------------------------------------------------------------------------------
// A service with everything linked to it, as pages show it.

export interface AttributeDetail {
	attribute: Attribute;
	term?: TaxonomyTerm;
}

export interface PhoneDetail {
	phone: Phone;
	languages: Language[];
	attributes: AttributeDetail[];
}

export interface ContactDetail {
	contact: Contact;
	phones: PhoneDetail[];
}

export interface LocationDetail {
	serviceAtLocation: ServiceAtLocation;
	location?: Location;
	addresses: Address[];
	phones: PhoneDetail[];
	schedules: Schedule[];
	contacts: ContactDetail[];
	accessibility: Accessibility[];
	languages: Language[];
}

export interface ServiceDetail {
	/** The pack the service came from ("bundled" for the directory Langkah ships). */
	packId: string;
	service: Service;
	organization?: Organization;
	program?: Program;
	phones: PhoneDetail[];
	schedules: Schedule[];
	serviceAreas: ServiceArea[];
	languages: Language[];
	costOptions: CostOption[];
	requiredDocuments: RequiredDocument[];
	contacts: ContactDetail[];
	funding: Funding[];
	attributes: AttributeDetail[];
	locations: LocationDetail[];
}
