/**
 * Indonesia's provinces and (for some provinces so far) their regencies and cities, with the
 * codes of the Ministry of Home Affairs (Kemendagri; the reference cites Kepmendagri
 * 300.2.2-2138/2025): two digits for a province, "PP.RR" for a regency (RR below 70) or city
 * (RR from 71). Used to filter the directory by area; national entries show in every area.
 * To add a province's regencies, add its list to REGENCIES_BY_PROVINCE: nothing else changes.
 */

export interface Province {
	code: string;
	name: string;
	/** Other names people write for it (without the "Provinsi" prefix), lower case. */
	aliases?: readonly string[];
}

export interface Regency {
	code: string;
	/** The official name with its kind ("Kabupaten Bantul", "Kota Yogyakarta"). */
	name: string;
	kind: 'regency' | 'city';
}

export const PROVINCES: readonly Province[] = [
	{ code: '11', name: 'Aceh', aliases: ['nanggroe aceh darussalam', 'nad'] },
	{ code: '12', name: 'Sumatera Utara', aliases: ['sumut', 'north sumatra'] },
	{ code: '13', name: 'Sumatera Barat', aliases: ['sumbar', 'west sumatra'] },
	{ code: '14', name: 'Riau' },
	{ code: '15', name: 'Jambi' },
	{ code: '16', name: 'Sumatera Selatan', aliases: ['sumsel', 'south sumatra'] },
	{ code: '17', name: 'Bengkulu' },
	{ code: '18', name: 'Lampung' },
	{ code: '19', name: 'Kepulauan Bangka Belitung', aliases: ['bangka belitung', 'babel'] },
	{ code: '21', name: 'Kepulauan Riau', aliases: ['kepri', 'riau islands'] },
	{ code: '31', name: 'DKI Jakarta', aliases: ['jakarta', 'daerah khusus ibukota jakarta', 'daerah khusus jakarta'] },
	{ code: '32', name: 'Jawa Barat', aliases: ['jabar', 'west java'] },
	{ code: '33', name: 'Jawa Tengah', aliases: ['jateng', 'central java'] },
	{ code: '34', name: 'DI Yogyakarta', aliases: ['yogyakarta', 'daerah istimewa yogyakarta', 'diy', 'jogja', 'jogjakarta'] },
	{ code: '35', name: 'Jawa Timur', aliases: ['jatim', 'east java'] },
	{ code: '36', name: 'Banten' },
	{ code: '51', name: 'Bali' },
	{ code: '52', name: 'Nusa Tenggara Barat', aliases: ['ntb', 'west nusa tenggara'] },
	{ code: '53', name: 'Nusa Tenggara Timur', aliases: ['ntt', 'east nusa tenggara'] },
	{ code: '61', name: 'Kalimantan Barat', aliases: ['kalbar', 'west kalimantan'] },
	{ code: '62', name: 'Kalimantan Tengah', aliases: ['kalteng', 'central kalimantan'] },
	{ code: '63', name: 'Kalimantan Selatan', aliases: ['kalsel', 'south kalimantan'] },
	{ code: '64', name: 'Kalimantan Timur', aliases: ['kaltim', 'east kalimantan'] },
	{ code: '65', name: 'Kalimantan Utara', aliases: ['kaltara', 'north kalimantan'] },
	{ code: '71', name: 'Sulawesi Utara', aliases: ['sulut', 'north sulawesi'] },
	{ code: '72', name: 'Sulawesi Tengah', aliases: ['sulteng', 'central sulawesi'] },
	{ code: '73', name: 'Sulawesi Selatan', aliases: ['sulsel', 'south sulawesi'] },
	{ code: '74', name: 'Sulawesi Tenggara', aliases: ['sultra', 'southeast sulawesi'] },
	{ code: '75', name: 'Gorontalo' },
	{ code: '76', name: 'Sulawesi Barat', aliases: ['sulbar', 'west sulawesi'] },
	{ code: '81', name: 'Maluku' },
	{ code: '82', name: 'Maluku Utara', aliases: ['malut', 'north maluku'] },
	{ code: '91', name: 'Papua' },
	{ code: '92', name: 'Papua Barat', aliases: ['west papua'] },
	{ code: '93', name: 'Papua Selatan', aliases: ['south papua'] },
	{ code: '94', name: 'Papua Tengah', aliases: ['central papua'] },
	{ code: '95', name: 'Papua Pegunungan', aliases: ['highland papua'] },
	{ code: '96', name: 'Papua Barat Daya', aliases: ['southwest papua'] }
];

