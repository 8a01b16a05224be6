/**
 * The person's own resource records (saved services, referral notes, people they can ask, unmet
 * needs, what happened with a service) read whole without Dexie (raw-tables.ts), decrypted while
 * the lock is on, and checked with the same schemas as my-resources.repo.ts and
 * service-events.repo.ts (my-resources.schema.ts). Pages that first only show these lists draw
 * from here and load the repos (and Dexie) when the person changes something. While the app is
 * locked a read throws `DatabaseLockedError`, as a read through Dexie does.
 */
import type * as v from 'valibot';
import {
	PersonSchema,
	readStored,
	ReferralSchema,
	SavedServiceSchema,
	ServiceEventSchema,
	UnmetNeedSchema,
	type Person,
	type Referral,
	type SavedService,
	type ServiceEvent,
	type UnmetNeed,
	type UnmetNeedCategory
} from './my-resources.schema';
import { readAllRecords } from './raw-tables';

/** The records of `store` that `schema` reads (damaged ones left out), in key order. */
async function readChecked<T extends v.GenericSchema>(store: string, schema: T, options?: Parameters<typeof readAllRecords>[1]): Promise<v.InferOutput<T>[]> {
	const records = await readAllRecords(store, options);
	return records.flatMap((record) => {
		const read = readStored(schema, record);
		return read === undefined ? [] : [read];
	});
}

/**
 * Newest first by `time`, as Dexie's `orderBy(time).reverse()` gives them: records with the same
 * time in reverse key order.
 */
function newestFirst<T>(records: T[], time: (record: T) => number): T[] {
	return records.reverse().sort((a, b) => time(b) - time(a));
}

/** Saved services, most recently saved first (as `listSavedServices`). */
export async function readSavedServices(): Promise<SavedService[]> {
	return newestFirst(await readChecked('myServices', SavedServiceSchema), (service) => service.savedAt);
}

/** Every referral note, most recently changed first (as `listReferrals`). */
export async function readReferrals(): Promise<Referral[]> {
	return newestFirst(await readChecked('referrals', ReferralSchema), (referral) => referral.updatedAt);
}

/** People I can ask, most recently changed first (as `listPeople`). */
export async function readPeople(): Promise<Person[]> {
	return newestFirst(await readChecked('people', PersonSchema), (person) => person.updatedAt);
}

/** Unmet needs, most recent first (as `listUnmetNeeds`). */
export async function readUnmetNeeds(): Promise<UnmetNeed[]> {
	return newestFirst(await readChecked('unmetNeeds', UnmetNeedSchema), (need) => need.notedAt);
}

/** What happened with one referral's service, in the order things happened (as `listServiceEvents`). */
export async function readServiceEvents(referralId: string): Promise<ServiceEvent[]> {
	return (await readChecked('serviceEvents', ServiceEventSchema, { index: 'referralId', only: referralId })).sort(byHappened);
}

/** In the order things happened, then the order they were written. */
export function byHappened(a: ServiceEvent, b: ServiceEvent): number {
	return a.happenedOn < b.happenedOn ? -1 : a.happenedOn > b.happenedOn ? 1 : a.createdAt - b.createdAt;
}

/** The anonymous export: how many unmet needs in each category, and nothing else (no words, no dates). */
export interface UnmetNeedCounts {
	format: 'langkah-unmet-needs';
	version: 1;
	total: number;
	counts: Partial<Record<UnmetNeedCategory, number>>;
}

/** Counts unmet needs by category, for the person to share if they choose to. */
export function countUnmetNeeds(needs: readonly UnmetNeed[]): UnmetNeedCounts {
	const counts: Partial<Record<UnmetNeedCategory, number>> = {};
	for (const need of needs) counts[need.category] = (counts[need.category] ?? 0) + 1;
	return { format: 'langkah-unmet-needs', version: 1, total: needs.length, counts };
}
