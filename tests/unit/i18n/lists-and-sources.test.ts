import { describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { formatList } from '$lib/i18n/lists';
import { fillText, formatSource, formatSourceDate, type SourceWords } from '$lib/i18n/sources';

describe('lists of words', () => {
	it('are joined the way each language joins them', () => {
		expect(formatList(['uang', 'waktu', 'surat'], 'id')).toBe('uang, waktu, dan surat');
		expect(formatList(['uang', 'waktu'], 'id')).toBe('uang dan waktu');
		expect(formatList(['money', 'time', 'papers'], 'en')).toBe('money, time and papers');
		expect(formatList(['A', 'B', 'C'], 'id', 'or')).toBe('A, B, atau C');
		expect(formatList(['129', '0811-1129-129'], 'id', 'plain')).toBe('129, 0811-1129-129');
		expect(formatList(['uang'], 'id')).toBe('uang');
	});

	it('reach locale texts through {{name, list}}', async () => {
		await i18n.changeLanguage('id');
		await i18n.use('decision');
		const needs = ['uang', 'waktu', 'bantuan orang lain'];
		expect(i18n.t('decision:marks.short.cannot', { needs })).toContain('uang, waktu, dan bantuan orang lain');
		await i18n.changeLanguage('en');
		expect(i18n.t('decision:marks.short.cannot', { needs: ['money', 'time', 'transport'] })).toContain('money, time and transport');
		expect(i18n.formatList(['a', 'b'])).toBe('a and b');
	});
});

describe('sources', () => {
	const words = (language: 'id' | 'en'): SourceWords => {
		const texts = {
			id: { pressRelease: 'siaran pers {{name}}', ministerQuoted: '{{name}}, mengutip menteri', via: '{{source}}, dikutip {{via}}', dated: '{{source}} ({{date}})' },
			en: { pressRelease: '{{name}} press release', ministerQuoted: '{{name}}, quoting the minister', via: '{{source}}, via {{via}}', dated: '{{source}} ({{date}})' }
		}[language];
		return (word, values) => fillText(texts[word], values);
	};

	it('are written in the language on screen, dates as precise as the source', () => {
		const release = { name: 'Kemenkes', kind: 'pressRelease', via: 'Antara', date: '2016-06' } as const;
		expect(formatSource(release, 'id', words('id'))).toBe('siaran pers Kemenkes, dikutip Antara (Juni 2016)');
		expect(formatSource(release, 'en', words('en'))).toBe('Kemenkes press release, via Antara (June 2016)');
		expect(formatSource({ name: 'djppi.kominfo.go.id', date: '2023-10-14' }, 'id', words('id'))).toBe('djppi.kominfo.go.id (14 Oktober 2023)');
		expect(formatSource({ name: 'p2.kemkes.go.id/faq' }, 'id', words('id'))).toBe('p2.kemkes.go.id/faq');
		expect(formatSourceDate('2025', 'id')).toBe('2025');
		expect(formatSourceDate('not a date', 'id')).toBe('not a date');
	});

	it('leave an unknown placeholder as it is', () => {
		expect(fillText('{{a}} and {{b}}', { a: '1' })).toBe('1 and {{b}}');
	});
});
