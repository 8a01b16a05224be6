/**
 * The person's own resource records as stored (saved services, referral notes, people they can
 * ask, unmet needs): one Valibot schema each, read on every load so that a damaged record is left
 * out rather than thrown at the person, and the record types inferred from them. Text is cut to
 * the app's one limit as it is read; a missing optional part takes its default.
 */
import * as v from 'valibot';
import { NEED_CODES } from '$lib/resources/need-codes';
import { limitText } from '$lib/text-limit';

/** Any text, cut to the app's limit. */
const Text = v.pipe(v.string(), v.transform(limitText));
/** An id: text with something in it. */
const Id = v.pipe(v.string(), v.minLength(1), v.transform(limitText));
const Time = v.pipe(v.number(), v.finite());
/** A day (YYYY-MM-DD). */
export const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Reads an optional part: its value when it fits, else nothing (the key then goes). */
const optional = <T extends v.GenericSchema>(schema: T) => v.fallback(v.optional(schema), undefined);

/** Drops the keys whose value is undefined, so a record never holds "followUpOn: undefined". */
function withoutUndefined<T extends object>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export const SavedServiceSchema = v.object({ serviceId: Id, serviceName: Text, packId: Text, savedAt: Time });
export type SavedService = v.InferOutput<typeof SavedServiceSchema>;

export const REFERRAL_STATUSES = ['planned', 'contacted', 'waiting', 'got-help', 'did-not-work-out'] as const;
export const ReferralStatusSchema = v.picklist(REFERRAL_STATUSES);
export type ReferralStatus = v.InferOutput<typeof ReferralStatusSchema>;

/** One of the person's answers they chose to put in the note (the question as they saw it, and the text). */
export const ReferralAnswerSchema = v.object({ label: Text, text: Text });
export type ReferralAnswer = v.InferOutput<typeof ReferralAnswerSchema>;

/** A list of answers: the ones that fit are kept, the others left out. */
export const ReferralAnswersSchema = v.fallback(
	v.pipe(
		v.array(v.unknown()),
		v.transform((items) =>
			items.flatMap((item) => {
				const read = v.safeParse(ReferralAnswerSchema, item);
				return read.success ? [read.output] : [];
			})
		)
	),
	[]
);

export const ReferralSchema = v.pipe(
	v.object({
		id: Id,
		serviceId: Id,
		serviceName: Text,
		/** The note the person writes and controls. */
		note: Text,
		answers: ReferralAnswersSchema,
		status: ReferralStatusSchema,
		/** The day to follow up (YYYY-MM-DD). */
		followUpOn: optional(Day),
		/** The person's own notes on how it is going. */
		trackerNotes: v.fallback(Text, ''),
		createdAt: Time,
		updatedAt: Time,
		statusChangedAt: optional(Time),
		/** Shared by the referrals of one note addressed to several services at once. */
		groupId: optional(Id)
	}),
	v.transform(({ statusChangedAt, ...referral }) => withoutUndefined({ ...referral, statusChangedAt: statusChangedAt ?? referral.updatedAt }))
);
export type Referral = v.InferOutput<typeof ReferralSchema>;

/**
 * Who the entry is: someone close (family, a friend, a neighbour, someone of their faith), or a
 * community group or a place of worship the person (or a worker with them) adds as their own.
 */
export const PERSON_RELATIONS = ['family', 'friend', 'neighbour', 'faith', 'community', 'worship', 'other'] as const;
export type PersonRelation = (typeof PERSON_RELATIONS)[number];

/** The categories of need someone can help with: known codes only, each once (since schema v10). */
const PersonNeeds = v.fallback(
	v.pipe(
		v.array(v.unknown()),
		v.transform((values) => NEED_CODES.filter((code) => values.includes(code)))
	),
	[]
);

export const PersonSchema = v.pipe(
	v.object({
		id: Id,
		name: Text,
		howTheyCanHelp: v.fallback(Text, ''),
		/** A phone number, an address, or how to find them, as the person writes it. */
		contact: v.fallback(Text, ''),
		relation: optional(v.picklist(PERSON_RELATIONS)),
		needs: PersonNeeds,
		createdAt: Time,
		updatedAt: Time
	}),
	v.transform(withoutUndefined)
);
export type Person = v.InferOutput<typeof PersonSchema>;

export const UNMET_NEED_CATEGORIES = [...NEED_CODES, 'other'] as const;
export const UnmetNeedCategorySchema = v.picklist(UNMET_NEED_CATEGORIES);
export type UnmetNeedCategory = v.InferOutput<typeof UnmetNeedCategorySchema>;

/** What the person needed and could not find, in their words. */
export const UnmetNeedSchema = v.object({ id: Id, what: Text, category: UnmetNeedCategorySchema, notedAt: Time });
export type UnmetNeed = v.InferOutput<typeof UnmetNeedSchema>;

/** The record a schema reads from a stored value, or undefined when it is damaged. */
export function readStored<T extends v.GenericSchema>(schema: T, stored: unknown): v.InferOutput<T> | undefined {
	const read = v.safeParse(schema, stored);
	return read.success ? read.output : undefined;
}

/** What kind of thing happened with a service (the "when it does not work out" situations, or anything else). */
export const SERVICE_EVENT_KINDS = ['refused', 'sent-elsewhere', 'treated-badly', 'waiting', 'other'] as const;
export type ServiceEventKind = (typeof SERVICE_EVENT_KINDS)[number];

/** One thing that happened with a service, in the person's words, kept with its referral. */
export const ServiceEventSchema = v.object({
	id: Id,
	referralId: Id,
	kind: v.fallback(v.picklist(SERVICE_EVENT_KINDS), 'other'),
	happenedOn: Day,
	/** Who the person dealt with (a name, a desk, "the officer at the counter"). */
	who: v.fallback(Text, ''),
	/** What happened and what was said. */
	what: v.fallback(Text, ''),
	createdAt: Time,
	updatedAt: Time
});
export type ServiceEvent = v.InferOutput<typeof ServiceEventSchema>;
