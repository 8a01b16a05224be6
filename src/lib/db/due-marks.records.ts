/**
 * A stored mark on a due item (the `dueMarks` table) as the app reads it: the check that turns a
 * stored value into a `DueMark`, or undefined when it is damaged, and the marks read straight from
 * IndexedDB (raw-tables.ts) for pages that only show them. Without Dexie: due-marks.repo.ts, which
 * writes the marks, checks records with the same function.
 */
import { isDay } from '$lib/due/days';
import type { DueMark } from '$lib/due/due-items';
import { readAllRecords } from './raw-tables';

export function toDueMark(stored: unknown): DueMark | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const r = stored as Record<string, unknown>;
	if (typeof r.key !== 'string' || !r.key || typeof r.updatedAt !== 'number') return undefined;
	const mark: DueMark = { key: r.key, updatedAt: r.updatedAt };
	if (typeof r.doneAt === 'number' && Number.isFinite(r.doneAt)) mark.doneAt = r.doneAt;
	if (isDay(r.movedTo)) mark.movedTo = r.movedTo;
	return mark;
}

/** Every readable mark, by key, as `readDueMarks` in due-marks.repo.ts gives them, read without Dexie. */
export async function readStoredDueMarks(name?: string): Promise<Map<string, DueMark>> {
	const marks = (await readAllRecords('dueMarks', {}, name)).map(toDueMark).filter((mark): mark is DueMark => mark !== undefined);
	return new Map(marks.map((mark) => [mark.key, mark]));
}
