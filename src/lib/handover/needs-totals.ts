/**
 * Unmet needs across clients: the anonymous counts clients sent back (needs summaries), added up
 * by kind of need and by area, for a worker to see and to export as CSV for advocacy. Pure.
 */
import { UNMET_NEED_CATEGORIES, type UnmetNeedCategory } from '$lib/db/my-resources.schema';
import { toCsv } from '$lib/resources/csv';
import type { NeedsSummaryPayload } from './summary-schema';

export interface NeedsTotals {
	/** How many counts were added up (one a client's summary). */
	summaries: number;
	/** Every need, in the order of the form, with its total. */
	byNeed: { need: UnmetNeedCategory; total: number }[];
	/** Every area (areas left empty are grouped under '', after the named ones of the same total), most needs first. */
	byArea: { area: string; total: number; needs: Partial<Record<UnmetNeedCategory, number>> }[];
	total: number;
}

/** The same area written with other capitals or spaces counts as one. */
function areaKey(area: string | undefined): string {
	return (area ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

export function needsTotals(summaries: readonly NeedsSummaryPayload[]): NeedsTotals {
	const byNeed = new Map<UnmetNeedCategory, number>();
	const areas = new Map<string, { area: string; total: number; needs: Partial<Record<UnmetNeedCategory, number>> }>();
	let total = 0;
	for (const summary of summaries) {
		const key = areaKey(summary.area);
		const area = areas.get(key) ?? { area: (summary.area ?? '').trim().replace(/\s+/g, ' '), total: 0, needs: {} };
		for (const need of UNMET_NEED_CATEGORIES) {
			const count = summary.counts[need] ?? 0;
			if (count <= 0) continue;
			byNeed.set(need, (byNeed.get(need) ?? 0) + count);
			area.needs[need] = (area.needs[need] ?? 0) + count;
			area.total += count;
			total += count;
		}
		areas.set(key, area);
	}
	return {
		summaries: summaries.length,
		byNeed: UNMET_NEED_CATEGORIES.filter((need) => byNeed.has(need)).map((need) => ({ need, total: byNeed.get(need)! })),
		byArea: [...areas.values()].filter((area) => area.total > 0).sort((a, b) => b.total - a.total || Number(a.area === '') - Number(b.area === '') || a.area.localeCompare(b.area)),
		total
	};
}

/**
 * The totals as CSV: one row an area and need (`area,need,count`), the need by its code and its
 * name in the worker's language, so a spreadsheet can sort and a reader can read it.
 */
export function needsTotalsCsv(totals: NeedsTotals, needName: (need: UnmetNeedCategory) => string, noArea: string): string {
	const rows = totals.byArea.flatMap((area) =>
		UNMET_NEED_CATEGORIES.filter((need) => (area.needs[need] ?? 0) > 0).map((need) => ({
			area: area.area || noArea,
			need,
			need_name: needName(need),
			count: area.needs[need]
		}))
	);
	return toCsv(['area', 'need', 'need_name', 'count'], rows);
}
