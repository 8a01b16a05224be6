import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DATABASE_NAME, LangkahDatabase } from '$lib/db/database';
import { DATABASE_NAME_WITHOUT_DEXIE } from '$lib/db/database-exists';
import { markDueDone, moveDue, readDueMarks } from '$lib/db/due-marks.repo';

let db: LangkahDatabase;
afterEach(async () => {
	db?.close();
	await Dexie.delete('due-marks-test');
});

describe('due marks', () => {
	it('keeps done and moved marks by key, and leaves damaged records out', async () => {
		db = new LangkahDatabase('due-marks-test');
		await markDueDone('run:1:plan:a:2026-12-01', 10, db);
		await moveDue('referral:r:2026-12-03', '2026-12-06', 11, db);
		await db.dueMarks.put({ key: 'broken', updatedAt: 'yesterday' } as never);
		const marks = await readDueMarks(db);
		expect([...marks.keys()].sort()).toEqual(['referral:r:2026-12-03', 'run:1:plan:a:2026-12-01']);
		expect(marks.get('run:1:plan:a:2026-12-01')).toEqual({ key: 'run:1:plan:a:2026-12-01', doneAt: 10, updatedAt: 10 });
		expect(marks.get('referral:r:2026-12-03')?.movedTo).toBe('2026-12-06');
	});

	it('refuses a day that is not a date, and moving undoes done', async () => {
		db = new LangkahDatabase('due-marks-test');
		await expect(moveDue('k', 'tomorrow', 1, db)).rejects.toThrow();
		await markDueDone('k', 1, db);
		await moveDue('k', '2026-12-09', 2, db);
		expect((await readDueMarks(db)).get('k')).toEqual({ key: 'k', movedTo: '2026-12-09', updatedAt: 2 });
	});

	it('is looked for by home under the name the database really has', () => {
		expect(DATABASE_NAME_WITHOUT_DEXIE).toBe(DATABASE_NAME);
	});
});
