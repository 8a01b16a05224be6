/**
 * The directory answers every need: everyday words of each category find it in Indonesian and in
 * English, emergency lines come first only for safety, and a place named in the search (a city,
 * a regency, a province) shows that area's services first and no other province's.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_SERVICES, bundledRecordSet, bundledServiceId } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { placesInQuery, SearchIndex, searchDocumentsFor, termNamesIn } from '$lib/resources/search';
import { NEED_CODES, type NeedCode } from '$lib/resources/taxonomy';
import { resourceText } from './locale-text';

const id = new DirectoryIndex([bundledRecordSet(resourceText('id'), 'id')]);
const en = new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')]);
const index = new SearchIndex(searchDocumentsFor(id, [en]), { termNames: termNamesIn([resourceText('id'), resourceText('en')]) });
const keyOf = new Map(BUNDLED_SERVICES.map(({ key }) => [bundledServiceId(key), key]));
const byKey = new Map(BUNDLED_SERVICES.map((service) => [service.key, service]));
const find = (query: string, filters?: Parameters<SearchIndex['search']>[1]) => index.search(query, filters).map((hit) => keyOf.get(hit.id)!);
const needsOf = (key: string) => byKey.get(key as never)!.needs;

/** Words people use, in each language, for each category. */
const EVERYDAY: Record<NeedCode, { id: string[]; en: string[] }> = {
	'emergency-safety': { id: ['darurat', 'kebakaran'], en: ['emergency', 'accident'] },
	health: { id: ['berobat', 'rumah sakit', 'kis'], en: ['hospital', 'health insurance'] },
	'mental-health': { id: ['curhat', 'stres'], en: ['depression', 'counselling'] },
	'money-aid': { id: ['bansos', 'duit', 'blt'], en: ['welfare', 'cash'] },
	debt: { id: ['pinjol', 'utang', 'rentenir', 'debt collector'], en: ['loan shark', 'debt'] },
	food: { id: ['sembako', 'beras', 'lapar'], en: ['groceries', 'hungry'] },
	housing: { id: ['kontrakan', 'kos', 'ngontrak', 'digusur'], en: ['rent', 'eviction', 'homeless'] },
	work: { id: ['phk', 'loker', 'gaji', 'pesangon'], en: ['laid off', 'job', 'wages'] },
	education: { id: ['beasiswa', 'putus sekolah', 'kip'], en: ['school fees', 'scholarship'] },
	'legal-documents': { id: ['akta kelahiran', 'ktp', 'pengacara'], en: ['birth certificate', 'lawyer'] },
	'family-children': { id: ['hak asuh', 'hamil', 'balita'], en: ['custody', 'pregnant'] },
	'violence-abuse': { id: ['kdrt', 'dipukul'], en: ['domestic violence', 'harassment'] },
	disability: { id: ['kursi roda', 'difabel', 'tuli'], en: ['wheelchair', 'deaf'] },
	'older-people': { id: ['lansia', 'nenek'], en: ['elderly', 'pension'] }
};

describe('everyday words find every category, in both languages', () => {
	for (const need of NEED_CODES) {
		for (const language of ['id', 'en'] as const) {
			it(`${need} (${language})`, () => {
				for (const word of EVERYDAY[need][language]) {
					const hits = find(word);
					expect(hits.length, word).toBeGreaterThanOrEqual(3);
					// The best three are all of that category.
					for (const key of hits.slice(0, 3)) expect(needsOf(key), `${word}: ${key}`).toContain(need);
				}
			});
		}
	}

	it('finds the named programmes by their everyday names', () => {
		expect(find('pinjol')[0]).toBe('satgasPasti');
		expect(find('pinjol').slice(0, 5)).toEqual(expect.arrayContaining(['ojk157', 'satgasPasti']));
		expect(find('bedah rumah')[0]).toBe('bsps');
		expect(find('lowongan kerja').slice(0, 3)).toContain('karirhub');
		expect(find('BPJS').slice(0, 2)).toContain('bpjsKesehatan');
		expect(find('bpjs ketenagakerjaan')[0]).toBe('bpjsKetenagakerjaan');
		expect(find('paket c').slice(0, 3)).toContain('pkbm');
		expect(find('sembako').slice(0, 5)).toEqual(expect.arrayContaining(['kemensosCommandCenter']));
	});
});

