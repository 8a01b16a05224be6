/**
 * The person's own resource data, kept only on this device: `myServices` (services they saved),
 * `referrals` (a note they control, with the answers they chose to include, and a tracker: status,
 * follow-up date, notes), `people` ("people I can ask": their own informal resources) and
 * `unmetNeeds` (what they needed and could not find). Nothing here is ever sent anywhere; the only
 * export is the anonymous count of unmet needs by category, made when the person asks for it.
 * Every record is validated on read: a damaged one is left out of lists, never thrown at the person.
 */
import * as v from 'valibot';
import { newId } from '$lib/ids';
import { NEED_CODES, type NeedCode } from '$lib/resources/need-codes';
import { limitText, MAX_TEXT_LENGTH } from '$lib/text-limit';
import { database, type LangkahDatabase, type StoredReferral } from './database';
import { countUnmetNeeds, type UnmetNeedCounts } from './my-resources.read';
import {
	Day,
	PERSON_RELATIONS,
	PersonSchema,
	readStored,
	REFERRAL_STATUSES,
	ReferralAnswersSchema,
	ReferralSchema,
	ReferralStatusSchema,
	SavedServiceSchema,
	UnmetNeedCategorySchema,
	UnmetNeedSchema,
	type Person,
	type PersonRelation,
	type Referral,
	type ReferralAnswer,
	type ReferralStatus,
	type SavedService,
	type UnmetNeed,
	type UnmetNeedCategory
} from './my-resources.schema';

/** The longest text kept in one field of the person's own records: the app's one limit. */
export { MAX_TEXT_LENGTH };
export { PERSON_RELATIONS, REFERRAL_STATUSES };
export type { UnmetNeedCounts };
export type { Person, PersonRelation, Referral, ReferralAnswer, ReferralStatus, SavedService, UnmetNeed, UnmetNeedCategory };

const isDay = (value: string) => v.is(Day, value);

// ---------------------------------------------------------------------------------------------
// My services

const toSavedService = (stored: unknown) => readStored(SavedServiceSchema, stored);

/** Saves a service to "My services" (saving it again keeps the first date). */
export async function saveService(service: Omit<SavedService, 'savedAt'>, now = Date.now(), db: LangkahDatabase = database()): Promise<SavedService> {
	const existing = toSavedService(await db.myServices.get(service.serviceId));
	const saved: SavedService = { ...service, serviceName: limitText(service.serviceName), savedAt: existing?.savedAt ?? now };
	await db.myServices.put(saved);
	return saved;
}

/**
 * Removes a service from "My services". With `notes: 'delete'` its referral notes and their
 * trackers go too, in the same transaction, so saving the service again brings nothing back; with
 * `notes: 'keep'` they stay (the services page lists them under services no longer saved).
 */
export async function unsaveService(serviceId: string, notes: 'delete' | 'keep', db: LangkahDatabase = database()): Promise<void> {
	await db.transaction('rw', [db.myServices, db.referrals, db.serviceEvents], async () => {
		await db.myServices.delete(serviceId);
		if (notes === 'delete') {
			const ids = await db.referrals.where('serviceId').equals(serviceId).primaryKeys();
			await db.referrals.bulkDelete(ids);
			await db.serviceEvents.where('referralId').anyOf(ids).delete();
		}
	});
}

export async function isServiceSaved(serviceId: string, db: LangkahDatabase = database()): Promise<boolean> {
	return toSavedService(await db.myServices.get(serviceId)) !== undefined;
}

