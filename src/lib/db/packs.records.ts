/**
 * The imported directories (packs) as the app reads them, without Dexie: the check that turns a
 * stored row into a pack (a damaged one is left out, never thrown at the person) and the list,
 * read straight from IndexedDB (raw-tables.ts). The import page shows it before anything is
 * written; resources.repo.ts keeps the writes. Packs hold no personal words: none is encrypted.
 */
import * as v from 'valibot';
import { databaseName } from './database-name';
import { PackSchema, type PackInfo } from './packs.schema';
import { readAllRecords } from './raw-tables';

/** A stored pack, or undefined when it is damaged. */
export function toPack(stored: unknown): PackInfo | undefined {
	const read = v.safeParse(PackSchema, stored);
	return read.success ? read.output : undefined;
}

/** Every imported pack, most recently imported first (none when nothing was ever imported). */
export async function readPacks(name = databaseName()): Promise<PackInfo[]> {
	const rows = await readAllRecords('packs', { index: 'importedAt' }, name);
	return rows
		.reverse()
		.map(toPack)
		.filter((pack): pack is PackInfo => pack !== undefined);
}
