import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { clearAllTables, LangkahDatabase } from '$lib/db/database';
import { addPerson, listPeople, MAX_TEXT_LENGTH } from '$lib/db/my-resources.repo';
import { emptySafetyPlan, MAX_ITEMS_PER_SECTION, readSafetyPlan, saveSafetyPlanSection } from '$lib/db/safety-plan.repo';

let counter = 0;
const opened: LangkahDatabase[] = [];
function freshDatabase(): LangkahDatabase {
	const db = new LangkahDatabase(`safety-plan-${++counter}`);
	opened.push(db);
	return db;
}

/** The same database opened again, as after a reload. */
function reopen(db: LangkahDatabase): LangkahDatabase {
	db.close();
	const again = new LangkahDatabase(db.name);
	opened.push(again);
	return again;
}

afterEach(async () => {
	const databases = opened.splice(0);
	for (const db of databases) db.close();
	for (const name of new Set(databases.map((db) => db.name))) await Dexie.delete(name);
});

describe('the safety plan', () => {
	it('is empty in every section before anything is written', async () => {
		expect(await readSafetyPlan(freshDatabase())).toEqual(emptySafetyPlan());
	});

	it('keeps each section as saved, across a reload', async () => {
		const db = freshDatabase();
		await saveSafetyPlanSection('warningSigns', [{ id: 'a', text: 'Susah tidur' }, { id: 'b', text: 'Menjauh dari teman' }], 10, db);
		await saveSafetyPlanSection('reasonsForLiving', [{ id: 'c', text: 'Adikku' }], 20, db);
		const plan = await readSafetyPlan(reopen(db));
		expect(plan.warningSigns).toEqual([
			{ id: 'a', text: 'Susah tidur' },
			{ id: 'b', text: 'Menjauh dari teman' }
		]);
		expect(plan.reasonsForLiving).toEqual([{ id: 'c', text: 'Adikku' }]);
		expect(plan.copingAlone).toEqual([]);
	});

	it('keeps the first save date and moves the last one', async () => {
		const db = freshDatabase();
		await saveSafetyPlanSection('copingAlone', [{ id: 'a', text: 'Mandi air hangat' }], 10, db);
		await saveSafetyPlanSection('copingAlone', [], 30, db);
		expect(await db.safetyPlan.get('copingAlone')).toEqual({ section: 'copingAlone', items: [], createdAt: 10, updatedAt: 30 });
	});

	it('does not store entries without words, and cuts very long text', async () => {
		const db = freshDatabase();
		const stored = await saveSafetyPlanSection(
			'distractions',
			[
				{ id: 'a', text: '' },
				{ id: 'b', text: '   ' },
				{ id: 'c', text: 'x'.repeat(MAX_TEXT_LENGTH + 5) }
			],
			10,
			db
		);
		expect(stored.map((item) => item.id)).toEqual(['c']);
		expect((await readSafetyPlan(db)).distractions[0]!.text).toHaveLength(MAX_TEXT_LENGTH);
	});

	it('refuses a section that is not part of the plan', async () => {
		await expect(saveSafetyPlanSection('people' as never, [], 10, freshDatabase())).rejects.toThrow();
	});

	it('leaves out damaged records and items on read, keeping every good word', async () => {
		const db = freshDatabase();
		await db.safetyPlan.bulkPut([
			{
				section: 'warningSigns',
				items: [
					{ id: 'a', text: 'Marah terus' },
					{ id: 'a', text: 'the same id again' },
					{ id: '', text: 'no id' },
					{ id: 7, text: 'a number for an id' },
					{ id: 'b', text: 42 },
					null,
					'just a string',
					{ id: 'c', text: 'Tidak mau makan' }
				],
				createdAt: 1,
				updatedAt: 2
			},
			{ section: 'copingAlone', items: 'not a list', createdAt: 1, updatedAt: 2 },
			// A broken date does not cost the words.
			{ section: 'saferSurroundings', items: [{ id: 'd', text: 'Minta kakak menyimpan barang' }], createdAt: 'yesterday' as never, updatedAt: NaN },
			{ section: 'somethingElse', items: [{ id: 'e', text: 'unknown section' }], createdAt: 1, updatedAt: 2 }
		]);
		await db.safetyPlan.put({ section: 'reasonsForLiving', items: Array.from({ length: MAX_ITEMS_PER_SECTION + 10 }, (_, i) => ({ id: `r${i}`, text: `Alasan ${i}` })), createdAt: 1, updatedAt: 2 });

		const plan = await readSafetyPlan(db);
		expect(plan.warningSigns).toEqual([
			{ id: 'a', text: 'Marah terus' },
			{ id: 'c', text: 'Tidak mau makan' }
		]);
		expect(plan.copingAlone).toEqual([]);
		expect(plan.saferSurroundings).toEqual([{ id: 'd', text: 'Minta kakak menyimpan barang' }]);
		expect(plan.reasonsForLiving).toHaveLength(MAX_ITEMS_PER_SECTION);
		expect(Object.keys(plan).sort()).toEqual(Object.keys(emptySafetyPlan()).sort());

		// Saving over a record with a broken date gives it a good one.
		await saveSafetyPlanSection('saferSurroundings', plan.saferSurroundings, 50, db);
		expect(await db.safetyPlan.get('saferSurroundings')).toMatchObject({ createdAt: 50, updatedAt: 50 });
	});

	it('is emptied, with the people on it, by "delete all my data"', async () => {
		const db = freshDatabase();
		await saveSafetyPlanSection('reasonsForLiving', [{ id: 'a', text: 'Kucingku' }], 10, db);
		await addPerson({ name: 'Bu Sri', howTheyCanHelp: 'Mendengarkan', contact: '0812-3456-7890' }, 10, db);
		await clearAllTables(db);
		expect(await readSafetyPlan(db)).toEqual(emptySafetyPlan());
		expect(await listPeople(db)).toEqual([]);
	});
});
