import { describe, expect, it } from 'vitest';
import { BUNDLED_SERVICES, bundledRecordSet, bundledServiceId } from '$lib/resources/bundled';
import type { NeedCode } from '$lib/resources/taxonomy';
import { DirectoryIndex } from '$lib/resources/directory';
import { parseImportEntries } from '$lib/resources/import';
import { editDistance, foldText, SearchIndex, searchDocumentsFor, searchWords, termNamesIn, type SearchDocument, type SearchFilters } from '$lib/resources/search';
import { exampleEntry } from './hsds-schema';
import { resourceText } from './locale-text';

const id = new DirectoryIndex([bundledRecordSet(resourceText('id'), 'id')]);
const en = new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')]);
const index = new SearchIndex(searchDocumentsFor(id, [en]), { termNames: termNamesIn([resourceText('id'), resourceText('en')]) });
const keyOf = new Map(id.serviceIds().map((serviceId) => [serviceId, serviceId]));
const names = new Map(BUNDLED_SERVICES.map(({ key }) => [bundledServiceId(key), key]));
const NATIONAL = BUNDLED_SERVICES.filter((service) => service.area === 'national');
const keysFor = (need: NeedCode) => BUNDLED_SERVICES.filter((service) => service.needs.includes(need)).map((service) => service.key);
const find = (query: string, filters?: SearchFilters) => index.search(query, filters).map((hit) => names.get(hit.id) ?? keyOf.get(hit.id));
const found = (query: string, filters?: SearchFilters) => new Set(find(query, filters));

describe('folding text', () => {
	it('ignores case, accents and punctuation, and drops stop words', () => {
		expect(foldText('  Kékérasan, DALAM rumah-tangga! ')).toBe('kekerasan dalam rumah tangga');
		expect(searchWords('Saya butuh uang untuk makan')).toEqual(['uang', 'makan']);
	});

	it('measures small typos, swaps included', () => {
		expect(editDistance('puskesams', 'puskesmas', 2)).toBe(1);
		expect(editDistance('kekerasn', 'kekerasan', 2)).toBe(1);
		expect(editDistance('violense', 'violence', 2)).toBe(1);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
	});
});

describe('search across both languages', () => {
	it('finds the same services for "uang" and "money"', () => {
		const uang = found('uang');
		expect(uang).toEqual(found('money'));
		for (const key of ['dinasSosial', 'pkh', 'kemensosCommandCenter', 'bpjsKesehatan']) expect(uang).toContain(key);
		expect(uang).not.toContain('police110');
		expect(found('duit')).toEqual(uang);
	});

	it('finds the same services for "kekerasan" and "violence"', () => {
		const kekerasan = found('kekerasan');
		expect(kekerasan).toEqual(found('violence'));
		for (const key of ['sapa129', 'uptdPpa', 'komnasPerempuan', 'police110', 'tepsa']) expect(kekerasan).toContain(key);
		expect(kekerasan).not.toContain('puskesmas');
		expect(found('KDRT')).toEqual(kekerasan);
	});

	it('ignores case and accents', () => {
		expect(found('KEKERASAN')).toEqual(found('kekerasan'));
		expect(found('kékérâsan')).toEqual(found('kekerasan'));
		expect(find('PUSKESMAS')[0]).toBe('puskesmas');
	});

	it('forgives small typos', () => {
		expect(find('puskesams')[0]).toBe('puskesmas');
		expect(found('kekerasn')).toEqual(found('kekerasan'));
		expect(found('violense')).toEqual(found('violence'));
		expect(find('helaing')).toContain('healing119');
	});

	it('finds as you type, from the first letters', () => {
		expect(find('pusk')[0]).toBe('puskesmas');
		// Everything "kekerasan" finds, in the same order, before words one letter away ("pekerja").
		const whole = find('kekerasan');
		expect(find('keker').slice(0, whole.length)).toEqual(whole);
		expect(find('sapa')[0]).toBe('sapa129');
	});

	it('does not care about word order', () => {
		expect(find('bantuan hukum')).toEqual(find('hukum bantuan'));
		expect(find('legal aid free')).toEqual(find('free aid legal'));
		expect(find('bantuan hukum')[0]).toBe('legalAid');
	});

	it('needs every word that matches something, and ignores words that match nothing', () => {
		expect(find('saya butuh uang tolong')).toEqual(find('uang'));
		expect(find('kekerasan anak').every((key) => found('kekerasan').has(key) && found('anak').has(key))).toBe(true);
		expect(find('zzqxw')).toEqual([]);
	});

	it('finds a service by its phone number and by its English or Indonesian name', () => {
		expect(find('129')[0]).toBe('sapa129');
		expect(find('Family Hope')[0]).toBe('pkh');
		expect(find('keluarga harapan')[0]).toBe('pkh');
		expect(find('mental health')).toEqual(expect.arrayContaining(['healing119', 'jakcare', 'sejiwa']));
	});

	it('lists everything, by name, for an empty query', () => {
		expect(find('')).toHaveLength(BUNDLED_SERVICES.length);
		expect(find('  ')).toHaveLength(BUNDLED_SERVICES.length);
	});
});

