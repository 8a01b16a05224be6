/**
 * The person's record of what happened with a service ("when it does not work out"): one record a
 * thing that happened (the day, who they dealt with, what happened and what was said), kept with
 * the referral it belongs to in `serviceEvents`. Only on this device; the person's words are
 * encrypted at rest while the lock is on (privacy/at-rest.ts). Validated on read: a damaged record
 * is left out, never thrown at the person.
 */
import * as v from 'valibot';
import { newId } from '$lib/ids';
import { limitText } from '$lib/text-limit';
import { database, type LangkahDatabase } from './database';
import { byHappened } from './my-resources.read';
import { Day, readStored, SERVICE_EVENT_KINDS, ServiceEventSchema, type ServiceEvent, type ServiceEventKind } from './my-resources.schema';

export { SERVICE_EVENT_KINDS };
export type { ServiceEvent, ServiceEventKind };

const toEvent = (stored: unknown) => readStored(ServiceEventSchema, stored);

export interface ServiceEventInput {
	kind: ServiceEventKind;
	happenedOn: string;
	who: string;
	what: string;
}

function clean(input: ServiceEventInput): ServiceEventInput {
	if (!v.is(Day, input.happenedOn)) throw new Error(`Not a YYYY-MM-DD date: ${input.happenedOn}`);
	const kind = (SERVICE_EVENT_KINDS as readonly string[]).includes(input.kind) ? input.kind : 'other';
	return { kind, happenedOn: input.happenedOn, who: limitText(input.who), what: limitText(input.what) };
}

/** Adds one thing that happened to a referral's record; throws when the referral does not exist. */
export async function addServiceEvent(referralId: string, input: ServiceEventInput, now = Date.now(), db: LangkahDatabase = database()): Promise<ServiceEvent> {
	const event: ServiceEvent = { id: newId(), referralId, ...clean(input), createdAt: now, updatedAt: now };
	await db.transaction('rw', db.referrals, db.serviceEvents, async () => {
		if (!(await db.referrals.get(referralId))) throw new Error(`No referral ${referralId}.`);
		await db.serviceEvents.put(event);
	});
	return event;
}

/** The record of one referral, in the order things happened (then the order they were written). */
export async function listServiceEvents(referralId: string, db: LangkahDatabase = database()): Promise<ServiceEvent[]> {
	const rows = await db.serviceEvents.where('referralId').equals(referralId).toArray();
	return rows
		.map(toEvent)
		.filter((event): event is ServiceEvent => event !== undefined)
		.sort(byHappened);
}

export async function deleteServiceEvent(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.serviceEvents.delete(id);
}
