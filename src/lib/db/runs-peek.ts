/**
 * A first look at the `runs` table without Dexie, read straight from IndexedDB: whether an
 * exercise has an unfinished run to offer, and the list of runs in My space. Those pages need only
 * this to draw themselves, so the database code (Dexie, about 30 KB) loads when a run starts or
 * continues, or a run is deleted, not before.
 *
 * It reads only fields that are never encrypted (id, flow id, status, dates), through raw-read.ts.
 * The full record is read through runs.repo.ts when the person continues.
 */
import { databaseName } from './database-name';
import { readStores, result } from './raw-read';

/** What the offer to continue shows and needs: the run's id and when it was last saved. */
export interface SavedRunGlance {
	id: string;
	flowId: string;
	updatedAt: number;
}

function glanceOf(value: unknown): (SavedRunGlance & { status: unknown }) | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const r = value as Record<string, unknown>;
	if (typeof r.id !== 'string' || typeof r.flowId !== 'string' || typeof r.updatedAt !== 'number') return undefined;
	if (typeof r.flowVersion !== 'number' || typeof r.createdAt !== 'number') return undefined;
	return { id: r.id, flowId: r.flowId, updatedAt: r.updatedAt, status: r.status };
}

/** Reads every stored run's glance (damaged records skipped), from `flowId`'s runs only when given. */
async function glances(flowId: string | undefined, name: string): Promise<(SavedRunGlance & { status: 'active' | 'finished' })[]> {
	const stored = await readStores(
		['runs'],
		(transaction) => {
			const store = transaction.objectStore('runs');
			return result<unknown[]>(flowId === undefined ? store.getAll() : store.index('flowId').getAll(IDBKeyRange.only(flowId)));
		},
		[],
		name
	);
	return stored.flatMap((record) => {
		const glance = glanceOf(record);
		if (!glance || (glance.status !== 'active' && glance.status !== 'finished')) return [];
		if (flowId !== undefined && glance.flowId !== flowId) return [];
		return [{ id: glance.id, flowId: glance.flowId, updatedAt: glance.updatedAt, status: glance.status }];
	});
}

/**
 * The most recently saved unfinished run of `flowId`, as `latestActiveRun` in runs.repo.ts finds
 * it (records that do not read as runs are skipped), or undefined.
 */
export async function peekLatestActiveRun(flowId: string, name = databaseName()): Promise<SavedRunGlance | undefined> {
	let latest: SavedRunGlance | undefined;
	for (const glance of await glances(flowId, name)) {
		if (glance.status !== 'active') continue;
		if (!latest || glance.updatedAt > latest.updatedAt) latest = { id: glance.id, flowId: glance.flowId, updatedAt: glance.updatedAt };
	}
	return latest;
}

/** A saved run as My space lists it: which exercise, finished or not, when last changed. */
export type RunGlance = SavedRunGlance & { status: 'active' | 'finished' };

/** Every saved run, most recently changed first, as `listRuns` in runs.repo.ts orders them. */
export async function peekRuns(name = databaseName()): Promise<RunGlance[]> {
	return (await glances(undefined, name)).sort((a, b) => b.updatedAt - a.updatedAt);
}
