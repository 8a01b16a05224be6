/**
 * What is due today and soon: the dated small steps of plans ("My problems") and of decisions'
 * next steps ("Weigh my options"), and the follow-up days of referral notes. Pure: given the runs'
 * answers, the referrals, the marks the person made (done, moved to another day) and today, it
 * says what to show and in which order (overdue first, then by day). Nothing here reads storage.
 */
import type { ActionItem, Answers, FlowDefinition, PlanItem, TextKey } from '$lib/flows/flow-types';
import { addDays, isDay } from './days';

/** How many days ahead "soon" reaches. */
export const SOON_DAYS = 7;

export type DueSource = 'plan' | 'action' | 'referral';
export type DueWhen = 'overdue' | 'today' | 'soon';

/** A mark the person made on a due item: done, or moved to another day. Holds no words. */
export interface DueMark {
	key: string;
	doneAt?: number;
	/** The day it was moved to (YYYY-MM-DD). */
	movedTo?: string;
	updatedAt: number;
}

/** A dated item of a run, before marks and today are applied. */
export interface DatedItem {
	key: string;
	source: DueSource;
	/** The person's words (may be empty: the view then says "a step you planned"). */
	text: string;
	/** The day it was planned for. */
	day: string;
	runId?: string;
	/** The exercise's title (an i18n key), for runs. */
	flowTitle?: TextKey;
	referralId?: string;
	serviceName?: string;
}

export interface DueItem extends DatedItem {
	/** The day it is due now: the planned day, or the day it was moved to. */
	dueOn: string;
	when: DueWhen;
}

/** What a referral note brings: only open notes with a follow-up day count. */
export interface ReferralLike {
	id: string;
	serviceName: string;
	status: string;
	followUpOn?: string;
}

const CLOSED_REFERRAL = new Set(['got-help', 'did-not-work-out']);

/** The key of a run's dated item: the planned day is part of it, so a changed date starts afresh. */
export function runItemKey(runId: string, stepId: string, itemId: string, day: string): string {
	return `run:${runId}:${stepId}:${itemId}:${day}`;
}

export function referralKey(referralId: string, day: string): string {
	return `referral:${referralId}:${day}`;
}

function isPlanItem(value: unknown): value is PlanItem {
	return typeof value === 'object' && value !== null && typeof (value as PlanItem).id === 'string';
}

/** The dated items of a run's plan steps and next-steps (actions) steps, named by the definition's steps, not by flow id. */
export function datedItemsOfRun(runId: string, definition: FlowDefinition, answers: Answers): DatedItem[] {
	const items: DatedItem[] = [];
	for (const step of definition.steps) {
		if (step.kind !== 'plan' && step.kind !== 'actions') continue;
		const answer = answers[step.id];
		if (!Array.isArray(answer)) continue;
		for (const entry of answer as unknown[]) {
			if (!isPlanItem(entry)) continue;
			const item = entry as Partial<PlanItem & ActionItem>;
			const day = item.date;
			if (!isDay(day)) continue;
			items.push({
				key: runItemKey(runId, step.id, entry.id, day),
				source: step.kind === 'plan' ? 'plan' : 'action',
				text: (item.what ?? '').trim(),
				day,
				runId,
				flowTitle: definition.title
			});
		}
	}
	return items;
}

/** The dated item of an open referral note with a follow-up day. */
export function datedItemOfReferral(referral: ReferralLike): DatedItem | undefined {
	if (!isDay(referral.followUpOn) || CLOSED_REFERRAL.has(referral.status)) return undefined;
	return {
		key: referralKey(referral.id, referral.followUpOn),
		source: 'referral',
		text: referral.serviceName.trim(),
		day: referral.followUpOn,
		referralId: referral.id,
		serviceName: referral.serviceName
	};
}

/**
 * The items due up to `SOON_DAYS` after `today` (overdue ones too), leaving out those marked done;
 * overdue first, then by day, then in the order given.
 */
export function collectDue(items: readonly DatedItem[], marks: ReadonlyMap<string, DueMark>, today: string, soonDays = SOON_DAYS): DueItem[] {
	const until = addDays(today, soonDays);
	const due: DueItem[] = [];
	for (const item of items) {
		const mark = marks.get(item.key);
		if (mark?.doneAt !== undefined) continue;
		const dueOn = isDay(mark?.movedTo) ? mark.movedTo : item.day;
		if (dueOn > until) continue;
		due.push({ ...item, dueOn, when: dueOn < today ? 'overdue' : dueOn === today ? 'today' : 'soon' });
	}
	return due
		.map((item, index) => ({ item, index }))
		.sort((a, b) => (a.item.dueOn < b.item.dueOn ? -1 : a.item.dueOn > b.item.dueOn ? 1 : a.index - b.index))
		.map(({ item }) => item);
}

/** Whether anything is due today or overdue (what a reminder on opening speaks of). */
export function dueNow(items: readonly DueItem[]): DueItem[] {
	return items.filter((item) => item.when !== 'soon');
}