describe('emergency lines first only for safety', () => {
	const emergency = (key: string) => needsOf(key).includes('emergency-safety');

	it('an empty search starts with broad entry points, not an emergency line nor the narcotics line', () => {
		const first = find('').slice(0, 5);
		for (const key of first) expect(emergency(key), key).toBe(false);
		expect(first).not.toContain('bnn184');
	});

	it('a category that is not about safety never starts with an emergency line', () => {
		for (const need of NEED_CODES.filter((code) => code !== 'emergency-safety' && code !== 'violence-abuse')) {
			const hits = find('', { needs: [need] });
			expect(hits.length, need).toBeGreaterThanOrEqual(5);
			expect(emergency(hits[0]!), `${need}: ${hits[0]}`).toBe(false);
			// Services whose main need it is come first.
			expect(needsOf(hits[0]!)[0], need).toBe(need);
			const lastEmergency = hits.findLastIndex(emergency);
			const firstOther = hits.findIndex((key) => !emergency(key));
			if (lastEmergency >= 0) expect(lastEmergency, need).toBeGreaterThan(firstOther);
		}
	});

	it('safety and violence searches put the emergency lines first', () => {
		expect(emergency(find('', { needs: ['emergency-safety'] })[0]!)).toBe(true);
		expect(emergency(find('darurat')[0]!)).toBe(true);
		expect(emergency(find('emergency')[0]!)).toBe(true);
	});
});

describe('places in a search', () => {
	it('reads city, regency and province names, in both languages, and leaves the other words', () => {
		expect(placesInQuery('kos di kota bandung')).toEqual({ places: [{ province: '32', regency: '32.73' }], rest: ['kos'] });
		expect(placesInQuery('Bandung').places).toEqual([
			{ province: '32', regency: '32.04' },
			{ province: '32', regency: '32.73' }
		]);
		expect(placesInQuery('Sleman').places).toEqual([{ province: '34', regency: '34.04' }]);
		expect(placesInQuery('rent West Java').places).toEqual([{ province: '32' }]);
		expect(placesInQuery('pinjol Medan')).toEqual({ places: [{ province: '12', regency: '12.71' }], rest: ['pinjol'] });
		expect(placesInQuery('jakarta selatan').places).toEqual([{ province: '31', regency: '31.74' }]);
		// A word that is also a place, read as a word.
		expect(placesInQuery('batu').places).toEqual([]);
	});

	it("a city name finds its province's offices first, with the national services, and no other province's", () => {
		const bandung = find('Bandung');
		expect(bandung.slice(0, 2).sort()).toEqual(['provinsi-dinasSosial-32', 'provinsi-uptdPpa-32']);
		expect(bandung.filter((key) => key.startsWith('provinsi-')).sort()).toEqual(['provinsi-dinasSosial-32', 'provinsi-uptdPpa-32']);
		expect(bandung).toContain('dinasSosial');
		expect(bandung).not.toContain('jakcare');
		expect(find('Surabaya').slice(0, 2).sort()).toEqual(['provinsi-dinasSosial-35', 'provinsi-uptdPpa-35']);
		expect(find('Jakarta Selatan')).toContain('jakcare');
	});

	it('a need and a place together: that need, that area first', () => {
		const kos = find('kontrakan bandung');
		expect(kos[0]).toBe('provinsi-dinasSosial-32');
		for (const key of kos) expect(needsOf(key), key).toContain('housing');
		expect(kos).toContain('bsps');
		expect(find('rent Yogyakarta')[0]).toBe('provinsi-dinasSosial-34');
		// Violence is a safety need: the emergency lines lead, then Yogyakarta's own unit.
		expect(find('kekerasan sleman').slice(0, 6)).toContain('provinsi-uptdPpa-34');
		expect(find('kekerasan sleman')).not.toContain('provinsi-uptdPpa-33');
	});

	it("the area filter shows the province's own offices first", () => {
		expect(find('', { needs: ['money-aid'], area: { province: '53' } })[0]).toBe('provinsi-dinasSosial-53');
		expect(find('', { area: { province: '53' } })).not.toContain('provinsi-dinasSosial-52');
		// Without an area, the offices of 38 provinces come after every national service.
		const all = find('');
		const firstProvincial = all.findIndex((key) => key.startsWith('provinsi-'));
		expect(all.slice(firstProvincial).every((key) => byKey.get(key as never)!.area !== 'national')).toBe(true);
	});
});