/** Saved services, most recently saved first. */
export async function listSavedServices(db: LangkahDatabase = database()): Promise<SavedService[]> {
	const rows = await db.myServices.orderBy('savedAt').reverse().toArray();
	return rows.map(toSavedService).filter((saved): saved is SavedService => saved !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Referrals

export function isReferralStatus(value: unknown): value is ReferralStatus {
	return v.is(ReferralStatusSchema, value);
}

const toAnswers = (value: unknown): ReferralAnswer[] => v.parse(ReferralAnswersSchema, value);
const toReferral = (stored: unknown) => readStored(ReferralSchema, stored);

function toStoredReferral(referral: Referral): StoredReferral {
	return JSON.parse(JSON.stringify(referral)) as StoredReferral;
}

export interface NewReferral {
	serviceId: string;
	serviceName: string;
	note?: string;
	answers?: ReferralAnswer[];
	status?: ReferralStatus;
	followUpOn?: string;
	groupId?: string;
}

/** Starts a referral note for a saved service; it includes none of the person's answers unless given. */
export async function createReferral(input: NewReferral, now = Date.now(), db: LangkahDatabase = database()): Promise<Referral> {
	if (input.followUpOn !== undefined && !isDay(input.followUpOn)) throw new Error(`Not a YYYY-MM-DD date: ${input.followUpOn}`);
	const referral: Referral = {
		id: newId(),
		serviceId: input.serviceId,
		serviceName: limitText(input.serviceName),
		note: limitText(input.note ?? ''),
		answers: toAnswers(input.answers ?? []),
		status: input.status ?? 'planned',
		...(input.followUpOn ? { followUpOn: input.followUpOn } : {}),
		trackerNotes: '',
		createdAt: now,
		updatedAt: now,
		statusChangedAt: now,
		...(input.groupId ? { groupId: input.groupId } : {})
	};
	await db.referrals.put(toStoredReferral(referral));
	return referral;
}

/**
 * One note addressed to several services at once: a referral for each (the same note and answers,
 * each with its own tracker line), sharing a group id, written in one transaction (all or nothing).
 */
export async function createReferralGroup(
	services: readonly Pick<NewReferral, 'serviceId' | 'serviceName'>[],
	input: Omit<NewReferral, 'serviceId' | 'serviceName' | 'groupId'>,
	now = Date.now(),
	db: LangkahDatabase = database()
): Promise<Referral[]> {
	const unique = services.filter((service, index) => services.findIndex((other) => other.serviceId === service.serviceId) === index);
	if (unique.length === 0) throw new Error('A note needs at least one service.');
	const groupId = newId();
	return db.transaction('rw', db.referrals, () => Promise.all(unique.map((service) => createReferral({ ...input, ...service, groupId }, now, db))));
}

/** The referrals of one group (one note to several services), oldest first. */
export async function listReferralGroup(groupId: string, db: LangkahDatabase = database()): Promise<Referral[]> {
	const rows = await db.referrals.where('groupId').equals(groupId).toArray();
	return rows
		.map(toReferral)
		.filter((referral): referral is Referral => referral !== undefined)
		.sort((a, b) => a.createdAt - b.createdAt || a.serviceName.localeCompare(b.serviceName));
}

export type ReferralChanges = Partial<Pick<Referral, 'note' | 'answers' | 'status' | 'trackerNotes'>> & {
	/** A date, or null to clear it. */
	followUpOn?: string | null;
};

/** Changes a referral; returns it as saved, or undefined when there is no such referral. */
export async function updateReferral(
	id: string,
	changes: ReferralChanges,
	now = Date.now(),
	db: LangkahDatabase = database()
): Promise<Referral | undefined> {
	if (changes.status !== undefined && !isReferralStatus(changes.status)) throw new Error(`Not a referral status: ${String(changes.status)}`);
	if (typeof changes.followUpOn === 'string' && !isDay(changes.followUpOn)) throw new Error(`Not a YYYY-MM-DD date: ${changes.followUpOn}`);
	return db.transaction('rw', db.referrals, async () => {
		const current = toReferral(await db.referrals.get(id));
		if (!current) return undefined;
		const { followUpOn, ...rest } = changes;
		const next: Referral = { ...current, updatedAt: now };
		if (rest.note !== undefined) next.note = limitText(rest.note);
		if (rest.trackerNotes !== undefined) next.trackerNotes = limitText(rest.trackerNotes);
		if (rest.answers !== undefined) next.answers = toAnswers(rest.answers);
		if (rest.status !== undefined && rest.status !== current.status) {
			next.status = rest.status;
			next.statusChangedAt = now;
		}
		if (followUpOn === null) delete next.followUpOn;
		else if (followUpOn !== undefined) next.followUpOn = followUpOn;
		await db.referrals.put(toStoredReferral(next));
		return next;
	});
}

export async function getReferral(id: string, db: LangkahDatabase = database()): Promise<Referral | undefined> {
	return toReferral(await db.referrals.get(id));
}

/** Every referral, most recently changed first (optionally for one service). */
export async function listReferrals(serviceId?: string, db: LangkahDatabase = database()): Promise<Referral[]> {
	const rows = serviceId === undefined ? await db.referrals.orderBy('updatedAt').reverse().toArray() : await db.referrals.where('serviceId').equals(serviceId).toArray();
	return rows
		.map(toReferral)
		.filter((referral): referral is Referral => referral !== undefined)
		.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Open referrals (not "got help" or "did not work out") whose follow-up day is `day` or earlier. */
export async function referralsToFollowUp(day: string, db: LangkahDatabase = database()): Promise<Referral[]> {
	return (await listReferrals(undefined, db))
		.filter((referral) => referral.followUpOn !== undefined && referral.followUpOn <= day)
		.filter((referral) => referral.status !== 'got-help' && referral.status !== 'did-not-work-out')
		.sort((a, b) => (a.followUpOn! < b.followUpOn! ? -1 : 1));
}

/** Deletes a referral and the record of what happened with it, in one transaction. */
export async function deleteReferral(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.transaction('rw', db.referrals, db.serviceEvents, async () => {
		await db.referrals.delete(id);
		await db.serviceEvents.where('referralId').equals(id).delete();
	});
}

// ---------------------------------------------------------------------------------------------
// People I can ask

const toPerson = (stored: unknown) => readStored(PersonSchema, stored);

export type PersonInput = Pick<Person, 'name' | 'howTheyCanHelp' | 'contact'> & { relation?: PersonRelation; needs?: readonly NeedCode[] };

function cleanPerson(input: PersonInput): Omit<Person, 'id' | 'createdAt' | 'updatedAt'> {
	return {
		name: limitText(input.name),
		howTheyCanHelp: limitText(input.howTheyCanHelp),
		contact: limitText(input.contact),
		...(input.relation && (PERSON_RELATIONS as readonly string[]).includes(input.relation) ? { relation: input.relation } : {}),
		needs: NEED_CODES.filter((code) => input.needs?.includes(code))
	};
}

export async function addPerson(input: PersonInput, now = Date.now(), db: LangkahDatabase = database()): Promise<Person> {
	const person: Person = { id: newId(), ...cleanPerson(input), createdAt: now, updatedAt: now };
	await db.people.put(person);
	return person;
}

export async function updatePerson(id: string, input: PersonInput, now = Date.now(), db: LangkahDatabase = database()): Promise<Person | undefined> {
	return db.transaction('rw', db.people, async () => {
		const current = toPerson(await db.people.get(id));
		if (!current) return undefined;
		const next: Person = { id, ...cleanPerson(input), createdAt: current.createdAt, updatedAt: now };
		await db.people.put(next);
		return next;
	});
}

/** People I can ask, most recently changed first. */
export async function listPeople(db: LangkahDatabase = database()): Promise<Person[]> {
	const rows = await db.people.orderBy('updatedAt').reverse().toArray();
	return rows.map(toPerson).filter((person): person is Person => person !== undefined);
}

export async function deletePerson(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.people.delete(id);
}

// ---------------------------------------------------------------------------------------------
// Unmet needs

function isUnmetCategory(value: unknown): value is UnmetNeedCategory {
	return v.is(UnmetNeedCategorySchema, value);
}

const toUnmetNeed = (stored: unknown) => readStored(UnmetNeedSchema, stored);

export async function noteUnmetNeed(input: Pick<UnmetNeed, 'what' | 'category'>, now = Date.now(), db: LangkahDatabase = database()): Promise<UnmetNeed> {
	if (!isUnmetCategory(input.category)) throw new Error(`Not a need category: ${String(input.category)}`);
	const need: UnmetNeed = { id: newId(), what: limitText(input.what), category: input.category, notedAt: now };
	await db.unmetNeeds.put(need);
	return need;
}

/** Unmet needs, most recent first. */
export async function listUnmetNeeds(db: LangkahDatabase = database()): Promise<UnmetNeed[]> {
	const rows = await db.unmetNeeds.orderBy('notedAt').reverse().toArray();
	return rows.map(toUnmetNeed).filter((need): need is UnmetNeed => need !== undefined);
}

export async function deleteUnmetNeed(id: string, db: LangkahDatabase = database()): Promise<void> {
	await db.unmetNeeds.delete(id);
}

/** Counts unmet needs by category for the person to share, if they choose to. */
export async function exportUnmetNeedCounts(db: LangkahDatabase = database()): Promise<UnmetNeedCounts> {
	return countUnmetNeeds(await listUnmetNeeds(db));
}
