/**
 * Search as you type over the directory's services, in Indonesian and English at once. Text is
 * folded (lower case, accents and punctuation removed) and split into words; every word of the
 * query must match a service (in any order), by the whole word, its beginning (as it is typed), or
 * with a small typo (one edit from 5 letters, two from 8). Words that match nothing anywhere
 * ("saya", "please") are ignored. A bilingual concept map ties words to Langkah's categories:
 * "uang", "duit" and "money" all find the services in "money and social aid", "kekerasan" and
 * "violence" those in "violence and abuse". Filters: category, resource-system kind, area,
 * free of charge, open at a given time. "Open at" leaves out only the services whose schedules say
 * they are closed: a service whose hours are not known (112, 119 and SAPA 129 among the bundled
 * lines) stays, marked, after the services known to be open. Hiding it would hide an emergency
 * line at the very hour someone needs it, and a person reads "open now" as "not closed", not as
 * "only what the list happens to know".
 * The index is built once (`new SearchIndex(documents)`); a query only looks up words.
 */
import type { DirectoryIndex } from './directory';
import type { Schedule, ServiceDetail } from './hsds';
import { isFreeOfCharge, serviceNotes } from './notes';
import { coverageIncludes, provinceOfRegency, regionsNamed, type AreaCoverage } from './regions';
import { isOpenAt, type OpenNowOptions } from './schedule';
import { keywordsOf } from './taxonomy-keywords';
import { nextTask, slicer } from './yield';
import {
	isNeedCode,
	TAXONOMY_TERMS,
	termTextKey,
	termWithDescendants,
	type NeedCode,
	type ResourceText,
	type SystemCode,
	type SystemKind,
	type TermCode
} from './taxonomy';

/** One service as the index sees it. */
export interface SearchDocument {
	id: string;
	/** Names (service, organization, alternate names), in every language known. */
	titles: string[];
	/** Other text people may search by: what it is for, who it is for, areas, phone numbers. */
	texts: string[];
	terms: TermCode[];
	coverage: AreaCoverage;
	free: boolean;
	schedules: Schedule[];
}

export interface SearchFilters {
	/** Services in any of these categories (or below them). */
	needs?: readonly NeedCode[];
	/** Services of any of these resource-system kinds or sub-kinds. */
	systems?: readonly (SystemKind | SystemCode)[];
	/** Services that serve this area; national services (and those without a known area) always do. */
	area?: { province?: string; regency?: string };
	freeOnly?: boolean;
	/**
	 * Services not closed at this moment: open by their schedules, or with hours not known (kept,
	 * and put after the open ones). Each hit then says which (`hours`).
	 */
	openAt?: Date;
	openNow?: OpenNowOptions;
}

/** With the `openAt` filter: open by the service's schedules, or its hours are not known. */
export type HoursAt = 'open' | 'unknown';

export interface SearchHit {
	id: string;
	score: number;
	/** Only with the `openAt` filter. */
	hours?: HoursAt;
}

export interface SearchIndexOptions {
	/** Category names as people read them, in every language (added to each service's words). */
	termNames?: Partial<Record<TermCode, readonly string[]>>;
}

const STOP_WORDS = new Set([
	// Indonesian
	'dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'dengan', 'atau', 'ini', 'itu', 'saya', 'aku', 'kamu', 'ada', 'tidak', 'juga',
	'bisa', 'akan', 'pada', 'oleh', 'para', 'sebuah', 'seorang', 'mau', 'ingin', 'butuh', 'perlu', 'tolong', 'cari', 'mencari',
	// English
	'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'is', 'are', 'be', 'i', 'me', 'my', 'you',
	'your', 'it', 'this', 'that', 'need', 'want', 'find', 'please', 'some'
]);

/** Lower case, accents removed, anything but letters and digits made a space. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The searchable words of a text (folded, without stop words). */
export function searchWords(text: string): string[] {
	return foldText(text)
		.split(' ')
		.filter((word) => word !== '' && !STOP_WORDS.has(word));
}