function regencies(province: string, list: readonly [string, string][]): Regency[] {
	return list.map(([code, name]) => ({
		code: `${province}.${code}`,
		name,
		kind: Number(code) >= 71 ? 'city' : 'regency'
	}));
}

/** Regencies and cities by province code; provinces not listed yet have none here. */
export const REGENCIES_BY_PROVINCE: Readonly<Record<string, readonly Regency[]>> = {
	'31': regencies('31', [
		['01', 'Kabupaten Administrasi Kepulauan Seribu'],
		['71', 'Kota Administrasi Jakarta Selatan'],
		['72', 'Kota Administrasi Jakarta Timur'],
		['73', 'Kota Administrasi Jakarta Pusat'],
		['74', 'Kota Administrasi Jakarta Barat'],
		['75', 'Kota Administrasi Jakarta Utara']
	]),
	'32': regencies('32', [
		['01', 'Kabupaten Bogor'],
		['02', 'Kabupaten Sukabumi'],
		['03', 'Kabupaten Cianjur'],
		['04', 'Kabupaten Bandung'],
		['05', 'Kabupaten Garut'],
		['06', 'Kabupaten Tasikmalaya'],
		['07', 'Kabupaten Ciamis'],
		['08', 'Kabupaten Kuningan'],
		['09', 'Kabupaten Cirebon'],
		['10', 'Kabupaten Majalengka'],
		['11', 'Kabupaten Sumedang'],
		['12', 'Kabupaten Indramayu'],
		['13', 'Kabupaten Subang'],
		['14', 'Kabupaten Purwakarta'],
		['15', 'Kabupaten Karawang'],
		['16', 'Kabupaten Bekasi'],
		['17', 'Kabupaten Bandung Barat'],
		['18', 'Kabupaten Pangandaran'],
		['71', 'Kota Bogor'],
		['72', 'Kota Sukabumi'],
		['73', 'Kota Bandung'],
		['74', 'Kota Cirebon'],
		['75', 'Kota Bekasi'],
		['76', 'Kota Depok'],
		['77', 'Kota Cimahi'],
		['78', 'Kota Tasikmalaya'],
		['79', 'Kota Banjar']
	]),
	'34': regencies('34', [
		['01', 'Kabupaten Kulon Progo'],
		['02', 'Kabupaten Bantul'],
		['03', 'Kabupaten Gunungkidul'],
		['04', 'Kabupaten Sleman'],
		['71', 'Kota Yogyakarta']
	]),
	'36': regencies('36', [
		['01', 'Kabupaten Pandeglang'],
		['02', 'Kabupaten Lebak'],
		['03', 'Kabupaten Tangerang'],
		['04', 'Kabupaten Serang'],
		['71', 'Kota Tangerang'],
		['72', 'Kota Cilegon'],
		['73', 'Kota Serang'],
		['74', 'Kota Tangerang Selatan']
	]),
	'51': regencies('51', [
		['01', 'Kabupaten Jembrana'],
		['02', 'Kabupaten Tabanan'],
		['03', 'Kabupaten Badung'],
		['04', 'Kabupaten Gianyar'],
		['05', 'Kabupaten Klungkung'],
		['06', 'Kabupaten Bangli'],
		['07', 'Kabupaten Karangasem'],
		['08', 'Kabupaten Buleleng'],
		['71', 'Kota Denpasar']
	])
};

