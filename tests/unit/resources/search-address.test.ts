import { describe, expect, it } from 'vitest';
import { NO_CHOICES, carriesChoices, choicesFromParams, linkWithChoices, paramsWithChoices } from '$lib/resources/search-address';

const read = (search: string) => choicesFromParams(new URLSearchParams(search));

describe('the directory filters in a link', () => {
	it('reads the choices a link carries', () => {
		expect(read('need=housing&system=societal&province=34&regency=34.02&free=1&open=1')).toEqual({
			need: 'housing',
			system: 'societal',
			province: '34',
			regency: '34.02',
			freeOnly: true,
			openNow: true
		});
		expect(read('')).toEqual(NO_CHOICES);
	});

	it('ignores what is not a known code, so a tampered link shows the whole list', () => {
		expect(read('need=%3Cscript%3E&system=army&province=99&regency=99.01&free=yes&open=true')).toEqual(NO_CHOICES);
		// A regency outside the province given is dropped; the province stays.
		expect(read('province=32&regency=34.02')).toEqual({ ...NO_CHOICES, province: '32' });
		// A regency alone brings its province.
		expect(read('regency=34.71')).toEqual({ ...NO_CHOICES, province: '34', regency: '34.71' });
	});

	it('writes only the choices made, keeps where suggestions come from, and drops a linked search text', () => {
		const params = paramsWithChoices(new URLSearchParams('from=tell&q=uang&need=food'), { ...NO_CHOICES, province: '31', freeOnly: true });
		expect(params.toString()).toBe('from=tell&province=31&free=1');
		expect(paramsWithChoices(new URLSearchParams(), NO_CHOICES).toString()).toBe('');
	});

	it('reads back what it writes', () => {
		const choices = { need: 'violence-abuse', system: 'formal', province: '73', regency: '73.71', freeOnly: false, openNow: true } as const;
		expect(choicesFromParams(paramsWithChoices(new URLSearchParams(), choices))).toEqual(choices);
	});

	it('knows when a link carries choices to read (and then take out of the address)', () => {
		expect(carriesChoices(new URLSearchParams('need=violence-abuse'))).toBe(true);
		expect(carriesChoices(new URLSearchParams('q=sapa&from=tell'))).toBe(true);
		expect(carriesChoices(new URLSearchParams('need=%3Cb%3E'))).toBe(true);
		expect(carriesChoices(new URLSearchParams('from=tell'))).toBe(false);
		expect(carriesChoices(new URLSearchParams(''))).toBe(false);
	});

	it('builds the link that "copy link" copies, which reads back to the same choices and words', () => {
		const choices = { ...NO_CHOICES, need: 'violence-abuse', province: '34', freeOnly: true } as const;
		const link = linkWithChoices('https://langkah.example/resources', choices, ' sapa ');
		expect(link).toBe('https://langkah.example/resources?need=violence-abuse&province=34&free=1&q=sapa');
		const params = new URL(link).searchParams;
		expect(choicesFromParams(params)).toEqual(choices);
		expect(params.get('q')).toBe('sapa');
		expect(linkWithChoices('https://langkah.example/resources', NO_CHOICES)).toBe('https://langkah.example/resources');
	});
});