/** Edit distance with swaps of neighbours (optimal string alignment), or max + 1 once above `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previous2: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
			current.push(value);
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		previous2 = previous;
		previous = current;
	}
	return previous[b.length]!;
}

function typosAllowed(word: string): number {
	if (word.length >= 8) return 2;
	if (word.length >= 5) return 1;
	return 0;
}

function coverageOf(detail: ServiceDetail): AreaCoverage {
	const coverage: AreaCoverage = { national: false, provinces: [], regencies: [] };
	const names = [
		...detail.serviceAreas.map((area) => area.name ?? ''),
		...detail.locations.flatMap((location) => location.addresses.flatMap((address) => [address.state_province, address.city]))
	];
	for (const name of names) {
		const found = regionsNamed(name);
		if (found.national) coverage.national = true;
		for (const code of found.provinces) if (!coverage.provinces.includes(code)) coverage.provinces.push(code);
		for (const code of found.regencies) if (!coverage.regencies.includes(code)) coverage.regencies.push(code);
	}
	return coverage;
}

function textsOf(detail: ServiceDetail): { titles: string[]; texts: string[] } {
	const { service, organization } = detail;
	const titles = [service.name, service.alternate_name, organization?.name, organization?.alternate_name];
	const texts = [
		service.description,
		service.eligibility_description,
		organization?.description,
		detail.program?.name,
		...detail.serviceAreas.map((area) => area.name),
		...detail.phones.map(({ phone }) => phone.number),
		...detail.locations.flatMap((location) => [location.location?.name, ...location.addresses.map((address) => address.city)])
	];
	const present = (values: (string | undefined)[]) => values.filter((value): value is string => typeof value === 'string' && value !== '');
	return { titles: present(titles), texts: present(texts) };
}

/**
 * The search document of a service. `sameServiceInOtherLanguages` are the same service put
 * together in the other languages (the bundled directory), so either language finds it.
 */
export function searchDocumentFor(detail: ServiceDetail, sameServiceInOtherLanguages: readonly ServiceDetail[] = []): SearchDocument {
	const notes = serviceNotes(detail);
	const { titles, texts } = textsOf(detail);
	for (const other of sameServiceInOtherLanguages) {
		const more = textsOf(other);
		titles.push(...more.titles);
		texts.push(...more.texts);
	}
	return {
		id: detail.service.id,
		titles,
		texts,
		terms: [...notes.needs, ...notes.systems],
		coverage: coverageOf(detail),
		free: isFreeOfCharge(detail.costOptions),
		schedules: [...detail.schedules, ...detail.locations.flatMap((location) => location.schedules)]
	};
}

/**
 * The search documents of every service in a directory. `otherLanguages` are the same directory
 * put together in other languages (the bundled one): a service found there by id adds its text.
 */
export function searchDocumentsFor(index: DirectoryIndex, otherLanguages: readonly DirectoryIndex[] = []): SearchDocument[] {
	return index.services().map((detail) =>
		searchDocumentFor(
			detail,
			otherLanguages.map((other) => other.serviceDetail(detail.service.id)).filter((other): other is ServiceDetail => other !== undefined)
		)
	);
}

/** `searchDocumentsFor` (of the services `include` keeps), a slice at a time so that the page stays responsive (big directories). */
export async function searchDocumentsSliced(
	index: DirectoryIndex,
	otherLanguages: readonly DirectoryIndex[] = [],
	every = 500,
	include: (serviceId: string) => boolean = () => true
): Promise<SearchDocument[]> {
	const documents: SearchDocument[] = [];
	const slices = slicer(every);
	for (const id of index.serviceIds()) {
		if (!include(id)) continue;
		const detail = index.serviceDetail(id);
		if (!detail) continue;
		const others = otherLanguages.map((other) => other.serviceDetail(detail.service.id)).filter((other): other is ServiceDetail => other !== undefined);
		documents.push(searchDocumentFor(detail, others));
		await slices.tick();
	}
	return documents;
}

/** Category names in each language given, for `SearchIndexOptions.termNames`. */
export function termNamesIn(texts: readonly ResourceText[]): Partial<Record<TermCode, string[]>> {
	return Object.fromEntries(TAXONOMY_TERMS.map((term) => [term.code, texts.map((text) => text(termTextKey(term.code, 'name')))]));
}

