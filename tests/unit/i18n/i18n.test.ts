import { describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';

describe('the i18n bridge', () => {
	it('translates in the chosen language and keeps loaded namespaces across a switch', async () => {
		await i18n.changeLanguage('id');
		await i18n.use('common', 'settings');
		expect(i18n.t('common:quickExit.button')).toBe('Keluar cepat');
		expect(i18n.t('settings:title')).toBe('Pengaturan');
		await i18n.changeLanguage('en');
		expect(i18n.t('common:quickExit.button')).toBe('Quick exit');
		expect(i18n.t('settings:title')).toBe('Settings');
	});

	it('formats dates and numbers for the language through Intl', async () => {
		const date = new Date(Date.UTC(2026, 10, 28, 12));
		await i18n.changeLanguage('id');
		expect(i18n.formatDate(date)).toBe('28 November 2026');
		expect(i18n.formatNumber(1234.5)).toBe('1.234,5');
		await i18n.changeLanguage('en');
		expect(i18n.formatDate(date)).toBe('28 November 2026');
		expect(i18n.formatDate(date, { weekday: 'long' })).toBe('Saturday');
		expect(i18n.formatNumber(1234.5)).toBe('1,234.5');
	});
});