describe('filters', () => {
	it('by category, including the categories below it', () => {
		expect(found('', { needs: ['mental-health'] })).toEqual(new Set(['puskesmas', 'healing119', 'sejiwa', 'jakcare', 'bnn184', 'atensi']));
		expect(found('', { systems: ['formal'] })).toEqual(new Set(['sejiwa', 'legalAid']));
		expect(found('', { systems: ['societal-police'] })).toEqual(new Set(['police110', 'patroliSiber']));
		for (const need of ['housing', 'work', 'debt'] as const) expect(found('', { needs: [need] }), need).toEqual(new Set(keysFor(need)));
	});

	it('by area: national services show everywhere, JakCare only in Jakarta', () => {
		expect(found('', { area: { province: '32' } })).not.toContain('jakcare');
		// National services, and the two offices of Jawa Barat.
		expect(found('', { area: { province: '32' } })).toEqual(new Set([...NATIONAL.map((service) => service.key), 'provinsi-uptdPpa-32', 'provinsi-dinasSosial-32']));
		expect(found('', { area: { province: '31' } })).toContain('jakcare');
		expect(found('', { area: { regency: '31.71' } })).toContain('jakcare');
		expect(found('', { area: { regency: '34.71' } })).not.toContain('jakcare');
	});

	it('free of charge', () => {
		expect(found('', { freeOnly: true })).toEqual(new Set(BUNDLED_SERVICES.filter((service) => service.cost).map((service) => service.key)));
		expect(found('', { freeOnly: true })).toContain('emergency112');
		expect(found('', { freeOnly: true })).not.toContain('puskesmas');
	});

	it('open now, from the schedules: the 24-hour lines first, then those of unknown hours, never the closed ones', () => {
		const saturdayNight = new Date('2026-11-28T16:00:00Z');
		const hits = index.search('', { openAt: saturdayNight });
		const open = hits.filter((hit) => hit.hours === 'open').map((hit) => names.get(hit.id));
		const unknown = hits.filter((hit) => hit.hours === 'unknown').map((hit) => names.get(hit.id));
		expect(new Set(open)).toEqual(new Set(['police110', 'kemensosCommandCenter', 'bpjsKesehatan', 'jakcare', 'bnn184']));
		// Komnas Perempuan keeps office hours: closed on a Saturday night, so left out.
		expect(found('', { openAt: saturdayNight })).not.toContain('komnasPerempuan');
		// The emergency lines whose hours the reference does not give stay, marked.
		for (const key of ['emergency112', 'medical119', 'sapa129']) expect(unknown).toContain(key);
		expect(hits).toHaveLength(BUNDLED_SERVICES.length - 1);
		expect(hits.every((hit) => hit.hours !== undefined)).toBe(true);
		expect(hits.slice(0, open.length).every((hit) => hit.hours === 'open')).toBe(true);
		const fridayMorningInJakarta = new Date('2026-11-27T03:00:00Z');
		expect(index.search('', { openAt: fridayMorningInJakarta }).find((hit) => names.get(hit.id) === 'komnasPerempuan')?.hours).toBe('open');
		// The open ones come first even when a query ranks another higher.
		expect(find('kekerasan', { openAt: saturdayNight, freeOnly: true })).toEqual(['police110', 'legalAid']);
		expect(find('darurat', { openAt: saturdayNight })[0]).toBe('police110');
		expect(index.search('darurat').every((hit) => hit.hours === undefined)).toBe(true);
	});

	it('open now keeps the 24-hour lines at every hour of the day, in Jakarta and elsewhere', () => {
		const always = ['police110', 'kemensosCommandCenter', 'bpjsKesehatan', 'jakcare', 'bnn184'];
		for (let hour = 0; hour < 24; hour++) {
			for (const offset of [7, 0, -5]) {
				const at = new Date(Date.UTC(2026, 10, 29, hour, 30));
				const open = index.search('', { openAt: at, openNow: { defaultUtcOffsetHours: offset } }).filter((hit) => hit.hours === 'open');
				expect(new Set(open.map((hit) => names.get(hit.id))), `${hour}:30 UTC, device at UTC${offset}`).toEqual(new Set(always));
			}
		}
	});
});

describe('imported directories', () => {
	it('finds an imported service by its own words, with typos', () => {
		const result = parseImportEntries([exampleEntry('service_full.json')]);
		if (!result.ok) throw new Error('import failed');
		const imported = new DirectoryIndex([{ packId: 'example', records: result.records }]);
		const search = new SearchIndex(searchDocumentsFor(imported));
		expect(search.search('counseling').map((hit) => hit.id)).toEqual(['ac148810-d857-441c-9679-408f346de14b']);
		expect(search.search('MyCity civic').length).toBe(1);
		// Its area is not one Langkah knows, so it is not hidden by an area filter.
		expect(search.search('', { area: { province: '34' } }).length).toBe(1);
	});
});

describe('speed', () => {
	it('answers each keystroke quickly with 5,000 services', () => {
		const words = ['bantuan', 'layanan', 'konseling', 'rumah', 'aman', 'anak', 'perempuan', 'kesehatan', 'makanan', 'pekerjaan', 'sekolah', 'hukum', 'desa', 'warga', 'keluarga', 'lansia'];
		const documents: SearchDocument[] = Array.from({ length: 5000 }, (_, i) => ({
			id: `s-${i}`,
			titles: [`Layanan ${words[i % 16]} ${words[(i * 7) % 16]} ${i}`],
			texts: [`${words[(i * 3) % 16]} ${words[(i * 5) % 16]} kelurahan${i % 300} nomor ${1000 + i}`],
			terms: [(['health', 'food', 'work', 'violence-abuse'] as const)[i % 4]!],
			coverage: { national: i % 10 === 0, provinces: [String(11 + (i % 20))], regencies: [] },
			free: i % 3 === 0,
			schedules: []
		}));
		const big = new SearchIndex(documents);
		const typed = 'konselng anak perempuan';
		const times: number[] = [];
		for (let length = 1; length <= typed.length; length++) {
			const start = performance.now();
			big.search(typed.slice(0, length), { area: { province: '12' } });
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		// Node on this machine, not Chromium on a phone; a loose bound so the test never flakes.
		expect(times[Math.floor(times.length / 2)]!).toBeLessThan(100);
		expect(big.search('konselng').length).toBeGreaterThan(0);
	});
});
