/**
 * Langkah's embedded HSDS taxonomy, with two branches: the kind of need a service meets, and the
 * kind of resource system it belongs to (informal, formal, societal). A second, small taxonomy
 * holds the notes Langkah attaches to records as HSDS attributes: the source of an entry, an
 * UNCONFIRMED caution, what to do if it does not work out, another service to try, and which
 * phone numbers are WhatsApp numbers.
 * Term names and descriptions live in locales/{id,en}/resources.json under `taxonomy.terms.<code>`
 * and `notes.terms.<code>`; the search keywords (both languages, never shown) in
 * ./taxonomy-keywords.ts, which only search code loads (every page that stores data loads this file).
 * Ids are derived from the codes (`stableUuid`), so they stay the same in every release.
 */
import type { DirectoryRecord } from './hsds';
import { NEED_CODES, type NeedCode } from './need-codes';
import { stableUuid } from './stable-uuid';

/** Looks up text in the `resources` namespace: a key without the namespace ("taxonomy.name"). */
export type ResourceText = (key: string) => string;

export type Messages = { [key: string]: string | Messages };

/** A ResourceText reading a locale file's messages directly (tests, scripts, workers). */
export function resourceTextFrom(messages: Messages): ResourceText {
	return (key) => {
		let node: string | Messages | undefined = messages;
		for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
		if (typeof node !== 'string') throw new Error(`No text for resources:${key}`);
		return node;
	};
}

export { NEED_CODES, type NeedCode };

export const SYSTEM_KINDS = ['informal', 'formal', 'societal'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const SYSTEM_CODES = [
	'informal',
	'informal-family',
	'informal-friends',
	'informal-neighbours',
	'informal-faith',
	'formal',
	'formal-community',
	'formal-ngo',
	'formal-self-help',
	'formal-union',
	'societal',
	'societal-government',
	'societal-health-centre',
	'societal-school',
	'societal-court',
	'societal-police'
] as const;
export type SystemCode = (typeof SYSTEM_CODES)[number];

/** The two branch roots. */
export const BRANCH_CODES = ['need', 'system'] as const;
export type BranchCode = (typeof BRANCH_CODES)[number];

export type TermCode = BranchCode | NeedCode | SystemCode;

export const NOTE_CODES = ['note-source', 'note-unconfirmed', 'note-if-not-working', 'note-try-instead', 'note-whatsapp'] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export interface TermDefinition {
	code: TermCode;
	parent?: TermCode;
}

function systemParent(code: SystemCode): TermCode {
	return code.includes('-') ? (code.split('-')[0] as SystemKind) : 'system';
}

export const TAXONOMY_TERMS: readonly TermDefinition[] = [
	{ code: 'need' },
	...NEED_CODES.map((code) => ({ code, parent: 'need' as const })),
	{ code: 'system' },
	...SYSTEM_CODES.map((code) => ({ code, parent: systemParent(code) }))
];

export const RESOURCES_TAXONOMY_ID = stableUuid('langkah:taxonomy:resources');
export const NOTES_TAXONOMY_ID = stableUuid('langkah:taxonomy:notes');

/** The HSDS id of one of Langkah's terms (category or note). */
export function termId(code: TermCode | NoteCode): string {
	return stableUuid(`langkah:term:${code}`);
}

const CODE_BY_ID: ReadonlyMap<string, TermCode | NoteCode> = new Map(
	[...TAXONOMY_TERMS.map((term) => term.code), ...NOTE_CODES].map((code) => [termId(code), code])
);

/** The code of one of Langkah's terms from its HSDS id; undefined for any other term. */
export function termCodeOfId(id: string | undefined): TermCode | NoteCode | undefined {
	return id === undefined ? undefined : CODE_BY_ID.get(id);
}

export function isNeedCode(value: unknown): value is NeedCode {
	return typeof value === 'string' && (NEED_CODES as readonly string[]).includes(value);
}

export function isSystemCode(value: unknown): value is SystemCode {
	return typeof value === 'string' && (SYSTEM_CODES as readonly string[]).includes(value);
}

export function isSystemKind(value: unknown): value is SystemKind {
	return typeof value === 'string' && (SYSTEM_KINDS as readonly string[]).includes(value);
}

/** The resource-system kind (informal, formal, societal) a system term belongs to. */
export function systemKindOf(code: SystemCode): SystemKind {
	return code.split('-')[0] as SystemKind;
}

/** The term and everything below it (a category filter on "formal" also finds "formal-ngo"). */
export function termWithDescendants(code: TermCode): TermCode[] {
	const out: TermCode[] = [code];
	for (let i = 0; i < out.length; i++) {
		for (const term of TAXONOMY_TERMS) if (term.parent === out[i]) out.push(term.code);
	}
	return out;
}

/** The locale key (namespace `resources`) of a term's name or description. */
export function termTextKey(code: TermCode | NoteCode, part: 'name' | 'description'): string {
	return (NOTE_CODES as readonly string[]).includes(code) ? `notes.terms.${code}.${part}` : `taxonomy.terms.${code}.${part}`;
}

/**
 * Both taxonomies as HSDS records (taxonomy and taxonomy_term) in one language, for the bundled
 * directory and for exports.
 */
export function taxonomyRecords(text: ResourceText, language: 'id' | 'en'): DirectoryRecord[] {
	const records: DirectoryRecord[] = [
		{ type: 'taxonomy', data: { id: RESOURCES_TAXONOMY_ID, name: text('taxonomy.name'), description: text('taxonomy.description'), version: '1' } },
		{ type: 'taxonomy', data: { id: NOTES_TAXONOMY_ID, name: text('notes.name'), description: text('notes.description'), version: '1' } }
	];
	for (const term of TAXONOMY_TERMS) {
		records.push({
			type: 'taxonomy_term',
			data: {
				id: termId(term.code),
				code: term.code,
				name: text(termTextKey(term.code, 'name')),
				description: text(termTextKey(term.code, 'description')),
				...(term.parent ? { parent_id: termId(term.parent) } : {}),
				taxonomy: 'Langkah',
				taxonomy_id: RESOURCES_TAXONOMY_ID,
				language
			}
		});
	}
	for (const code of NOTE_CODES) {
		records.push({
			type: 'taxonomy_term',
			data: {
				id: termId(code),
				code,
				name: text(termTextKey(code, 'name')),
				description: text(termTextKey(code, 'description')),
				taxonomy: 'Langkah',
				taxonomy_id: NOTES_TAXONOMY_ID,
				language
			}
		});
	}
	return records;
}
