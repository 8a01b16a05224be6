import { describe, expect, it } from 'vitest';
import { bundledRecordSet, bundledServiceId } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { searchDocumentsFor, type SearchDocument } from '$lib/resources/search';
import { suggestedNeeds, suggestServices, TELL_AREA_NEEDS } from '$lib/resources/suggest';
import { NEED_CODES } from '$lib/resources/taxonomy';
import { resourceText } from './locale-text';

const documents = searchDocumentsFor(new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')]));

function doc(id: string, terms: SearchDocument['terms']): SearchDocument {
	return { id, titles: [id], texts: [], terms, coverage: { national: true, provinces: [], regencies: [] }, free: true, schedules: [] };
}

describe('suggested categories', () => {
	it('suggests nothing when nothing was said', () => {
		expect(suggestedNeeds({})).toEqual([]);
		expect(suggestServices({ tell: { areas: [], danger: 'no' } }, documents)).toEqual([]);
	});

	it('maps the parts of life touched to categories, with the area as the reason', () => {
		expect(suggestedNeeds({ tell: { areas: ['money', 'feelings'] } })).toEqual([
			{ need: 'money-aid', reasons: [{ kind: 'area', area: 'money' }] },
			{ need: 'debt', reasons: [{ kind: 'area', area: 'money' }] },
			{ need: 'work', reasons: [{ kind: 'area', area: 'money' }] },
			{ need: 'food', reasons: [{ kind: 'area', area: 'money' }] },
			{ need: 'mental-health', reasons: [{ kind: 'area', area: 'feelings' }] }
		]);
	});

	it('puts safety first when the person feels in danger or is not sure', () => {
		const needs = suggestedNeeds({ tell: { areas: ['money', 'safety'], danger: 'unsure' } });
		expect(needs[0]).toEqual({ need: 'emergency-safety', reasons: [{ kind: 'danger' }, { kind: 'area', area: 'safety' }] });
		expect(needs.map((need) => need.need)).toEqual(['emergency-safety', 'money-aid', 'debt', 'work', 'food', 'violence-abuse']);
	});

	it('points to mental health services when the person may have thoughts of ending their life', () => {
		expect(suggestedNeeds({ tell: { danger: 'no', thoughts: 'unsure' } })).toEqual([{ need: 'mental-health', reasons: [{ kind: 'thoughts' }] }]);
		expect(suggestedNeeds({ tell: { thoughts: 'no' } })).toEqual([]);
	});

	it('takes the needs a decision cannot meet, ignoring ones no service meets and unknown values', () => {
		expect(suggestedNeeds({ decision: { cannot: ['money', 'time', 'nonsense'], unsafe: true } })).toEqual([
			{ need: 'emergency-safety', reasons: [{ kind: 'decision-safety' }] },
			{ need: 'money-aid', reasons: [{ kind: 'decision-need', need: 'money' }] }
		]);
		expect(suggestedNeeds({ tell: { areas: 'oops' as unknown } })).toEqual([]);
		expect(suggestedNeeds({ tell: { areas: [3, null] } })).toEqual([]);
	});
});

describe('suggested services', () => {
	it('lists services of the categories, urgent and those meeting more needs first, with reasons', () => {
		const docs = [doc('a', ['money-aid']), doc('b', ['health']), doc('c', ['money-aid', 'mental-health']), doc('d', ['emergency-safety'])];
		const found = suggestServices({ tell: { areas: ['money', 'feelings'], danger: 'yes' } }, docs);
		expect(found.map((s) => s.id)).toEqual(['d', 'c', 'a']);
		expect(found[1]).toEqual({
			id: 'c',
			needs: ['money-aid', 'mental-health'],
			reasons: [
				{ kind: 'area', area: 'money' },
				{ kind: 'area', area: 'feelings' }
			]
		});
		expect(suggestServices({ tell: { areas: ['money'] } }, docs, 1).map((s) => s.id)).toEqual(['a']);
	});

	it('finds bundled services for money and for danger', () => {
		const money = suggestServices({ tell: { areas: ['money'] } }, documents, 50).map((s) => s.id);
		expect(money).toContain(bundledServiceId('pkh'));
		expect(money).toContain(bundledServiceId('dinasSosial'));
		const danger = suggestServices({ tell: { danger: 'yes' } }, documents, 50).map((s) => s.id);
		expect(danger).toContain(bundledServiceId('emergency112'));
	});

	it('gives every part of life named its turn near the top: money, housing and safety', () => {
		const found = suggestServices({ tell: { areas: ['money', 'housing', 'safety'], danger: 'no' } }, documents);
		const firstPage = found.slice(0, 6);
		for (const need of ['money-aid', 'debt', 'work', 'housing', 'violence-abuse', 'emergency-safety'] as const) {
			expect(firstPage.some((suggestion) => suggestion.needs.includes(need)), need).toBe(true);
		}
		// Each part of life named is a reason on the first page.
		for (const area of ['money', 'housing', 'safety']) {
			expect(firstPage.some((suggestion) => suggestion.reasons.some((reason) => reason.kind === 'area' && reason.area === area)), area).toBe(true);
		}
		// Safety was named, so an emergency line leads.
		expect(found[0]!.needs).toContain('emergency-safety');
		// More than a page: the rest is there for "show more", each service once.
		expect(found.length).toBeGreaterThan(12);
		expect(new Set(found.map((suggestion) => suggestion.id)).size).toBe(found.length);
	});

	it('does not put emergency lines first when safety was not named', () => {
		const found = suggestServices({ tell: { areas: ['money', 'housing'], danger: 'no' } }, documents);
		const emergency = new Set(documents.filter((document) => document.terms.includes('emergency-safety')).map((document) => document.id));
		expect(emergency.has(found[0]!.id)).toBe(false);
		expect(found.slice(0, 6).some((suggestion) => suggestion.needs.includes('housing'))).toBe(true);
		expect(found.slice(0, 6).some((suggestion) => suggestion.needs.includes('money-aid'))).toBe(true);
	});

	it("shows a province's offices only to a person in it, first among its category", () => {
		const money = { tell: { areas: ['money'] } };
		const jabarOffice = bundledServiceId('provinsi-dinasSosial-32');
		expect(suggestServices(money, documents).map((s) => s.id)).not.toContain(jabarOffice);
		const inJabar = suggestServices(money, documents, Infinity, { area: { province: '32' } }).map((s) => s.id);
		expect(inJabar[0]).toBe(jabarOffice);
		expect(inJabar).not.toContain(bundledServiceId('provinsi-dinasSosial-33'));
	});

	it('suggests services for every category of need, in both languages', () => {
		const byLanguage = {
			id: searchDocumentsFor(new DirectoryIndex([bundledRecordSet(resourceText('id'), 'id')])),
			en: documents
		};
		for (const need of NEED_CODES) {
			const area = Object.keys(TELL_AREA_NEEDS).find((key) => TELL_AREA_NEEDS[key]!.includes(need));
			expect(area, need).toBeDefined();
			for (const language of ['id', 'en'] as const) {
				const found = suggestServices({ tell: { areas: [area!], danger: 'no' } }, byLanguage[language]);
				const forNeed = found.filter((suggestion) => suggestion.needs.includes(need));
				expect(forNeed.length, `${need} (${language})`).toBeGreaterThanOrEqual(5);
				// Each says why, in words of that language.
				expect(resourceText(language)(`ui.suggest.reason.area.${area}`), `${need} (${language})`).toBeTruthy();
			}
		}
	});
});
