/**
 * What an import report tells a person. An HSDS file holds services and the records around them
 * (organizations, programs, locations, phones...), all flat once imported: service_list.json alone
 * gives a service, its organization and its program. Counting them together ("Added: 3") while the
 * list of directories counts services ("Services: 1") reads as two services gone missing, so the
 * report counts services on their own, the numbers the list will show, and the rest apart.
 */
import type { HsdsRecordType } from './hsds';

/** How many records an import added, updated, found unchanged and removed. */
export interface ImportTally {
	added: number;
	updated: number;
	unchanged: number;
	removed: number;
}

export interface ImportSummary {
	/** Services: `added + updated + unchanged` is what the pack now holds and the list shows. */
	services: ImportTally;
	/** Every other record (organizations, locations, phones, schedules, taxonomy...). */
	others: ImportTally;
}

/** The lists of an import report (src/lib/db/resources.repo.ts `ImportReport`). */
export interface ReportLists {
	added: readonly { type: HsdsRecordType }[];
	updated: readonly { type: HsdsRecordType }[];
	unchanged: readonly { type: HsdsRecordType }[];
	removed: readonly { type: HsdsRecordType }[];
}

/** Services and other records of an import report, counted apart. */
export function summarizeImport(report: ReportLists): ImportSummary {
	const tally = (service: boolean): ImportTally => {
		const count = (entries: readonly { type: HsdsRecordType }[]) => entries.filter((entry) => (entry.type === 'service') === service).length;
		return { added: count(report.added), updated: count(report.updated), unchanged: count(report.unchanged), removed: count(report.removed) };
	};
	return { services: tally(true), others: tally(false) };
}

/** How many services the pack holds after the import. */
export function servicesHeld(summary: ImportSummary): number {
	return summary.services.added + summary.services.updated + summary.services.unchanged;
}
