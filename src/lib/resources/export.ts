/**
 * Writes the directory (or one pack of it) as HSDS 3.0 JSON: the paginated list form, one page
 * holding every service fully nested as in the official service_full.json example (organization,
 * program, phones, schedules, service areas, service_at_locations with their locations, ...).
 * Fields a record came with that HSDS does not define are written back as they were. A record no
 * service reaches (an organization without services, an unused taxonomy term) has no place in this
 * form; it is listed in `omitted` so a screen can say so.
 */
import { DirectoryIndex, nestedChildren } from './directory';
import { HSDS_TABLES, type AnyRecord, type HsdsRecordType } from './hsds';

/** The paginated list of services of the HSDS 3.0 API (`/services`), as one page. */
export interface HsdsServicePage {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: Record<string, unknown>[];
}

export interface DirectoryExport {
	document: HsdsServicePage;
	/** Records of the exported packs that no exported service reaches. */
	omitted: { type: HsdsRecordType; id: string }[];
}

class Nester {
	readonly emitted = new Set<string>();
	constructor(private readonly index: DirectoryIndex) {}

	/** A record as an HSDS JSON object with its children nested; `omit` is the link to its parent. */
	nest(type: HsdsRecordType, record: AnyRecord, path: readonly string[], omit?: string): Record<string, unknown> {
		const key = `${type}:${record.id}`;
		this.emitted.add(key);
		const table = HSDS_TABLES[type];
		const out: Record<string, unknown> = {};
		for (const field of Object.keys(table.fields)) {
			if (field !== omit && record[field] !== undefined) out[field] = record[field];
		}
		for (const [field, value] of Object.entries(record.extra ?? {})) {
			if (!Object.hasOwn(out, field) && !Object.hasOwn(table.children, field)) out[field] = structuredClone(value);
		}
		const trail = [...path, key];
		for (const [field, child] of nestedChildren(type)) {
			const link = child.link;
			if (link.via === 'parent') {
				const target = this.index.get(child.type, record[link.key] as string | undefined) as AnyRecord | undefined;
				if (target && !trail.includes(`${child.type}:${target.id}`)) out[field] = this.nest(child.type, target, trail);
				continue;
			}
			const linkKey = link.via === 'child' ? link.key : link.via === 'attribute' ? 'link_id' : 'resource_id';
			const items = (this.index.linked(child.type, linkKey, record.id) as AnyRecord[])
				.filter((item) => !trail.includes(`${child.type}:${item.id}`))
				.map((item) => this.nest(child.type, item, trail, linkKey));
			if (items.length > 0) out[field] = items;
		}
		return out;
	}
}

/**
 * The services of the directory (or of one pack) as HSDS 3.0 JSON. Services are in name order so
 * that the same directory always gives the same file.
 */
export function exportDirectory(index: DirectoryIndex, packId?: string): DirectoryExport {
	const nester = new Nester(index);
	const services = index
		.services(packId)
		.map((detail) => detail.service)
		.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
	const contents = services.map((service) => nester.nest('service', service as unknown as AnyRecord, []));
	const omitted = index
		.records(packId)
		.filter((record) => !nester.emitted.has(`${record.type}:${record.data.id}`))
		.map((record) => ({ type: record.type, id: record.data.id }));
	return {
		document: {
			total_items: contents.length,
			total_pages: 1,
			page_number: 1,
			size: contents.length,
			first_page: true,
			last_page: true,
			empty: contents.length === 0,
			contents
		},
		omitted
	};
}

/** The export as the text of a .json file. */
export function exportDirectoryJson(index: DirectoryIndex, packId?: string): string {
	return `${JSON.stringify(exportDirectory(index, packId).document, null, 2)}\n`;
}

/**
 * One service as HSDS 3.0 JSON, in the same paginated form with a single service fully nested (to
 * hand one service over by link or QR code); undefined when the directory has no such service.
 */
export function exportService(index: DirectoryIndex, serviceId: string): HsdsServicePage | undefined {
	const detail = index.serviceDetail(serviceId);
	if (!detail) return undefined;
	const contents = [new Nester(index).nest('service', detail.service as unknown as AnyRecord, [])];
	return { total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false, contents };
}