const DIGITS_ONLY = /^\d+$/;
/** The highest score a hit can sort by, in hundredths (far above any real query's). */
const MAX_SCORE = 99_999;
const TITLE_WEIGHT = 3;
const TERM_NAME_WEIGHT = 2;
const TEXT_WEIGHT = 1;
const CONCEPT_WEIGHT = 2;
const QUALITY = { exact: 1, prefix: 0.8, typo: 0.6, typoPrefix: 0.45 } as const;
/** How many steps of fit (`#fitRanker`) a sort key holds. */
const FIT_LEVELS = 32;
/** Needs for which emergency lines come first. */
const SAFETY_NEEDS: ReadonlySet<NeedCode> = new Set(['emergency-safety', 'violence-abuse']);

type Matches = Map<number, number>;

/** A search's hits as sort keys, best first, with the hours of each (by document) under `openAt`. */
interface Ranked {
	sorted: Float64Array;
	hours: (HoursAt | undefined)[];
	hoursUnknown: number;
}

export class SearchIndex {
	readonly documents: readonly SearchDocument[];
	readonly #postings = new Map<string, Map<number, number>>();
	readonly #termDocs = new Map<TermCode, Set<number>>();
	readonly #conceptWords = new Map<string, Set<TermCode>>();
	readonly #conceptPhrases: { words: string[]; term: TermCode }[] = [];
	readonly #termNameWords: Map<TermCode, string[]>;
	#sortedWords: string[];
	/** Words by length, for typos: words with a letter and words of digits only apart (a typo never crosses). */
	readonly #wordsByLength = { letters: new Map<number, string[]>(), digits: new Map<number, string[]>() };
	/** Each document's place in name order (then id), so that sorting hits compares numbers. */
	#nameRank: Int32Array;
	/** The documents in name order (the inverse of `#nameRank`). */
	#byNameRank: Int32Array;
	readonly #cache = new Map<string, Matches>();
	/** Each document's needs (its terms that are needs, in order), for ranking by fit without work per search. */
	readonly #needsOf: NeedCode[][];
	/** Each document's emergency (1) and local (2) flags, for ranking by fit. */
	readonly #fitFlags: Uint8Array;

