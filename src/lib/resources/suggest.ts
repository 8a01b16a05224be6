/**
 * "Services that may help": from what a person said in "Tell it" (the parts of life touched, the
 * questions about danger and about thoughts of ending one's life) and the needs "Weigh my options" found (what an option needs that they cannot
 * get, an option that may not be safe), the categories of need that fit, each with the reason, and
 * the directory's services in those categories. Pure: answers come in as plain values.
 */
import type { SearchDocument } from './search';
import { coverageIncludes } from './regions';
import { termWithDescendants, type NeedCode } from './taxonomy';

/** The parts of life in the tell flow's "areas" step and the categories each points to. */
export const TELL_AREA_NEEDS: Readonly<Record<string, readonly NeedCode[]>> = {
	// "Kesehatan dan tubuh": a body that does not work as it did is a disability need too.
	health: ['health', 'disability'],
	feelings: ['mental-health'],
	// "Keluarga dan hubungan": children, their schooling, and older parents to care for.
	family: ['family-children', 'education', 'older-people'],
	// "Uang dan pekerjaan": money, debts, work, and the food that money problems cut first.
	money: ['money-aid', 'debt', 'work', 'food'],
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

/** Where the person is, for suggestions: their area's own services first, other areas' left out. */
export interface SuggestOptions {
	area?: { province?: string; regency?: string };
}

function isLocal(document: SearchDocument): boolean {
	return !document.coverage.national && (document.coverage.provinces.length > 0 || document.coverage.regencies.length > 0);
}

/**
 * The services in the suggested categories, every category named getting its turn: the best
 * service for the first category, then the best for the second, and so on round again, so that
 * money, housing and safety each show near the top (at most `limit`; the page shows more on
 * request). Safety comes first only when it was asked for. Within a category: services whose main
 * need it is first, then those of the person's area, those meeting more of the needs, then in the
 * order of `documents`. Services for one province show only for a person in it. Each says which
 * needs it meets and why they were asked.
 */
export function suggestServices(input: SuggestInput, documents: readonly SearchDocument[], limit = Infinity, options: SuggestOptions = {}): ServiceSuggestion[] {
	const needs = suggestedNeeds(input);
	if (needs.length === 0) return [];
	const area = options.area && (options.area.province || options.area.regency) ? options.area : undefined;
	// Emergency lines lead when safety was asked for at all, whatever the order it was named in; then
	// the main need of each part of life named, then their second needs, and so on.
	const rankInArea = (suggestion: NeedSuggestion) =>
		Math.min(...suggestion.reasons.map((reason) => (reason.kind === 'area' ? Math.max(0, (TELL_AREA_NEEDS[reason.area] ?? []).indexOf(suggestion.need)) : 0)));
	const ordered = needs
		.map((suggestion, order) => ({ suggestion, order, rank: rankInArea(suggestion) }))
		.sort((a, b) => Number(b.suggestion.need === 'emergency-safety') - Number(a.suggestion.need === 'emergency-safety') || a.rank - b.rank || a.order - b.order)
		.map(({ suggestion }) => suggestion);
	const wanted = ordered.map((suggestion) => ({ ...suggestion, terms: new Set<string>(termWithDescendants(suggestion.need)) }));
	const candidates = documents
		.map((document, order) => ({ document, order, meets: wanted.filter((suggestion) => document.terms.some((term) => suggestion.terms.has(term))) }))
		.filter(({ document, meets }) => meets.length > 0 && (!isLocal(document) || (area !== undefined && coverageIncludes(document.coverage, area))));
	const lists = wanted.map((suggestion) =>
		candidates
			.filter(({ meets }) => meets.includes(suggestion))
			.map((candidate) => ({ ...candidate, position: candidate.document.terms.findIndex((term) => suggestion.terms.has(term)) }))
			.sort(
				(a, b) =>
					a.position - b.position ||
					Number(isLocal(b.document)) - Number(isLocal(a.document)) ||
					b.meets.length - a.meets.length ||
					a.order - b.order
			)
	);
	const out: ServiceSuggestion[] = [];
	const taken = new Set<string>();
	const next = lists.map(() => 0);
	while (out.length < limit) {
		let added = false;
		for (let i = 0; i < lists.length && out.length < limit; i++) {
			const list = lists[i]!;
			while (next[i]! < list.length && taken.has(list[next[i]!]!.document.id)) next[i]!++;
			const candidate = list[next[i]!];
			if (!candidate) continue;
			next[i]!++;
			taken.add(candidate.document.id);
			added = true;
			const reasons: SuggestReason[] = [];
			for (const suggestion of candidate.meets) for (const reason of suggestion.reasons) if (!reasons.some((known) => sameReason(known, reason))) reasons.push(reason);
			// Needs in the order they were suggested.
			const met = needs.filter((suggestion) => candidate.meets.some((meet) => meet.need === suggestion.need)).map((suggestion) => suggestion.need);
			out.push({ id: candidate.document.id, needs: met, reasons });
		}
		if (!added) break;
	}
	return out;
}
