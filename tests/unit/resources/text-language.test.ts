import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK_ID } from '$lib/resources/bundled';
import { parseImportEntries } from '$lib/resources/import';
import { sourceLanguageOf, textLanguageOf } from '$lib/resources/text-language';
import { exampleEntry } from './hsds-schema';

const packs = [
	{ id: 'pack-chosen', language: 'id' },
	{ id: 'pack-guessed', language: 'en' },
	{ id: 'pack-unknown', language: 'und' }
];

describe('the language of a service\'s text', () => {
	it('is the language the bundled directory was put together in, whatever the screen', () => {
		expect(textLanguageOf(BUNDLED_PACK_ID, { bundledLanguage: 'id', packs })).toBe('id');
		expect(textLanguageOf(BUNDLED_PACK_ID, { bundledLanguage: 'en', packs })).toBe('en');
	});

	it('is the pack\'s language for imported text, and unknown ("") rather than the screen\'s when the pack does not say', () => {
		for (const bundledLanguage of ['id', 'en'] as const) {
			expect(textLanguageOf('pack-chosen', { bundledLanguage, packs })).toBe('id');
			expect(textLanguageOf('pack-guessed', { bundledLanguage, packs })).toBe('en');
			expect(textLanguageOf('pack-unknown', { bundledLanguage, packs })).toBe('');
			expect(textLanguageOf('pack-gone', { bundledLanguage, packs })).toBe('');
		}
	});

	it('quotes the bundled sources in English, the language of the reference they come from', () => {
		expect(sourceLanguageOf(BUNDLED_PACK_ID, { bundledLanguage: 'id', packs })).toBe('en');
		expect(sourceLanguageOf('pack-chosen', { bundledLanguage: 'en', packs })).toBe('id');
	});

	it('does not take a service\'s HSDS languages (the languages it is delivered in) for the language of its text', () => {
		// The official example is written in English and delivered in Urdu.
		const parsed = parseImportEntries([exampleEntry('service_full.json')]);
		if (!parsed.ok) throw new Error('import failed');
		expect(parsed.records.find((record) => record.type === 'language')?.data).toMatchObject({ code: 'ur' });
		expect(parsed.language).toBe('en');
		expect(textLanguageOf('pack-x', { bundledLanguage: 'id', packs: [{ id: 'pack-x', language: parsed.language! }] })).toBe('en');
	});
});
