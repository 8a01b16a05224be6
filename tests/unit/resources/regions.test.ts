import { describe, expect, it } from 'vitest';
import { PROVINCES, REGENCIES_BY_PROVINCE, coverageIncludes, provinceByCode, regenciesOf, regencyByCode, regionsNamed } from '$lib/resources/regions';

describe('regions of Indonesia', () => {
	it('has the 38 provinces with unique two-digit codes', () => {
		expect(PROVINCES).toHaveLength(38);
		expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(38);
		for (const province of PROVINCES) expect(province.code).toMatch(/^\d{2}$/);
		expect(provinceByCode('31')?.name).toBe('DKI Jakarta');
		expect(provinceByCode('95')?.name).toBe('Papua Pegunungan');
	});

	it('has the 514 regencies and cities of every province, coded under their province', () => {
		expect(Object.keys(REGENCIES_BY_PROVINCE).sort()).toEqual(PROVINCES.map((province) => province.code).sort());
		expect(Object.values(REGENCIES_BY_PROVINCE).flat()).toHaveLength(514);
		for (const [province, list] of Object.entries(REGENCIES_BY_PROVINCE)) {
			expect(new Set(list.map((regency) => regency.code)).size).toBe(list.length);
			for (const regency of list) {
				expect(regency.code.startsWith(`${province}.`)).toBe(true);
				expect(regency.kind).toBe(Number(regency.code.slice(3)) >= 71 ? 'city' : 'regency');
				expect(regency.name).toMatch(regency.kind === 'city' ? /^Kota [A-Z]/ : /^Kabupaten [A-Z]/);
			}
		}
		expect(regenciesOf('32')).toHaveLength(27);
		expect(regenciesOf('33')).toHaveLength(35);
		expect(regenciesOf('35')).toHaveLength(38);
		expect(regenciesOf('34').map((regency) => regency.name)).toContain('Kota Yogyakarta');
		expect(regencyByCode('32.05')?.name).toBe('Kabupaten Garut');
		expect(regencyByCode('31.71')?.name).toBe('Kota Administrasi Jakarta Pusat');
		expect(regencyByCode('31.74')?.name).toBe('Kota Administrasi Jakarta Selatan');
		expect(regencyByCode('35.78')?.name).toBe('Kota Surabaya');
		// The provinces formed in 2022 have their own regencies, no longer listed under Papua.
		expect(regencyByCode('93.01')?.name).toBe('Kabupaten Merauke');
		expect(regencyByCode('96.71')?.name).toBe('Kota Sorong');
		expect(regenciesOf('91').map((regency) => regency.name)).not.toContain('Kabupaten Merauke');
		expect(regenciesOf('99')).toEqual([]);
	});

	it('recognises areas as people write them', () => {
		expect(regionsNamed('Seluruh Indonesia').national).toBe(true);
		expect(regionsNamed('All of Indonesia').national).toBe(true);
		expect(regionsNamed('DKI Jakarta').provinces).toEqual(['31']);
		expect(regionsNamed('Provinsi Jawa Barat').provinces).toEqual(['32']);
		expect(regionsNamed('jogja').provinces).toEqual(['34']);
		expect(regionsNamed('Kab. Garut').regencies).toEqual(['32.05']);
		expect(regionsNamed('Kota Bandung').regencies).toEqual(['32.73']);
		expect(regionsNamed('Bandung').regencies.sort()).toEqual(['32.04', '32.73']);
		expect(regionsNamed('Kota Medan').regencies).toEqual(['12.71']);
		expect(regionsNamed('Kabupaten Merauke').regencies).toEqual(['93.01']);
		// Spellings that differ only in spaces or hyphens name the same place.
		expect(regionsNamed('Kota Bau-Bau').regencies).toEqual(['74.72']);
		expect(regionsNamed('Palangkaraya').regencies).toEqual(['62.71']);
		expect(regionsNamed('Kabupaten Fak Fak').regencies).toEqual(['92.03']);
		expect(regionsNamed('MyCity')).toEqual({ national: false, provinces: [], regencies: [] });
	});

	it('matches a service area with where a person is', () => {
		const jakarta = { national: false, provinces: ['31'], regencies: [] };
		const bantul = { national: false, provinces: [], regencies: ['34.02'] };
		expect(coverageIncludes({ national: true, provinces: [], regencies: [] }, { province: '91' })).toBe(true);
		expect(coverageIncludes(jakarta, { province: '31' })).toBe(true);
		expect(coverageIncludes(jakarta, { regency: '31.74' })).toBe(true);
		expect(coverageIncludes(jakarta, { province: '32' })).toBe(false);
		expect(coverageIncludes(bantul, { province: '34' })).toBe(true);
		expect(coverageIncludes(bantul, { regency: '34.71' })).toBe(false);
		expect(coverageIncludes(bantul, { regency: '34.02' })).toBe(true);
		// An area Langkah does not know is not a reason to hide help.
		expect(coverageIncludes({ national: false, provinces: [], regencies: [] }, { province: '32' })).toBe(true);
	});
});
