import { describe, expect, it } from 'vitest';
import { pickLanguage } from '$lib/i18n/languages';

describe('pickLanguage', () => {
	it.each([
		[[], 'id'],
		[['id-ID', 'en-US'], 'id'],
		[['en-US', 'id'], 'en'],
		[['en-GB'], 'en'],
		[['de-DE', 'id'], 'id'],
		[['de-DE', 'en'], 'en'],
		[['jv-ID'], 'id'],
		[['ms-MY'], 'id'],
		[['nl-NL'], 'en'],
		[['in'], 'id']
	] as const)('picks a language for %j: %s', (preferences, expected) => {
		expect(pickLanguage(preferences)).toBe(expected);
	});
});
