/**
 * The imported directory's stored records as the app reads them, without Dexie: the check that
 * turns a stored row into a typed record (a damaged one is left out, never thrown at the person)
 * and one imported service with what is linked to it (the packs: packs.records.ts). The directory
 * pages show these before anything is written, so they read straight from IndexedDB (raw-read.ts)
 * and load Dexie (resources.repo.ts, which keeps the writes) only when the person imports or
 * removes a directory. Directory records hold public data only: none is encrypted at rest.
 */
import * as v from 'valibot';
import { DirectoryIndex } from '$lib/resources/directory';
import type { AnyRecord, DirectoryRecord, HsdsRecordType, ServiceDetail } from '$lib/resources/hsds';
import { databaseName } from './database-name';
import { readRecord } from './raw-tables';
import { readStores, result } from './raw-read';
import { StoredRecordSchema, type StoredRecord } from './resources.schema';

/** A stored record as the directory keeps it, or undefined when it is damaged. */
export function toRecord(stored: unknown): StoredRecord | undefined {
	const read = v.safeParse(StoredRecordSchema, stored);
	return read.success ? read.output : undefined;
}

/** Record types whose children are gathered for a service page (not organizations: they have many services). */
const EXPANDED: ReadonlySet<HsdsRecordType> = new Set(['service', 'service_at_location', 'location', 'phone', 'contact']);

/** The stored rows that link to any of `ids`, and those with the given [type, id] keys, in one read. */
function readLinkedRows(ids: readonly string[], keys: readonly [string, string][], name: string): Promise<unknown[]> {
	return readStores(
		['directoryRecords'],
		async (transaction) => {
			const store = transaction.objectStore('directoryRecords');
			// In the index's order, as Dexie's `anyOf` reads them.
			const sorted = [...new Set(ids)].sort();
			const linked = await Promise.all(sorted.map((id) => result<unknown[]>(store.index('links').getAll(IDBKeyRange.only(id)))));
			const byKey = await Promise.all(keys.map((key) => result<unknown>(store.get(key))));
			return [...linked.flat(), ...byKey.filter((row) => row !== undefined)];
		},
		[],
		name
	);
}

/**
 * One imported service with its organization, program, phones, schedules, areas, locations,
 * documents, costs and attributes, read through the `links` index (not the whole directory).
 */
export async function readImportedService(serviceId: string, name = databaseName()): Promise<ServiceDetail | undefined> {
	const first = toRecord(await readRecord('directoryRecords', ['service', serviceId], name));
	if (!first) return undefined;
	const found = new Map<string, { packId: string; record: DirectoryRecord }>([[`service:${serviceId}`, first]]);
	let frontier = [first.record];
	for (let round = 0; round < 6 && frontier.length > 0; round++) {
		const expand = frontier.filter((record) => EXPANDED.has(record.type)).map((record) => record.data.id);
		const referenced: [string, string][] = [];
		for (const record of frontier) {
			const data = record.data as AnyRecord;
			const pairs: [HsdsRecordType, unknown][] = [
				['organization', data.organization_id],
				['program', data.program_id],
				['location', data.location_id],
				['taxonomy_term', data.taxonomy_term_id]
			];
			for (const [type, id] of pairs) if (typeof id === 'string' && !found.has(`${type}:${id}`)) referenced.push([type, id]);
		}
		const rows = await readLinkedRows(expand, referenced, name);
		frontier = [];
		for (const row of rows) {
			const read = toRecord(row);
			if (!read) continue;
			const key = `${read.record.type}:${read.record.data.id}`;
			if (found.has(key)) continue;
			// Only what belongs to this service: not the organization's other services.
			if (read.record.type === 'service') continue;
			found.set(key, read);
			frontier.push(read.record);
		}
	}
	const byPack = new Map<string, DirectoryRecord[]>();
	for (const { packId, record } of found.values()) byPack.set(packId, [...(byPack.get(packId) ?? []), record]);
	const index = new DirectoryIndex([...byPack].map(([packId, records]) => ({ packId, records })));
	return index.serviceDetail(serviceId);
}