	/** `deferred`: the documents are added by `build`, a slice at a time. */
	constructor(documents: readonly SearchDocument[], options: SearchIndexOptions = {}, deferred = false) {
		this.documents = documents;
		this.#needsOf = new Array(documents.length);
		this.#fitFlags = new Uint8Array(documents.length);
		this.#termNameWords = this.#concepts(options);
		if (!deferred) documents.forEach((document, index) => this.#addDocument(document, index));
		this.#sortedWords = deferred ? [] : this.#vocabulary();
		[this.#nameRank, this.#byNameRank] = deferred ? [new Int32Array(), new Int32Array()] : this.#nameOrder();
	}

	/** The same index, built a slice at a time so that the page stays responsive (big directories). */
	static async build(documents: readonly SearchDocument[], options: SearchIndexOptions = {}, every = 2000): Promise<SearchIndex> {
		const index = new SearchIndex(documents, options, true);
		const slices = slicer(every);
		for (let i = 0; i < documents.length; i++) {
			index.#addDocument(documents[i]!, i);
			await slices.tick();
		}
		// The two sorts, each its own task.
		await nextTask();
		index.#sortedWords = index.#vocabulary();
		await nextTask();
		[index.#nameRank, index.#byNameRank] = index.#nameOrder();
		return index;
	}

	#concepts(options: SearchIndexOptions): Map<TermCode, string[]> {
		const termNameWords = new Map<TermCode, string[]>();
		for (const [code, names] of Object.entries(options.termNames ?? {}) as [TermCode, readonly string[]][]) {
			termNameWords.set(code, names.flatMap(searchWords));
			this.#addConcept(code, names);
		}
		for (const term of TAXONOMY_TERMS) this.#addConcept(term.code, keywordsOf(term.code));
		return termNameWords;
	}

	#addDocument(document: SearchDocument, index: number): void {
		const needs = document.terms.filter(isNeedCode);
		this.#needsOf[index] = needs;
		const local = !document.coverage.national && (document.coverage.provinces.length > 0 || document.coverage.regencies.length > 0);
		this.#fitFlags[index] = (needs.includes('emergency-safety') ? 1 : 0) | (local ? 2 : 0);
		const termNameWords = this.#termNameWords;
		const add = (words: string[], weight: number) => {
			for (const word of words) {
				let posting = this.#postings.get(word);
				if (!posting) this.#postings.set(word, (posting = new Map()));
				if ((posting.get(index) ?? 0) < weight) posting.set(index, weight);
			}
		};
		add(document.titles.flatMap(searchWords), TITLE_WEIGHT);
		add(document.texts.flatMap(searchWords), TEXT_WEIGHT);
		for (const term of document.terms) {
			add(termNameWords.get(term) ?? [], TERM_NAME_WEIGHT);
			let docs = this.#termDocs.get(term);
			if (!docs) this.#termDocs.set(term, (docs = new Set()));
			docs.add(index);
		}
	}

	/** The vocabulary, sorted, and by length for typos. */
	#vocabulary(): string[] {
		const sortedWords = [...new Set([...this.#postings.keys(), ...this.#conceptWords.keys()])].sort();
		this.#wordsByLength.letters.clear();
		this.#wordsByLength.digits.clear();
		for (const word of sortedWords) {
			const byLength = DIGITS_ONLY.test(word) ? this.#wordsByLength.digits : this.#wordsByLength.letters;
			const list = byLength.get(word.length);
			if (list) list.push(word);
			else byLength.set(word.length, [word]);
		}
		return sortedWords;
	}

	/** Each document's place in name order, and the documents in that order. */
	#nameOrder(): [Int32Array, Int32Array] {
		const documents = this.documents;
		const sortKeys = documents.map((document) => foldText(document.titles[0] ?? ''));
		const order = documents.map((_, index) => index).sort((a, b) => compareNames(sortKeys, documents, a, b));
		const nameRank = new Int32Array(documents.length);
		order.forEach((index, rank) => (nameRank[index] = rank));
		return [nameRank, Int32Array.from(order)];
	}

	#addConcept(term: TermCode, phrases: readonly string[]): void {
		for (const phrase of phrases) {
			const words = searchWords(phrase);
			if (words.length === 1) {
				const word = words[0]!;
				const terms = this.#conceptWords.get(word);
				if (terms) terms.add(term);
				else this.#conceptWords.set(word, new Set([term]));
			} else if (words.length > 1) this.#conceptPhrases.push({ words, term });
		}
	}

	/** Vocabulary words a query word may mean, with how well they match. */
	#candidates(token: string): [string, number][] {
		const found = new Map<string, number>();
		const offer = (word: string, quality: number) => {
			if ((found.get(word) ?? 0) < quality) found.set(word, quality);
		};
		if (this.#postings.has(token) || this.#conceptWords.has(token)) offer(token, QUALITY.exact);
		if (token.length >= 2) {
			// Words that begin with the token: binary search for the first, then walk on.
			let low = 0;
			let high = this.#sortedWords.length;
			while (low < high) {
				const middle = (low + high) >> 1;
				if (this.#sortedWords[middle]! < token) low = middle + 1;
				else high = middle;
			}
			for (let i = low; i < this.#sortedWords.length && this.#sortedWords[i]!.startsWith(token); i++) {
				if (this.#sortedWords[i] !== token) offer(this.#sortedWords[i]!, QUALITY.prefix);
			}
		}
		const typos = typosAllowed(token);
		if (typos > 0) {
			const wordsByLength = DIGITS_ONLY.test(token) ? this.#wordsByLength.digits : this.#wordsByLength.letters;
			for (let length = token.length - typos; length <= token.length + typos; length++) {
				for (const word of wordsByLength.get(length) ?? []) {
					if (!found.has(word) && editDistance(token, word, typos) <= typos) offer(word, QUALITY.typo);
				}
			}
			// A typo in a word still being typed: compare with the beginnings of longer words.
			if (token.length >= 5) {
				for (const [length, words] of wordsByLength) {
					if (length <= token.length + typos) continue;
					for (const word of words) {
						if (!found.has(word) && editDistance(token, word.slice(0, token.length), typos) <= typos) offer(word, QUALITY.typoPrefix);
					}
				}
			}
		}
		return [...found];
	}

	/** The documents one query word finds, with scores. */
	#match(token: string): Matches {
		const cached = this.#cache.get(token);
		if (cached) return cached;
		const matches: Matches = new Map();
		const credit = (index: number, score: number) => {
			if ((matches.get(index) ?? 0) < score) matches.set(index, score);
		};
		for (const [word, quality] of this.#candidates(token)) {
			for (const [index, weight] of this.#postings.get(word) ?? []) credit(index, weight * quality);
			for (const term of this.#conceptWords.get(word) ?? []) {
				for (const index of this.#termDocs.get(term) ?? []) credit(index, CONCEPT_WEIGHT * quality);
			}
		}
		if (this.#cache.size > 200) this.#cache.clear();
		this.#cache.set(token, matches);
		return matches;
	}

	#passes(document: SearchDocument, filters: SearchFilters): boolean {
		if (filters.needs && filters.needs.length > 0) {
			const wanted = new Set(filters.needs.flatMap(termWithDescendants));
			if (!document.terms.some((term) => wanted.has(term))) return false;
		}
		if (filters.systems && filters.systems.length > 0) {
			const wanted = new Set(filters.systems.flatMap(termWithDescendants));
			if (!document.terms.some((term) => wanted.has(term))) return false;
		}
		if (filters.area && !coverageIncludes(document.coverage, filters.area)) return false;
		if (filters.freeOnly && !document.free) return false;
		return true;
	}

	/** Whether a document is open at the filter's time, its hours unknown, or (undefined) closed. */
	#hoursAt(document: SearchDocument, at: Date, options: OpenNowOptions | undefined): HoursAt | undefined {
		const open = isOpenAt(document.schedules, at, options);
		return open === undefined ? 'unknown' : open ? 'open' : undefined;
	}

	/** The categories of need a query's words name through the concept map ("pinjol" names debt), whole or begun. */
	#conceptNeeds(tokens: readonly string[]): Set<NeedCode> {
		const needs = new Set<NeedCode>();
		const folded = ` ${tokens.join(' ')} `;
		for (const token of tokens) {
			// As the word is typed too: "konta" already means what "kontrakan" means.
			for (const [word, quality] of this.#candidates(token)) {
				if (quality < QUALITY.prefix) continue;
				for (const term of this.#conceptWords.get(word) ?? []) if (isNeedCode(term)) needs.add(term);
			}
		}
		for (const phrase of this.#conceptPhrases) if (isNeedCode(phrase.term) && folded.includes(` ${phrase.words.join(' ')} `)) needs.add(phrase.term);
		return needs;
	}

	/** The categories of need a query names ("kontrakan" names housing), places left out. */
	needsNamedBy(query: string): NeedCode[] {
		return [...this.#conceptNeeds(placesInQuery(query).rest)];
	}

	/**
	 * How well a service fits what is asked, lower is better (below FIT_LEVELS), for hits of equal
	 * score. Emergency lines come first when a safety need is asked for (by a filter or by the
	 * words) or "open now" is on, and only then: otherwise they go after the others, which a person
	 * who needs a kontrakan or a job reads first. Without an area chosen, national services before those serving one province;
	 * with an area chosen (or a place named), its own services first. Then services whose main need
	 * is the one asked for (needs are listed main first); with no need asked, the entry points that
	 * serve many needs first.
	 */
	#fitRanker(tokens: readonly string[], filters: SearchFilters): (index: number) => number {
		const wanted = new Set<NeedCode>([...(filters.needs ?? []), ...this.#conceptNeeds(tokens)]);
		// "Open now" is asked at any hour, often in a hurry: the emergency lines lead it too.
		const emergencyFirst = [...wanted].some((need) => SAFETY_NEEDS.has(need)) || filters.openAt !== undefined;
		const area = filters.area && (filters.area.province || filters.area.regency) ? filters.area : undefined;
		const needsOf = this.#needsOf;
		const flags = this.#fitFlags;
		return (index) => {
			const needs = needsOf[index]!;
			const isEmergency = (flags[index]! & 1) === 1;
			const emergency = isEmergency === emergencyFirst ? 0 : 1;
			let needRank: number;
			if (wanted.size > 0) {
				const at = needs.findIndex((need) => wanted.has(need));
				needRank = at < 0 ? 3 : Math.min(at, 3);
			} else needRank = 3 - Math.min(3, Math.max(0, needs.length - 1));
			const local = (flags[index]! & 2) === 2;
			// Without an area, the offices of 38 provinces would crowd out the national entry points.
			if (!area) return (local ? 16 : 0) + emergency * 8 + needRank;
			return emergency * 16 + (local ? 0 : 4) + needRank;
		};
	}

	/**
	 * The services matching a query and filters, best first: by score, then fit (`#fitRanker`), then name.
	 * Every query word that matches something must match each result.
	 */
	search(query: string, filters: SearchFilters = {}): SearchHit[] {
		const ranked = this.#rank(query, filters);
		return ranked ? this.#hits(ranked, ranked.sorted.length) : [];
	}

	/** The first `limit` hits of `search`, with how many there are in all and how many of unknown hours. */
	searchPage(query: string, filters: SearchFilters, limit: number): { hits: SearchHit[]; total: number; hoursUnknown: number } {
		const ranked = this.#rank(query, filters);
		if (!ranked) return { hits: [], total: 0, hoursUnknown: 0 };
		return { hits: this.#hits(ranked, limit), total: ranked.sorted.length, hoursUnknown: ranked.hoursUnknown };
	}

	/** The first `limit` hits of a ranking. */
	#hits(ranked: Ranked, limit: number): SearchHit[] {
		const { sorted, hours } = ranked;
		const count = this.documents.length;
		const byRank = this.#byNameRank;
		const length = Math.min(limit, sorted.length);
		const hits: SearchHit[] = new Array(length);
		for (let i = 0; i < length; i++) {
			const key = sorted[i]!;
			const index = byRank[key % count]!;
			const score = (MAX_SCORE - (Math.floor(key / count / FIT_LEVELS) % (MAX_SCORE + 1))) / 100;
			const at = hours[index];
			hits[i] = at ? { id: this.documents[index]!.id, score, hours: at } : { id: this.documents[index]!.id, score };
		}
		return hits;
	}

	/** The sort keys of every hit, best first (undefined when nothing matches). */
	#rank(query: string, filters: SearchFilters): Ranked | undefined {
		// A place named in the query ("Bandung", "kos jawa barat") is where the person looks: its words
		// become an area, and the rest is searched within it.
		const named = placesInQuery(query);
		const tokens = [...new Set(named.rest)];
		const places = named.places;
		// Candidates and their scores in two parallel arrays: tens of thousands of hits stay cheap.
		let candidates: number[] | undefined;
		let scores: number[] = [];
		for (const token of tokens) {
			const matches = this.#match(token);
			if (matches.size === 0) continue;
			if (!candidates) {
				candidates = [...matches.keys()];
				scores = [...matches.values()];
				continue;
			}
			const keptCandidates: number[] = [];
			const keptScores: number[] = [];
			for (let i = 0; i < candidates.length; i++) {
				const more = matches.get(candidates[i]!);
				if (more === undefined) continue;
				keptCandidates.push(candidates[i]!);
				keptScores.push(scores[i]! + more);
			}
			candidates = keptCandidates;
			scores = keptScores;
		}
		// A phrase from the concept map ("bunuh diri", "rumah sakit") finds its category too.
		const folded = ` ${tokens.join(' ')} `;
		for (const phrase of this.#conceptPhrases) {
			if (!folded.includes(` ${phrase.words.join(' ')} `)) continue;
			const docs = this.#termDocs.get(phrase.term) ?? new Set<number>();
			if (!candidates) {
				candidates = [...docs];
				scores = candidates.map(() => CONCEPT_WEIGHT * phrase.words.length);
				continue;
			}
			const at = new Map(candidates.map((index, i) => [index, i]));
			for (const index of docs) {
				const i = at.get(index);
				if (i !== undefined) scores[i] = scores[i]! + CONCEPT_WEIGHT;
				else {
					candidates.push(index);
					scores.push(CONCEPT_WEIGHT);
				}
			}
		}
		if (!candidates) {
			if (tokens.length > 0 && tokens.some((token) => this.#match(token).size === 0)) {
				// Nothing in the query matched anything: no results rather than everything.
				return undefined;
			}
			candidates = this.documents.map((_, index) => index);
			scores = candidates.map(() => 0);
		}
		// One number a hit sorts by: open before unknown hours, higher score, better fit, then name order.
		// Scores are sums of weights times qualities, kept to 1/100; everything stays below 2^53.
		const fit = this.#fitRanker(tokens, places.length > 0 && !filters.area ? { ...filters, area: places[0] } : filters);
		const count = this.documents.length;
		const keys = new Float64Array(candidates.length);
		const hours: (HoursAt | undefined)[] = [];
		let kept = 0;
		let hoursUnknown = 0;
		for (let i = 0; i < candidates.length; i++) {
			const index = candidates[i]!;
			const document = this.documents[index]!;
			if (!this.#passes(document, filters)) continue;
			if (places.length > 0 && !places.some((place) => coverageIncludes(document.coverage, place))) continue;
			let unknownHours = 0;
			if (filters.openAt) {
				const at = this.#hoursAt(document, filters.openAt, filters.openNow);
				if (!at) continue;
				hours[index] = at;
				unknownHours = at === 'unknown' ? 1 : 0;
				hoursUnknown += unknownHours;
			}
			const rankOfScore = MAX_SCORE - Math.min(MAX_SCORE, Math.round(scores[i]! * 100));
			keys[kept++] = ((unknownHours * (MAX_SCORE + 1) + rankOfScore) * FIT_LEVELS + fit(index)) * count + this.#nameRank[index]!;
		}
		return { sorted: keys.subarray(0, kept).sort(), hours, hoursUnknown };
	}
}

/**
 * Words that name a place but are far more often ordinary words in a search ("batu" is a stone,
 * "buru" a hurry): read as words. Cities people search by (Medan, Malang, Palu) stay places.
 */
const NOT_PLACES = new Set(['batu', 'bone', 'metro', 'batang', 'banjar', 'pati', 'lebak', 'buru', 'toba', 'karo']);

/** The areas of a place, as SearchFilters take them: each regency, or the province. */
export type PlaceArea = { province: string; regency?: string };

/**
 * The places a query names, longest names first ("kota bandung", "jawa barat", "sleman"), and
 * the query's other words. A name shared by a regency and a city ("Bandung") gives both.
 */
export function placesInQuery(query: string): { places: PlaceArea[]; rest: string[] } {
	const words = searchWords(query);
	const places: PlaceArea[] = [];
	const rest: string[] = [];
	for (let i = 0; i < words.length; ) {
		let taken = 0;
		for (let length = Math.min(3, words.length - i); length >= 1 && taken === 0; length--) {
			const name = words.slice(i, i + length).join(' ');
			if (length === 1 && (NOT_PLACES.has(name) || name.length < 3 || /^\d+$/.test(name))) continue;
			const found = regionsNamed(name);
			if (found.national) continue;
			for (const regency of found.regencies) places.push({ province: provinceOfRegency(regency), regency });
			for (const province of found.provinces) if (!found.regencies.some((regency) => provinceOfRegency(regency) === province)) places.push({ province });
			if (found.regencies.length + found.provinces.length > 0) taken = length;
		}
		if (taken > 0) i += taken;
		else rest.push(words[i++]!);
	}
	return { places, rest };
}

/** Name order (folded names), then id order for services of the same name. */
function compareNames(sortKeys: readonly string[], documents: readonly SearchDocument[], a: number, b: number): number {
	const [nameA, nameB] = [sortKeys[a]!, sortKeys[b]!];
	if (nameA !== nameB) return nameA < nameB ? -1 : 1;
	const [idA, idB] = [documents[a]!.id, documents[b]!.id];
	return idA < idB ? -1 : idA > idB ? 1 : 0;
}
