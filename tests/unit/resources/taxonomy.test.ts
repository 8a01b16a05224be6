import { describe, expect, it } from 'vitest';
import {
	NEED_CODES,
	NOTE_CODES,
	SYSTEM_CODES,
	TAXONOMY_TERMS,
	systemKindOf,
	taxonomyRecords,
	termCodeOfId,
	termId,
	termTextKey,
	termWithDescendants
} from '$lib/resources/taxonomy';
import { schemaValidator } from './hsds-schema';
import { resourceText } from './locale-text';
import { keywordsOf } from '$lib/resources/taxonomy-keywords';

describe('the embedded taxonomy', () => {
	it('has the fourteen kinds of need', () => {
		expect([...NEED_CODES]).toEqual([
			'emergency-safety',
			'health',
			'mental-health',
			'money-aid',
			'debt',
			'food',
			'housing',
			'work',
			'education',
			'legal-documents',
			'family-children',
			'violence-abuse',
			'disability',
			'older-people'
		]);
		for (const code of NEED_CODES) expect(TAXONOMY_TERMS.find((term) => term.code === code)?.parent).toBe('need');
	});

	it('has the three kinds of resource system with their parts', () => {
		const children = (code: string) => TAXONOMY_TERMS.filter((term) => term.parent === code).map((term) => term.code);
		expect(children('system')).toEqual(['informal', 'formal', 'societal']);
		expect(children('informal')).toEqual(['informal-family', 'informal-friends', 'informal-neighbours', 'informal-faith']);
		expect(children('formal')).toEqual(['formal-community', 'formal-ngo', 'formal-self-help', 'formal-union']);
		expect(children('societal')).toEqual(['societal-government', 'societal-health-centre', 'societal-school', 'societal-court', 'societal-police']);
		expect(systemKindOf('formal-union')).toBe('formal');
		expect(termWithDescendants('formal')).toEqual(['formal', 'formal-community', 'formal-ngo', 'formal-self-help', 'formal-union']);
		expect(SYSTEM_CODES).toHaveLength(16);
	});

	it('names and describes every term in both languages, differently', () => {
		const id = resourceText('id');
		const en = resourceText('en');
		for (const code of [...TAXONOMY_TERMS.map((term) => term.code), ...NOTE_CODES]) {
			for (const part of ['name', 'description'] as const) {
				expect(id(termTextKey(code, part)).trim(), `${code} ${part} (id)`).not.toBe('');
				expect(en(termTextKey(code, part)).trim(), `${code} ${part} (en)`).not.toBe('');
			}
			if (code !== 'note-whatsapp') expect(id(termTextKey(code, 'description'))).not.toBe(en(termTextKey(code, 'description')));
		}
		expect(id('taxonomy.terms.money-aid.name')).toMatch(/uang/i);
		expect(en('taxonomy.terms.money-aid.name')).toMatch(/money/i);
		expect(id('taxonomy.terms.violence-abuse.name')).toMatch(/kekerasan/i);
		expect(en('taxonomy.terms.violence-abuse.name')).toMatch(/violence/i);
	});

	it('gives every term a stable id that leads back to its code', () => {
		const ids = new Set<string>();
		for (const code of [...TAXONOMY_TERMS.map((term) => term.code), ...NOTE_CODES]) {
			expect(termCodeOfId(termId(code))).toBe(code);
			ids.add(termId(code));
		}
		expect(ids.size).toBe(TAXONOMY_TERMS.length + NOTE_CODES.length);
		expect(termCodeOfId('3f7b145d-84af-42d7-8fae-eaca714b02b2')).toBeUndefined();
	});

	it('has search keywords for every need, in both languages, written plainly', () => {
		for (const term of TAXONOMY_TERMS.filter((t) => t.parent === 'need')) {
			expect(keywordsOf(term.code).length, term.code).toBeGreaterThan(5);
			for (const keyword of keywordsOf(term.code)) expect(keyword, term.code).toMatch(/^[a-z0-9 -]+$/);
		}
	});

	for (const language of ['id', 'en'] as const) {
		it(`is valid HSDS in ${language}`, () => {
			const records = taxonomyRecords(resourceText(language), language);
			for (const record of records) {
				const validate = schemaValidator(`${record.type}.json`);
				expect(validate(record.data), JSON.stringify(validate.errors)).toBe(true);
			}
			const terms = records.filter((record) => record.type === 'taxonomy_term');
			expect(terms).toHaveLength(TAXONOMY_TERMS.length + NOTE_CODES.length);
		});
	}
});
