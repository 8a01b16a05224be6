/**
 * Open Referral HSDS 3.0: the record types Langkah keeps, their fields as the schemas in
 * ./schema define them (names, types, formats, enums, required), and how nested JSON objects link
 * to their parents. Records are kept flat, one per table row as in the HSDS tabular form; a field a
 * record came with that HSDS does not define is kept in its `extra` bag so an export gives it back.
 * tests/unit/resources/hsds.test.ts checks `HSDS_TABLES` against the schema files.
 */

export const HSDS_VERSION = '3.0';

export const RECORD_TYPES = [
	'organization',
	'program',
	'service',
	'service_at_location',
	'location',
	'address',
	'phone',
	'schedule',
	'service_area',
	'language',
	'contact',
	'cost_option',
	'required_document',
	'funding',
	'accessibility',
	'attribute',
	'taxonomy',
	'taxonomy_term',
	'organization_identifier',
	'metadata',
	'meta_table_description'
] as const;

export type HsdsRecordType = (typeof RECORD_TYPES)[number];

export function isRecordType(value: unknown): value is HsdsRecordType {
	return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

/** Unknown fields a record came with, kept as they were (plain JSON values). */
export type ExtraFields = Record<string, unknown>;

interface RecordBase {
	id: string;
	/** Fields the record came with that HSDS 3.0 does not define; given back on export. */
	extra?: ExtraFields;
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';
export type LocationType = 'physical' | 'postal' | 'virtual';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface Organization extends RecordBase {
	name: string;
	alternate_name?: string;
	description: string;
	email?: string;
	website?: string;
	/** Deprecated in HSDS 3.0, kept for old data. */
	tax_status?: string;
	/** Deprecated in HSDS 3.0, kept for old data. */
	tax_id?: string;
	year_incorporated?: number;
	legal_status?: string;
	logo?: string;
	uri?: string;
	parent_organization_id?: string;
}

export interface Program extends RecordBase {
	organization_id?: string;
	name: string;
	alternate_name?: string;
	description: string;
}

export interface Service extends RecordBase {
	organization_id?: string;
	program_id?: string;
	name: string;
	alternate_name?: string;
	/** What the service is for. */
	description?: string;
	url?: string;
	email?: string;
	status: ServiceStatus;
	interpretation_services?: string;
	/** How to reach the service, step by step (free text; bundled entries put one step on a line). */
	application_process?: string;
	fees_description?: string;
	wait_time?: string;
	fees?: string;
	accreditations?: string;
	/** Who the service is for. */
	eligibility_description?: string;
	minimum_age?: number;
	maximum_age?: number;
	/** The date (YYYY-MM-DD) the information about the service was last checked. */
	assured_date?: string;
	assurer_email?: string;
	licenses?: string;
	/** A short-term warning about the service; bundled UNCONFIRMED entries carry their caution here. */
	alert?: string;
	/** When the service or anything about it last changed (ISO date-time). */
	last_modified?: string;
}

export interface ServiceAtLocation extends RecordBase {
	service_id?: string;
	location_id?: string;
	description?: string;
}

export interface Location extends RecordBase {
	location_type: LocationType;
	url?: string;
	organization_id?: string;
	name?: string;
	alternate_name?: string;
	description?: string;
	transportation?: string;
	latitude?: number;
	longitude?: number;
	external_identifier?: string;
	external_identifier_type?: string;
}

export interface Address extends RecordBase {
	location_id?: string;
	attention?: string;
	address_1: string;
	address_2?: string;
	city: string;
	region?: string;
	state_province: string;
	postal_code: string;
	country: string;
	address_type: LocationType;
}

export interface Phone extends RecordBase {
	location_id?: string;
	service_id?: string;
	organization_id?: string;
	contact_id?: string;
	service_at_location_id?: string;
	number: string;
	extension?: number;
	/** RFC 6350 type: text, voice, fax, cell, video, pager, textphone. */
	type?: string;
	description?: string;
}

export interface Schedule extends RecordBase {
	service_id?: string;
	location_id?: string;
	service_at_location_id?: string;
	valid_from?: string;
	valid_to?: string;
	dtstart?: string;
	/** The UTC offset, in hours, that the times are expressed in. */
	timezone?: number;
	until?: string;
	count?: number;
	wkst?: Weekday;
	freq?: 'WEEKLY' | 'MONTHLY';
	interval?: number;
	byday?: string;
	byweekno?: string;
	bymonthday?: string;
	byyearday?: string;
	description?: string;
	opens_at?: string;
	closes_at?: string;
	schedule_link?: string;
	attending_type?: string;
	notes?: string;
}

export interface ServiceArea extends RecordBase {
	service_id?: string;
	name?: string;
	description?: string;
	extent?: string;
	extent_type?: string;
	uri?: string;
}

export interface Language extends RecordBase {
	service_id?: string;
	location_id?: string;
	phone_id?: string;
	name?: string;
	code?: string;
	note?: string;
}

export interface Contact extends RecordBase {
	organization_id?: string;
	service_id?: string;
	service_at_location_id?: string;
	location_id?: string;
	name?: string;
	title?: string;
	department?: string;
	email?: string;
}

export interface CostOption extends RecordBase {
	service_id?: string;
	valid_from?: string;
	valid_to?: string;
	option?: string;
	currency?: string;
	amount?: number;
	amount_description?: string;
}

export interface RequiredDocument extends RecordBase {
	service_id?: string;
	document?: string;
	uri?: string;
}

export interface Funding extends RecordBase {
	organization_id?: string;
	service_id?: string;
	source?: string;
}

export interface Accessibility extends RecordBase {
	location_id?: string;
	description?: string;
	details?: string;
	url?: string;
}

export interface Attribute extends RecordBase {
	/** The id of the record this attribute describes. */
	link_id?: string;
	taxonomy_term_id?: string;
	link_type?: string;
	/** The table of `link_id` (service, phone, ...). */
	link_entity?: string;
	value?: string;
}

export interface Taxonomy extends RecordBase {
	name: string;
	description: string;
	uri?: string;
	version?: string;
}

export interface TaxonomyTerm extends RecordBase {
	code?: string;
	name: string;
	description: string;
	parent_id?: string;
	taxonomy?: string;
	language?: string;
	taxonomy_id?: string;
	term_uri?: string;
}

export interface OrganizationIdentifier extends RecordBase {
	organization_id?: string;
	identifier_scheme?: string;
	identifier_type: string;
	identifier: string;
}

export interface Metadata extends RecordBase {
	resource_id?: string;
	resource_type?: string;
	last_action_date: string;
	last_action_type: string;
	field_name: string;
	previous_value: string;
	replacement_value: string;
	updated_by: string;
}

export interface MetaTableDescription extends RecordBase {
	name?: string;
	language?: string;
	character_set?: string;
}

/** The flat record of each HSDS type. */
export interface RecordTypes {
	organization: Organization;
	program: Program;
	service: Service;
	service_at_location: ServiceAtLocation;
	location: Location;
	address: Address;
	phone: Phone;
	schedule: Schedule;
	service_area: ServiceArea;
	language: Language;
	contact: Contact;
	cost_option: CostOption;
	required_document: RequiredDocument;
	funding: Funding;
	accessibility: Accessibility;
	attribute: Attribute;
	taxonomy: Taxonomy;
	taxonomy_term: TaxonomyTerm;
	organization_identifier: OrganizationIdentifier;
	metadata: Metadata;
	meta_table_description: MetaTableDescription;
}

/** One flat HSDS record with its type, as the directory keeps it. */
export type DirectoryRecord<T extends HsdsRecordType = HsdsRecordType> = {
	[K in T]: { type: K; data: RecordTypes[K] };
}[T];

/** A record of any type, seen as plain fields (for code that walks every type the same way). */
export type AnyRecord = RecordBase & { [field: string]: unknown };

// ---------------------------------------------------------------------------------------------
// The tables, as the schema files describe them.

export type FieldKind = 'string' | 'number';
/** JSON Schema formats (uuid, uri, email, date-time) and the tabular date/time types. */
export type FieldFormat = 'uuid' | 'uri' | 'email' | 'date' | 'date-time' | 'time';

export interface FieldSpec {
	kind: FieldKind;
	format?: FieldFormat;
	values?: readonly string[];
}

/**
 * How a nested object links to the record it is nested in:
 * `child`: the nested record holds the parent's id in `key` (a phone's `service_id`);
 * `parent`: the parent holds the nested record's id in `key` (a service's `organization_id`);
 * `attribute`/`metadata`: the nested record points at the parent with `link_id`/`resource_id`.
 */
export type LinkSpec =
	| { via: 'child'; key: string }
	| { via: 'parent'; key: string }
	| { via: 'attribute' }
	| { via: 'metadata' };

export interface ChildSpec {
	type: HsdsRecordType;
	many: boolean;
	link: LinkSpec;
	/** Used by the API's responses (organization_full, service_at_location lists) but not in the schema. */
	apiOnly?: boolean;
}

export interface TableSpec {
	/** The file of this table in the tabular form (a data package of CSV files). */
	file: string;
	fields: Readonly<Record<string, FieldSpec>>;
	required: readonly string[];
	/** Required in the tabular form only, where the links are columns. */
	tabularRequired: readonly string[];
	children: Readonly<Record<string, ChildSpec>>;
}

const text: FieldSpec = { kind: 'string' };
const uuid: FieldSpec = { kind: 'string', format: 'uuid' };
const uri: FieldSpec = { kind: 'string', format: 'uri' };
const email: FieldSpec = { kind: 'string', format: 'email' };
const date: FieldSpec = { kind: 'string', format: 'date' };
const time: FieldSpec = { kind: 'string', format: 'time' };
const number: FieldSpec = { kind: 'number' };
const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const attributes: ChildSpec = { type: 'attribute', many: true, link: { via: 'attribute' } };
const metadata: ChildSpec = { type: 'metadata', many: true, link: { via: 'metadata' } };
function many(type: HsdsRecordType, key: string): ChildSpec {
	return { type, many: true, link: { via: 'child', key } };
}
function one(type: HsdsRecordType, key: string): ChildSpec {
	return { type, many: false, link: { via: 'parent', key } };
}

export const HSDS_TABLES: Readonly<Record<HsdsRecordType, TableSpec>> = {
	organization: {
		file: 'organizations.csv',
		fields: {
			id: uuid,
			name: text,
			alternate_name: text,
			description: text,
			email,
			website: uri,
			tax_status: text,
			tax_id: text,
			year_incorporated: number,
			legal_status: text,
			logo: text,
			uri,
			parent_organization_id: uuid
		},
		required: ['id', 'name', 'description'],
		tabularRequired: [],
		children: {
			funding: many('funding', 'organization_id'),
			contacts: many('contact', 'organization_id'),
			phones: many('phone', 'organization_id'),
			locations: many('location', 'organization_id'),
			programs: many('program', 'organization_id'),
			organization_identifiers: many('organization_identifier', 'organization_id'),
			attributes,
			metadata,
			services: { ...many('service', 'organization_id'), apiOnly: true }
		}
	},
	program: {
		file: 'programs.csv',
		fields: { id: uuid, organization_id: uuid, name: text, alternate_name: text, description: text },
		required: ['id', 'name', 'description'],
		tabularRequired: ['organization_id'],
		children: { attributes, metadata }
	},
	service: {
		file: 'services.csv',
		fields: {
			id: uuid,
			organization_id: uuid,
			program_id: uuid,
			name: text,
			alternate_name: text,
			description: text,
			url: uri,
			email,
			status: { kind: 'string', values: ['active', 'inactive', 'defunct', 'temporarily closed'] },
			interpretation_services: text,
			application_process: text,
			fees_description: text,
			wait_time: text,
			fees: text,
			accreditations: text,
			eligibility_description: text,
			minimum_age: number,
			maximum_age: number,
			assured_date: date,
			assurer_email: email,
			licenses: text,
			alert: text,
			last_modified: { kind: 'string', format: 'date-time' }
		},
		required: ['id', 'name', 'status'],
		tabularRequired: ['organization_id'],
		children: {
			phones: many('phone', 'service_id'),
			schedules: many('schedule', 'service_id'),
			service_areas: many('service_area', 'service_id'),
			service_at_locations: many('service_at_location', 'service_id'),
			languages: many('language', 'service_id'),
			organization: one('organization', 'organization_id'),
			funding: many('funding', 'service_id'),
			cost_options: many('cost_option', 'service_id'),
			program: one('program', 'program_id'),
			required_documents: many('required_document', 'service_id'),
			contacts: many('contact', 'service_id'),
			attributes,
			metadata
		}
	},
	service_at_location: {
		file: 'service_at_location.csv',
		fields: { id: uuid, service_id: uuid, location_id: uuid, description: text },
		required: ['id'],
		tabularRequired: ['service_id', 'location_id'],
		children: {
			contacts: many('contact', 'service_at_location_id'),
			phones: many('phone', 'service_at_location_id'),
			schedules: many('schedule', 'service_at_location_id'),
			location: one('location', 'location_id'),
			attributes,
			metadata,
			service: { ...one('service', 'service_id'), apiOnly: true }
		}
	},
	location: {
		file: 'locations.csv',
		fields: {
			id: uuid,
			location_type: { kind: 'string', values: LOCATION_TYPES },
			url: uri,
			organization_id: uuid,
			name: text,
			alternate_name: text,
			description: text,
			transportation: text,
			latitude: number,
			longitude: number,
			external_identifier: text,
			external_identifier_type: text
		},
		required: ['id', 'location_type'],
		tabularRequired: [],
		children: {
			languages: many('language', 'location_id'),
			addresses: many('address', 'location_id'),
			contacts: many('contact', 'location_id'),
			accessibility: many('accessibility', 'location_id'),
			phones: many('phone', 'location_id'),
			schedules: many('schedule', 'location_id'),
			attributes,
			metadata
		}
	},
	address: {
		file: 'addresses.csv',
		fields: {
			id: uuid,
			location_id: uuid,
			attention: text,
			address_1: text,
			address_2: text,
			city: text,
			region: text,
			state_province: text,
			postal_code: text,
			country: text,
			address_type: { kind: 'string', values: LOCATION_TYPES }
		},
		required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	phone: {
		file: 'phones.csv',
		fields: {
			id: uuid,
			location_id: uuid,
			service_id: uuid,
			organization_id: uuid,
			contact_id: uuid,
			service_at_location_id: uuid,
			number: text,
			extension: number,
			type: text,
			description: text
		},
		required: ['id', 'number'],
		tabularRequired: [],
		children: { languages: many('language', 'phone_id'), attributes, metadata }
	},
	schedule: {
		file: 'schedules.csv',
		fields: {
			id: uuid,
			service_id: uuid,
			location_id: uuid,
			service_at_location_id: uuid,
			valid_from: date,
			valid_to: date,
			dtstart: date,
			timezone: number,
			until: date,
			count: number,
			wkst: { kind: 'string', values: WEEKDAYS },
			freq: { kind: 'string', values: ['WEEKLY', 'MONTHLY'] },
			interval: number,
			byday: text,
			byweekno: text,
			bymonthday: text,
			byyearday: text,
			description: text,
			opens_at: time,
			closes_at: time,
			schedule_link: uri,
			attending_type: text,
			notes: text
		},
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	service_area: {
		file: 'service_areas.csv',
		fields: { id: uuid, service_id: uuid, name: text, description: text, extent: text, extent_type: text, uri: text },
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	language: {
		file: 'languages.csv',
		fields: { id: uuid, service_id: uuid, location_id: uuid, phone_id: uuid, name: text, code: text, note: text },
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	contact: {
		file: 'contacts.csv',
		fields: {
			id: uuid,
			organization_id: uuid,
			service_id: uuid,
			service_at_location_id: uuid,
			location_id: uuid,
			name: text,
			title: text,
			department: text,
			email
		},
		required: ['id'],
		tabularRequired: [],
		children: { phones: many('phone', 'contact_id'), attributes, metadata }
	},
	cost_option: {
		file: 'cost_options.csv',
		fields: {
			id: uuid,
			service_id: uuid,
			valid_from: date,
			valid_to: date,
			option: text,
			currency: text,
			amount: number,
			amount_description: text
		},
		required: ['id'],
		tabularRequired: ['service_id'],
		children: { attributes, metadata }
	},
	required_document: {
		file: 'required_documents.csv',
		fields: { id: uuid, service_id: uuid, document: text, uri },
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	funding: {
		file: 'funding.csv',
		fields: { id: uuid, organization_id: uuid, service_id: uuid, source: text },
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	accessibility: {
		file: 'accessibility.csv',
		fields: { id: uuid, location_id: uuid, description: text, details: text, url: uri },
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	},
	attribute: {
		file: 'attributes.csv',
		fields: { id: uuid, link_id: uuid, taxonomy_term_id: uuid, link_type: text, link_entity: text, value: text },
		required: ['id'],
		tabularRequired: ['link_id', 'taxonomy_term_id', 'link_entity'],
		children: { taxonomy_term: one('taxonomy_term', 'taxonomy_term_id'), metadata }
	},
	taxonomy: {
		file: 'taxonomies.csv',
		fields: { id: uuid, name: text, description: text, uri, version: text },
		required: ['id', 'name', 'description'],
		tabularRequired: [],
		children: { metadata }
	},
	taxonomy_term: {
		file: 'taxonomy_terms.csv',
		fields: {
			id: uuid,
			code: text,
			name: text,
			description: text,
			parent_id: uuid,
			taxonomy: text,
			language: text,
			taxonomy_id: uuid,
			term_uri: uri
		},
		required: ['id', 'name', 'description'],
		tabularRequired: [],
		children: { taxonomy_detail: one('taxonomy', 'taxonomy_id'), metadata }
	},
	organization_identifier: {
		file: 'organization_identifiers.csv',
		fields: { id: uuid, organization_id: uuid, identifier_scheme: text, identifier_type: text, identifier: text },
		required: ['id', 'identifier_type', 'identifier'],
		tabularRequired: ['organization_id'],
		children: { attributes, metadata }
	},
	metadata: {
		file: 'metadata.csv',
		fields: {
			id: uuid,
			resource_id: uuid,
			resource_type: text,
			last_action_date: date,
			last_action_type: text,
			field_name: text,
			previous_value: text,
			replacement_value: text,
			updated_by: text
		},
		required: ['id', 'last_action_date', 'last_action_type', 'field_name', 'previous_value', 'replacement_value', 'updated_by'],
		tabularRequired: ['resource_id', 'resource_type'],
		children: {}
	},
	meta_table_description: {
		file: 'meta_table_descriptions.csv',
		fields: { id: uuid, name: text, language: text, character_set: text },
		required: ['id'],
		tabularRequired: [],
		children: { attributes, metadata }
	}
};

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
