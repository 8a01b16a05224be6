/**
 * "Services that may help": from what a person said in "Tell it" (the parts of life touched, the
 * questions about danger and about thoughts of ending one's life) and the needs "Weigh my options" found (what an option needs that they cannot
 * get, an option that may not be safe), the categories of need that fit, each with the reason, and
 * the directory's services in those categories. Pure: answers come in as plain values.
 */
import type { SearchDocument } from './search';
import { termWithDescendants, type NeedCode } from './taxonomy';

/** The parts of life in the tell flow's "areas" step and the categories each points to. */
export const TELL_AREA_NEEDS: Readonly<Record<string, readonly NeedCode[]>> = {
	health: ['health'],
	feelings: ['mental-health'],
	family: ['family-children'],
	money: ['money-aid'],
	housing: ['housing'],
	legal: ['legal-documents'],
	safety: ['violence-abuse', 'emergency-safety']
};

/** The decision needs (NEED_IDS of the decide flow) a service can meet, and their categories. */
export const DECISION_NEED_NEEDS: Readonly<Record<string, readonly NeedCode[]>> = {
	money: ['money-aid'],
	documents: ['legal-documents']
};

export type SuggestReason =
	| { kind: 'area'; area: string }
	| { kind: 'danger' }
	| { kind: 'thoughts' }
	| { kind: 'decision-need'; need: string }
	| { kind: 'decision-safety' };

export interface SuggestInput {
	/** The tell flow's answers to "areas" (option ids), "danger" and "thoughts" ('yes' | 'unsure' | 'no'). */
	tell?: { areas?: unknown; danger?: unknown; thoughts?: unknown };
	/** Decision needs that a person cannot meet alone (NEED_IDS), and whether an option may be unsafe. */
	decision?: { cannot?: readonly string[]; unsafe?: boolean };
}

export interface NeedSuggestion {
	need: NeedCode;
	reasons: SuggestReason[];
}

export interface ServiceSuggestion {
	id: string;
	needs: NeedCode[];
	reasons: SuggestReason[];
}

function sameReason(a: SuggestReason, b: SuggestReason): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The categories of need the answers point to, with why; safety first, then in the order given. */
export function suggestedNeeds(input: SuggestInput): NeedSuggestion[] {
	const found = new Map<NeedCode, SuggestReason[]>();
	const add = (need: NeedCode, reason: SuggestReason) => {
		const reasons = found.get(need) ?? [];
		if (!reasons.some((known) => sameReason(known, reason))) reasons.push(reason);
		found.set(need, reasons);
	};
	const danger = input.tell?.danger;
	if (danger === 'yes' || danger === 'unsure') add('emergency-safety', { kind: 'danger' });
	const thoughts = input.tell?.thoughts;
	if (thoughts === 'yes' || thoughts === 'unsure') add('mental-health', { kind: 'thoughts' });
	if (input.decision?.unsafe) add('emergency-safety', { kind: 'decision-safety' });
	const areas = input.tell?.areas;
	for (const area of Array.isArray(areas) ? areas : typeof areas === 'string' ? [areas] : []) {
		if (typeof area !== 'string') continue;
		for (const need of TELL_AREA_NEEDS[area] ?? []) add(need, { kind: 'area', area });
	}
	for (const need of input.decision?.cannot ?? []) {
		for (const code of DECISION_NEED_NEEDS[need] ?? []) add(code, { kind: 'decision-need', need });
	}
	return [...found].map(([need, reasons]) => ({ need, reasons }));
}

/**
 * The services in the suggested categories, those meeting more of the needs first (then in the
 * order of `documents`), at most `limit`. Each says which needs it meets and why they were asked.
 */
export function suggestServices(input: SuggestInput, documents: readonly SearchDocument[], limit = 8): ServiceSuggestion[] {
	const needs = suggestedNeeds(input);
	if (needs.length === 0) return [];
	const wanted = needs.map((suggestion) => ({ ...suggestion, terms: new Set<string>(termWithDescendants(suggestion.need)) }));
	const out: (ServiceSuggestion & { order: number; urgent: boolean })[] = [];
	documents.forEach((document, order) => {
		const meets = wanted.filter((suggestion) => document.terms.some((term) => suggestion.terms.has(term)));
		if (meets.length === 0) return;
		const reasons: SuggestReason[] = [];
		for (const suggestion of meets) for (const reason of suggestion.reasons) if (!reasons.some((known) => sameReason(known, reason))) reasons.push(reason);
		out.push({
			id: document.id,
			needs: meets.map((suggestion) => suggestion.need),
			reasons,
			order,
			urgent: meets.some((suggestion) => suggestion.need === 'emergency-safety')
		});
	});
	return out
		.sort((a, b) => Number(b.urgent) - Number(a.urgent) || b.needs.length - a.needs.length || a.order - b.order)
		.slice(0, limit)
		.map(({ id, needs: met, reasons }) => ({ id, needs: met, reasons }));
}
