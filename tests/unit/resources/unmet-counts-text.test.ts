import { describe, expect, it } from 'vitest';
import type { UnmetNeedCategory } from '$lib/db/my-resources.repo';
import { unmetCountsText } from '../../../src/routes/resources/mine/unmet-counts-text';
import { resourceText } from './locale-text';

function words(language: 'id' | 'en') {
	const text = resourceText(language);
	return {
		heading: (total: string) => text('mine.unmet.countsHeading').replace('{{total}}', total),
		categoryName: (category: UnmetNeedCategory) => (category === 'other' ? text('mine.unmet.other') : text(`taxonomy.terms.${category}.name`)),
		formatNumber: (value: number) => new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB').format(value)
	};
}

const counts = { format: 'langkah-unmet-needs' as const, version: 1 as const, total: 1204, counts: { other: 2, housing: 1200, 'money-aid': 2 } };

describe('"Copy the count"', () => {
	it('is readable text in the language on screen, not JSON', () => {
		const indonesian = unmetCountsText(counts, words('id'));
		const english = unmetCountsText(counts, words('en'));
		for (const text of [indonesian, english]) {
			expect(() => JSON.parse(text)).toThrow();
			expect(text).not.toMatch(/[{}"]|langkah-unmet-needs|money-aid/);
		}
		expect(indonesian.split('\n')).toEqual([
			'Kebutuhan yang belum ada layanannya, dicatat di Langkah: 1.204',
			`- ${resourceText('id')('taxonomy.terms.money-aid.name')}: 2`,
			`- ${resourceText('id')('taxonomy.terms.housing.name')}: 1.200`,
			'- Hal lain: 2'
		]);
		expect(english.split('\n')[0]).toBe('Needs with no service yet, noted in Langkah: 1,204');
		expect(english.split('\n').at(-1)).toBe('- Something else: 2');
	});

	it('follows the order of the form and leaves out kinds with none', () => {
		const text = unmetCountsText({ ...counts, total: 1, counts: { housing: 1, food: 0 } }, words('en'));
		expect(text.split('\n')).toHaveLength(2);
	});
});
