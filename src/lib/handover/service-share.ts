/**
 * One service handed over by link or QR code: its HSDS 3.0 record (resources/export.ts, one
 * service fully nested) in a link's fragment. The receiving phone reads it with the directory's own
 * import (resources/import.ts), so a shared service passes exactly the checks an imported file
 * does; saving it to "My services" imports it as a small directory of its own, unless it is one of
 * the bundled services, which every phone already has.
 */
import * as v from 'valibot';
import type { HsdsServicePage } from '$lib/resources/export';
import { termCodeOfId } from '$lib/resources/taxonomy';

export { SERVICE_KIND } from './kinds';
/** The page a shared service opens on. */
export const SERVICE_PATH = '/handover';
/** The name a shared service's "file" is read under. */
export const SHARED_SERVICE_FILE = 'shared-service.json';

/** What a link must look like before the import reads it: the paginated form with one service. */
export interface SharedServicePage {
	contents: [{ id: string; name: string; [field: string]: unknown }];
	[field: string]: unknown;
}

function isSharedServicePage(value: unknown): boolean {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const contents = (value as { contents?: unknown }).contents;
	if (!Array.isArray(contents) || contents.length !== 1) return false;
	const service = contents[0] as { id?: unknown; name?: unknown } | null;
	return (
		typeof service === 'object' &&
		service !== null &&
		typeof service.id === 'string' &&
		service.id.length <= 200 &&
		typeof service.name === 'string' &&
		service.name.length <= 500 &&
		JSON.stringify(value).length < 300_000
	);
}

/** The whole page is kept as it came (the import reads every field); only its shape is checked here. */
export const SharedServiceSchema = v.pipe(
	v.unknown(),
	v.check(isSharedServicePage),
	v.transform((value) => value as SharedServicePage)
);

/** What the client sees of a shared service before saving it: plain text only. */
export interface SharedServiceView {
	id: string;
	name: string;
	description?: string;
	organization?: string;
	phones: { number: string; description?: string }[];
	addresses: string[];
}

const Str = v.pipe(v.string(), v.maxLength(4000));
const ViewSchema = v.object({
	id: Str,
	name: Str,
	description: v.optional(Str),
	organization: v.optional(v.object({ name: v.optional(Str) })),
	phones: v.optional(v.array(v.object({ number: Str, description: v.optional(Str) }))),
	service_at_locations: v.optional(
		v.array(
			v.object({
				location: v.optional(
					v.object({
						name: v.optional(Str),
						phones: v.optional(v.array(v.object({ number: Str, description: v.optional(Str) }))),
						addresses: v.optional(v.array(v.object({ address_1: v.optional(Str), city: v.optional(Str), state_province: v.optional(Str) })))
					})
				)
			})
		)
	)
});

/** The service's name, description, phones and addresses, read as text; undefined when they cannot be read. */
export function sharedServiceView(page: SharedServicePage): SharedServiceView | undefined {
	const read = v.safeParse(ViewSchema, page.contents[0]);
	if (!read.success) return undefined;
	const service = read.output;
	const locations = (service.service_at_locations ?? []).flatMap((at) => (at.location ? [at.location] : []));
	const phones = [...(service.phones ?? []), ...locations.flatMap((location) => location.phones ?? [])].map((phone) => ({
		number: phone.number,
		...(phone.description ? { description: phone.description } : {})
	}));
	const addresses = locations.flatMap((location) =>
		(location.addresses ?? []).map((address) => [location.name, address.address_1, address.city, address.state_province].filter((part) => part).join(', '))
	);
	return {
		id: service.id,
		name: service.name,
		...(service.description ? { description: service.description } : {}),
		...(service.organization?.name && service.organization.name !== service.name ? { organization: service.organization.name } : {}),
		phones,
		addresses: addresses.filter((address) => address !== '')
	};
}

/** The import's entry for a shared service: the JSON bytes under a file name. */
export function sharedServiceEntry(page: HsdsServicePage | SharedServicePage): { name: string; bytes: Uint8Array } {
	return { name: SHARED_SERVICE_FILE, bytes: new TextEncoder().encode(JSON.stringify(page)) };
}

/**
 * The record made small enough for a link (and most often one QR code): an attribute naming one of
 * Langkah's own categories or notes keeps the term's id and drops the nested copy of the term,
 * which every phone already has (taxonomy.ts reads the id alone). Nothing else changes.
 */
export function compactForLink(page: HsdsServicePage): HsdsServicePage {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (typeof value !== 'object' || value === null) return value;
		const out: Record<string, unknown> = {};
		const record = value as Record<string, unknown>;
		const known = typeof record.taxonomy_term_id === 'string' && termCodeOfId(record.taxonomy_term_id) !== undefined;
		for (const [key, child] of Object.entries(record)) {
			if (known && key === 'taxonomy_term') continue;
			out[key] = walk(child);
		}
		return out;
	};
	return walk(page) as HsdsServicePage;
}
