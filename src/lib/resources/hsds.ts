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

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** 32 bits of a string's hash, seeded so that four seeds give four independent words. */
function hashWord(input: string, seed: number): number {
	let hash = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < input.length; i++) {
		hash ^= input.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	// Final avalanche (MurmurHash3's fmix32) so that nearby inputs spread over every bit.
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/**
 * A UUID that is always the same for the same name (RFC 9562 version 8, "custom"): ids of the
 * bundled directory and taxonomy, and HSDS ids for imported records whose own ids are not UUIDs.
 */
export function stableUuid(name: string): string {
	const hex = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]
		.map((seed) => hashWord(name, seed).toString(16).padStart(8, '0'))
		.join('');
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

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
