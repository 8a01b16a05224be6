/**
 * Every version of Langkah's IndexedDB schema, oldest first. A released entry is never edited:
 * a change is a new entry with the next number, and an `upgrade` where existing records move.
 * tests/unit/db-upgrade.test.ts opens a database made at each earlier version with the latest.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
	{ version: 1, stores: { settings: 'key' } },
	// Guided-flow runs: one record per run, with the flow's id and version and the persisted snapshot.
	{ version: 2, stores: { runs: 'id, flowId, status, updatedAt' } },
	// The resource directory: imported HSDS packs as flat records keyed by type and id (`links` holds
	// every id a record points to), the packs themselves, and the person's own saved services,
	// referrals, people they can ask and unmet needs.
	{
		version: 3,
		stores: {
			directoryRecords: '[type+id], packId, type, *links',
			packs: 'id, importedAt',
			myServices: 'serviceId, savedAt',
			referrals: 'id, serviceId, status, updatedAt',
			people: 'id, updatedAt',
			unmetNeeds: 'id, category, notedAt'
		}
	},
	// The person's safety plan: one record per section of their own lists (see safety-plan.repo.ts).
	{ version: 4, stores: { safetyPlan: 'section' } },
	// Exercises from outside (shared by a social worker, later issues): one flow file each, by its
	// id, checked again before it runs (see stored-flows.repo.ts and runs/stored-flows.ts).
	{ version: 5, stores: { flows: 'id, addedAt' } },
	// Summaries clients sent back to a social worker (on the worker's phone): one record each, with
	// its type and when it came; the summary itself is encrypted while the lock is on (received.repo.ts).
	{ version: 6, stores: { received: 'id, type, receivedAt' } },
	// What is due (issue 14): the person's marks on a dated small step or follow-up, "done" or "moved
	// to another day", keyed by the item (see due-marks.repo.ts). Holds no words, only keys and days.
	// Version 7 belongs to other work landing alongside; Dexie allows the gap.
	{ version: 8, stores: { dueMarks: 'key, updatedAt' } },
	// The person's support network (the eco-map): one record a tie to a person, group or service, by
	// id, with the person or saved service it describes, if any (see network.repo.ts). Versions 6
	// and 7 belong to other work; a database skips numbers it does not have.
	{ version: 9, stores: { network: 'id, ref, updatedAt' } },
	// "People I can ask" say what they can help with: `needs`, categories of need (taxonomy.ts),
	// indexed (multiEntry) so the directory can find the person's own people for a need. Records of
	// earlier versions have none and read as []: IndexedDB builds the index itself, with no upgrade
	// pass, which could not read people's encrypted words while the app is locked anyway.
	{ version: 10, stores: { people: 'id, updatedAt, *needs' } },
	// Dealing with services (versions 6 to 10 are other features' numbers): `serviceEvents`, the
	// person's record of what happened with a service (date, who, what was said), one record each,
	// kept with its referral (see service-events.repo.ts); and `groupId` on referrals, so that one
	// note addressed to several services at once keeps a tracker line for each. Nothing moves: an
	// older referral has no group and stays on its own.
	{
		version: 11,
		stores: {
			referrals: 'id, serviceId, status, updatedAt, groupId',
			serviceEvents: 'id, referralId, happenedOn, updatedAt'
		}
	}
];

export const LATEST_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
