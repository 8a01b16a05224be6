/**
 * The directory in memory: flat HSDS records from one or more packs (the bundled directory and
 * imported ones), indexed by id and by every link between them, so that a service can be put
 * together with its organization, phones, schedules, locations and the rest in a few lookups.
 */
import {
	HSDS_TABLES,
	linkFields,
	RECORD_TYPES,
	type AnyRecord,
	type AttributeDetail,
	type ContactDetail,
	type DirectoryRecord,
	type HsdsRecordType,
	type LocationDetail,
	type PhoneDetail,
	type RecordTypes,
	type ServiceDetail,
	stableUuid
} from './hsds';
import { slicer } from './yield';

/** The records of one pack. */
export interface RecordSet {
	packId: string;
	records: readonly DirectoryRecord[];
}

interface Entry {
	packId: string;
	record: DirectoryRecord;
}

const LINK_FIELDS: Readonly<Record<HsdsRecordType, readonly string[]>> = Object.fromEntries(
	RECORD_TYPES.map((type) => [type, linkFields(type)])
) as Record<HsdsRecordType, string[]>;

function dedupe<T extends { id: string }>(items: readonly T[]): T[] {
	const seen = new Set<string>();
	return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}

export class DirectoryIndex {
	readonly #entries = new Map<string, Entry>();
	readonly #links = new Map<string, DirectoryRecord[]>();

	/** Later sets win when two hold the same record (same type and id). */
	constructor(sets: readonly RecordSet[]) {
		for (const set of sets) for (const record of set.records) this.#add(set.packId, record);
		for (const { record } of this.#entries.values()) this.#link(record);
	}

	/** The same index, put together a slice at a time so that the page stays responsive (big directories). */
	static async build(sets: readonly RecordSet[], every = 5000): Promise<DirectoryIndex> {
		const index = new DirectoryIndex([]);
		const slices = slicer(every);
		for (const set of sets) {
			for (const record of set.records) {
				index.#add(set.packId, record);
				await slices.tick();
			}
		}
		for (const { record } of index.#entries.values()) {
			index.#link(record);
			await slices.tick();
		}
		return index;
	}

	#add(packId: string, record: DirectoryRecord): void {
		this.#entries.set(`${record.type}:${record.data.id}`, { packId, record });
	}

	#link(record: DirectoryRecord): void {
		const data = record.data as AnyRecord;
		for (const field of LINK_FIELDS[record.type]) {
			const target = data[field];
			if (typeof target !== 'string') continue;
			const key = `${record.type}|${field}|${target}`;
			const list = this.#links.get(key);
			if (list) list.push(record);
			else this.#links.set(key, [record]);
		}
	}

	get size(): number {
		return this.#entries.size;
	}

	get<T extends HsdsRecordType>(type: T, id: string | undefined): RecordTypes[T] | undefined {
		if (id === undefined) return undefined;
		return this.#entries.get(`${type}:${id}`)?.record.data as RecordTypes[T] | undefined;
	}

	packOf(type: HsdsRecordType, id: string): string | undefined {
		return this.#entries.get(`${type}:${id}`)?.packId;
	}

	/** The records of `type` whose `field` holds `id` (the phones whose service_id is a service's id). */
	linked<T extends HsdsRecordType>(type: T, field: string, id: string): RecordTypes[T][] {
		return (this.#links.get(`${type}|${field}|${id}`) ?? []).map((record) => record.data as RecordTypes[T]);
	}

	/** Every record, optionally of one pack only. */
	records(packId?: string): DirectoryRecord[] {
		const out: DirectoryRecord[] = [];
		for (const entry of this.#entries.values()) if (packId === undefined || entry.packId === packId) out.push(entry.record);
		return out;
	}

	serviceIds(packId?: string): string[] {
		return this.records(packId)
			.filter((record) => record.type === 'service')
			.map((record) => record.data.id);
	}

	attributesOf(id: string): AttributeDetail[] {
		return this.linked('attribute', 'link_id', id).map((attribute) => ({
			attribute,
			term: this.get('taxonomy_term', attribute.taxonomy_term_id)
		}));
	}

	phoneDetail(phone: RecordTypes['phone']): PhoneDetail {
		return { phone, languages: this.linked('language', 'phone_id', phone.id), attributes: this.attributesOf(phone.id) };
	}

	contactDetail(contact: RecordTypes['contact']): ContactDetail {
		return { contact, phones: this.linked('phone', 'contact_id', contact.id).map((phone) => this.phoneDetail(phone)) };
	}

	#locationDetail(serviceAtLocation: RecordTypes['service_at_location']): LocationDetail {
		const location = this.get('location', serviceAtLocation.location_id);
		const at = <T extends HsdsRecordType>(type: T, field: 'location_id' | 'service_at_location_id') =>
			field === 'location_id' ? (location ? this.linked(type, 'location_id', location.id) : []) : this.linked(type, field, serviceAtLocation.id);
		return {
			serviceAtLocation,
			location,
			addresses: at('address', 'location_id'),
			phones: dedupe([...at('phone', 'service_at_location_id'), ...at('phone', 'location_id')]).map((phone) => this.phoneDetail(phone)),
			schedules: dedupe([...at('schedule', 'service_at_location_id'), ...at('schedule', 'location_id')]),
			contacts: dedupe([...at('contact', 'service_at_location_id'), ...at('contact', 'location_id')]).map((contact) => this.contactDetail(contact)),
			accessibility: at('accessibility', 'location_id'),
			languages: at('language', 'location_id')
		};
	}

	/** A service with everything linked to it, or undefined when there is no such service. */
	serviceDetail(id: string): ServiceDetail | undefined {
		const entry = this.#entries.get(`service:${id}`);
		if (!entry || entry.record.type !== 'service') return undefined;
		const service = entry.record.data;
		return {
			packId: entry.packId,
			service,
			organization: this.get('organization', service.organization_id),
			program: this.get('program', service.program_id),
			phones: this.linked('phone', 'service_id', id).map((phone) => this.phoneDetail(phone)),
			schedules: this.linked('schedule', 'service_id', id),
			serviceAreas: this.linked('service_area', 'service_id', id),
			languages: this.linked('language', 'service_id', id),
			costOptions: this.linked('cost_option', 'service_id', id),
			requiredDocuments: this.linked('required_document', 'service_id', id),
			contacts: this.linked('contact', 'service_id', id).map((contact) => this.contactDetail(contact)),
			funding: this.linked('funding', 'service_id', id),
			attributes: this.attributesOf(id),
			locations: this.linked('service_at_location', 'service_id', id).map((sal) => this.#locationDetail(sal))
		};
	}

	/** Every service with its details, optionally of one pack only. */
	services(packId?: string): ServiceDetail[] {
		return this.serviceIds(packId)
			.map((id) => this.serviceDetail(id))
			.filter((detail): detail is ServiceDetail => detail !== undefined);
	}
}

/** The child relations of a type that appear in HSDS 3.0 JSON (the schemas' nested properties). */
export function nestedChildren(type: HsdsRecordType) {
	return Object.entries(HSDS_TABLES[type].children).filter(([, child]) => !child.apiOnly);
}

/** The id of the pack made from these files: importing files of the same names again replaces it. */
export function packIdForFiles(fileNames: readonly string[]): string {
	const names = fileNames.map((name) => (name.split(/[\\/]/).pop() ?? name).toLowerCase());
	return `pack-${stableUuid([...names].sort().join('\n'))}`;
}
