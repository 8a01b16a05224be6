/**
 * The imported directory, read and checked in a module Web Worker (directory-read.worker.ts) and
 * received a slice of records at a time, so that a directory of 50,000 services never makes the
 * page wait on one long task. Where there is no Worker (unit tests), the same job runs here.
 * With no pack imported (most people), nothing more is read and no worker starts: the directory
 * page then loads none of the reading and checking code, nor Dexie. Rejects when storage cannot be read.
 */
import type { RecordSet } from '$lib/resources/directory';
import { readStores, result } from './raw-read';
import type { ImportedDirectory, ReadMessage } from './directory-read.job';

export type { ImportedDirectory };

/**
 * How many directories were imported, counted without Dexie (raw-read.ts), so that the directory
 * page of someone who imported nothing loads no database code at all. Rejects when storage cannot be read.
 */
export function countImportedPacks(): Promise<number> {
	return readStores(['packs'], (transaction) => result(transaction.objectStore('packs').count()), 0);
}

export async function readImportedDirectory(): Promise<ImportedDirectory> {
	if (typeof Worker === 'undefined') return (await import('./directory-read.job')).readImported();
	if ((await countImportedPacks()) === 0) return { sets: [], packs: [] };
	const worker = new Worker(new URL('./directory-read.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<ImportedDirectory>((resolve, reject) => {
			const byPack = new Map<string, RecordSet['records'][]>();
			worker.onmessage = ({ data }: MessageEvent<ReadMessage>) => {
				if (data.kind === 'records') {
					const slices = byPack.get(data.set.packId);
					if (slices) slices.push(data.set.records);
					else byPack.set(data.set.packId, [data.set.records]);
				} else if (data.kind === 'done') {
					resolve({ sets: [...byPack].map(([packId, slices]) => ({ packId, records: slices.flat() })), packs: data.packs });
				} else reject(new Error('The imported directory could not be read'));
			};
			worker.onerror = () => reject(new Error('The directory reader could not start'));
			worker.postMessage('read');
		});
	} finally {
		worker.terminate();
	}
}