export function provinceByCode(code: string): Province | undefined {
	return PROVINCES.find((province) => province.code === code);
}

export function regenciesOf(provinceCode: string): readonly Regency[] {
	return REGENCIES_BY_PROVINCE[provinceCode] ?? [];
}

export function regencyByCode(code: string): Regency | undefined {
	return regenciesOf(code.slice(0, 2)).find((regency) => regency.code === code);
}

/** The province code of a regency or city code ("34.71" -> "34"). */
export function provinceOfRegency(regencyCode: string): string {
	return regencyCode.slice(0, 2);
}

/** An area a service covers: the whole country, or some provinces and regencies. */
export interface AreaCoverage {
	national: boolean;
	provinces: string[];
	regencies: string[];
}

function simplify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const NATIONAL_NAMES = new Set(['indonesia', 'nasional', 'national', 'seluruh indonesia', 'all of indonesia', 'semua daerah', 'everywhere']);
const REGION_PREFIXES = /^(provinsi|propinsi|province|prov|kabupaten administrasi|kota administrasi|kabupaten|kab|kota|city|regency)\s+/;

interface NameEntry {
	kind: 'province' | 'regency';
	code: string;
}

const NAME_INDEX: ReadonlyMap<string, NameEntry[]> = (() => {
	const index = new Map<string, NameEntry[]>();
	const add = (name: string, entry: NameEntry) => {
		const key = simplify(name);
		index.set(key, [...(index.get(key) ?? []), entry]);
	};
	for (const province of PROVINCES) {
		add(province.name, { kind: 'province', code: province.code });
		for (const alias of province.aliases ?? []) add(alias, { kind: 'province', code: province.code });
	}
	for (const list of Object.values(REGENCIES_BY_PROVINCE)) {
		for (const regency of list) {
			add(regency.name, { kind: 'regency', code: regency.code });
			// "Kabupaten Bantul" is also written "Bantul", "Kab. Bantul"; a city as "Kota Bandung".
			const bare = simplify(regency.name).replace(REGION_PREFIXES, '').replace(REGION_PREFIXES, '');
			if (regency.kind === 'city') add(`kota ${bare}`, { kind: 'regency', code: regency.code });
			add(bare, { kind: 'regency', code: regency.code });
		}
	}
	return index;
})();

/**
 * The regions a free-text area name refers to ("DKI Jakarta", "Kab. Bantul", "Seluruh Indonesia").
 * A bare name shared by a regency and a city ("Bandung") gives both.
 */
export function regionsNamed(name: string): AreaCoverage {
	const coverage: AreaCoverage = { national: false, provinces: [], regencies: [] };
	const simple = simplify(name);
	if (simple === '') return coverage;
	if (NATIONAL_NAMES.has(simple)) return { ...coverage, national: true };
	const candidates = [simple, simple.replace(REGION_PREFIXES, '')];
	for (const candidate of candidates) {
		for (const entry of NAME_INDEX.get(candidate) ?? []) {
			const list = entry.kind === 'province' ? coverage.provinces : coverage.regencies;
			if (!list.includes(entry.code)) list.push(entry.code);
		}
		if (coverage.provinces.length + coverage.regencies.length > 0) break;
	}
	return coverage;
}

/**
 * True when a service covering `coverage` serves a person in `area` (a province, or a regency
 * within its province). National services serve everyone; so does a service whose area is not
 * known (an imported entry without an area), since leaving it out could hide help.
 */
export function coverageIncludes(coverage: AreaCoverage, area: { province?: string; regency?: string }): boolean {
	if (coverage.national) return true;
	if (coverage.provinces.length === 0 && coverage.regencies.length === 0) return true;
	const province = area.province ?? (area.regency ? provinceOfRegency(area.regency) : undefined);
	if (province === undefined) return true;
	if (coverage.provinces.includes(province)) return true;
	if (area.regency !== undefined) return coverage.regencies.includes(area.regency);
	return coverage.regencies.some((code) => provinceOfRegency(code) === province);
}
