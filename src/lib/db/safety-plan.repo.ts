/**
 * The person's safety plan, kept only on this device, in the `safetyPlan` table: one record per
 * section of the plan that is the person's own list (warning signs, what I can do on my own,
 * people and places that take my mind off things, making my surroundings safer, my reasons for
 * living), keyed by the section's id, with its items (an id and the person's words) and when the
 * section was first and last saved. The plan's other two sections are stored elsewhere: the people
 * the person can ask are the `people` table and their services the `myServices` table (both in
 * my-resources.repo.ts); the help lines are bundled with the app.
 * Every record is validated on read: a damaged item is left out, never thrown at the person, and a
 * damaged date does not cost the words.
 */
import { database, type LangkahDatabase, type StoredSafetyPlanSection } from './database';
import { isPlainObject, isSafetyPlanSection, planFromRecords, toItems, type PlanItem, type SafetyPlanLists, type SafetyPlanSection } from './safety-plan.records';

export { emptySafetyPlan, isSafetyPlanSection, MAX_ITEMS_PER_SECTION, SAFETY_PLAN_SECTIONS } from './safety-plan.records';
export type { PlanItem, SafetyPlanLists, SafetyPlanSection } from './safety-plan.records';

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Every section of the plan; a section never saved, or unreadable, is an empty list. */
export async function readSafetyPlan(db: LangkahDatabase = database()): Promise<SafetyPlanLists> {
	return planFromRecords(await db.safetyPlan.toArray());
}

/**
 * Saves one section as the person has it now. Items without words are not kept (an empty field
 * the person has just added is not part of the plan yet). Returns the items as stored.
 */
export async function saveSafetyPlanSection(
	section: SafetyPlanSection,
	items: readonly PlanItem[],
	now = Date.now(),
	db: LangkahDatabase = database()
): Promise<PlanItem[]> {
	if (!isSafetyPlanSection(section)) throw new Error(`Not a section of the safety plan: ${String(section)}`);
	const stored = toItems(items);
	await db.transaction('rw', db.safetyPlan, async () => {
		const existing: unknown = await db.safetyPlan.get(section);
		const createdAt = (isPlainObject(existing) ? finite(existing.createdAt) : undefined) ?? now;
		const record: StoredSafetyPlanSection = { section, items: stored, createdAt, updatedAt: now };
		await db.safetyPlan.put(record);
	});
	return stored;
}
