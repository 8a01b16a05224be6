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
import { MAX_TEXT_LENGTH } from './my-resources.repo';

/** The sections of the plan stored here, in the order the plan shows them. */
export const SAFETY_PLAN_SECTIONS = ['warningSigns', 'copingAlone', 'distractions', 'saferSurroundings', 'reasonsForLiving'] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** More items than anyone writes by hand; a limit so a damaged record cannot flood the page. */
export const MAX_ITEMS_PER_SECTION = 100;
const MAX_ID_LENGTH = 100;

export interface PlanItem {
	id: string;
	text: string;
}

export type SafetyPlanLists = Record<SafetyPlanSection, PlanItem[]>;

export function isSafetyPlanSection(value: unknown): value is SafetyPlanSection {
	return typeof value === 'string' && (SAFETY_PLAN_SECTIONS as readonly string[]).includes(value);
}

export function emptySafetyPlan(): SafetyPlanLists {
	return Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, []])) as unknown as SafetyPlanLists;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Items with an id and some words, each id once, texts cut to the usual limit. */
function toItems(value: unknown): PlanItem[] {
	if (!Array.isArray(value)) return [];
	const seen = new Set<string>();
	const items: PlanItem[] = [];
	for (const item of value) {
		if (!isPlainObject(item)) continue;
		const { id, text } = item;
		if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH || seen.has(id)) continue;
		if (typeof text !== 'string' || text.trim() === '') continue;
		seen.add(id);
		items.push({ id, text: text.slice(0, MAX_TEXT_LENGTH) });
		if (items.length === MAX_ITEMS_PER_SECTION) break;
	}
	return items;
}

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Every section of the plan; a section never saved, or unreadable, is an empty list. */
export async function readSafetyPlan(db: LangkahDatabase = database()): Promise<SafetyPlanLists> {
	const plan = emptySafetyPlan();
	for (const record of await db.safetyPlan.toArray()) {
		if (isPlainObject(record) && isSafetyPlanSection(record.section)) plan[record.section] = toItems(record.items);
	}
	return plan;
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
