/**
 * The person's marks on due items in the `dueMarks` table: "done" or "moved to another day", one
 * record per item key (see $lib/due/due-items.ts for the keys). Records hold keys, days and times,
 * never words. Validated on read: a damaged record is left out.
 */
import { isDay } from '$lib/due/days';
import type { DueMark } from '$lib/due/due-items';
import { database, type LangkahDatabase } from './database';
import { toDueMark as toMark } from './due-marks.records';

/** Every readable mark, by key. */
export async function readDueMarks(db: LangkahDatabase = database()): Promise<Map<string, DueMark>> {
	const marks = (await db.dueMarks.toArray()).map(toMark).filter((mark): mark is DueMark => mark !== undefined);
	return new Map(marks.map((mark) => [mark.key, mark]));
}

/** Marks an item done. */
export async function markDueDone(key: string, now = Date.now(), db: LangkahDatabase = database()): Promise<DueMark> {
	return db.transaction('rw', db.dueMarks, async () => {
		const earlier = toMark(await db.dueMarks.get(key));
		const mark: DueMark = { ...earlier, key, doneAt: now, updatedAt: now };
		await db.dueMarks.put(mark);
		return mark;
	});
}

/** Moves an item to another day (and undoes "done", if it was). */
export async function moveDue(key: string, day: string, now = Date.now(), db: LangkahDatabase = database()): Promise<DueMark> {
	if (!isDay(day)) throw new Error(`Not a YYYY-MM-DD date: ${day}`);
	return db.transaction('rw', db.dueMarks, async () => {
		const mark: DueMark = { key, movedTo: day, updatedAt: now };
		await db.dueMarks.put(mark);
		return mark;
	});
}
