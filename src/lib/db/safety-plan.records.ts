/**
 * A section of the safety plan as the app reads it (the `safetyPlan` table; see safety-plan.repo.ts):
 * the sections, the checks that turn stored records into the person's lists, without Dexie, so that
 * the plan's page (read through raw-tables.ts) and the repo read records the same way.
 */
import { MAX_TEXT_LENGTH } from '$lib/text-limit';

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

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Items with an id and some words, each id once, texts cut to the usual limit. */
export function toItems(value: unknown): PlanItem[] {
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

/** The person's lists from the stored sections; a section never saved, or unreadable, is an empty list. */
export function planFromRecords(records: readonly unknown[]): SafetyPlanLists {
	const plan = emptySafetyPlan();
	for (const record of records) {
		if (isPlainObject(record) && isSafetyPlanSection(record.section)) plan[record.section] = toItems(record.items);
	}
	return plan;
}
