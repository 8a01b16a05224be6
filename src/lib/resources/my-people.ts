/**
 * The person's own sources of help in the directory: people they can ask, community groups and
 * places of worship they added ("people I can ask", db/my-resources.repo.ts), shown for the needs
 * they help with. A need counts when the person ticked it, or when their own words about how
 * someone helps name it ("beras tiap Jumat" is food, "pinjam uang" money): entries made before
 * needs could be ticked still show. Pure: people come in as plain records.
 */
import type { Person } from '$lib/db/my-resources.schema';
import { searchWords } from './search';
import { NEED_CODES, type NeedCode } from './taxonomy';
import { keywordsOf } from './taxonomy-keywords';

export interface PersonMatch {
	person: Person;
	/** The needs asked for that this person helps with, in the order asked. */
	needs: NeedCode[];
	/** True when only their words, not a ticked need, say so. */
	fromWords: boolean;
}

const NEED_WORDS: ReadonlyMap<NeedCode, { words: Set<string>; phrases: string[][] }> = new Map(
	NEED_CODES.map((code) => {
		const keywords = keywordsOf(code);
		const split = keywords.map(searchWords).filter((words) => words.length > 0);
		return [code, { words: new Set(split.filter((words) => words.length === 1).map((words) => words[0]!)), phrases: split.filter((words) => words.length > 1) }];
	})
);

/** The categories of need a text names through Langkah's everyday words. */
export function needsNamedIn(text: string): NeedCode[] {
	const words = searchWords(text);
	if (words.length === 0) return [];
	const folded = ` ${words.join(' ')} `;
	return NEED_CODES.filter((code) => {
		const { words: single, phrases } = NEED_WORDS.get(code)!;
		return words.some((word) => single.has(word)) || phrases.some((phrase) => folded.includes(` ${phrase.join(' ')} `));
	});
}

/** The needs someone helps with: those ticked, and those their description names. */
export function needsOfPerson(person: Person): { ticked: NeedCode[]; fromWords: NeedCode[] } {
	const ticked = person.needs ?? [];
	return { ticked, fromWords: needsNamedIn(person.howTheyCanHelp).filter((code) => !ticked.includes(code)) };
}

/**
 * The people who help with any of `needs`: those helping with more of them first, then those whose
 * needs were ticked, then in the order given (most recently changed first, as listPeople gives).
 */
export function peopleForNeeds(people: readonly Person[], needs: readonly NeedCode[]): PersonMatch[] {
	if (needs.length === 0) return [];
	const matches: (PersonMatch & { order: number })[] = [];
	people.forEach((person, order) => {
		const { ticked, fromWords } = needsOfPerson(person);
		const met = needs.filter((need) => ticked.includes(need) || fromWords.includes(need));
		if (met.length === 0) return;
		matches.push({ person, needs: met, fromWords: !met.some((need) => ticked.includes(need)), order });
	});
	return matches
		.sort((a, b) => b.needs.length - a.needs.length || Number(a.fromWords) - Number(b.fromWords) || a.order - b.order)
		.map(({ person, needs: met, fromWords }) => ({ person, needs: met, fromWords }));
}
