import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	BUNDLED_CHECKED_ON,
	BUNDLED_PACK_ID,
	BUNDLED_RECORD_KEYS,
	BUNDLED_SERVICES,
	PROGRAMME_SERVICES,
	PROVINCIAL_SERVICES,
	REFERENCE_SERVICES,
	bundledRecordSet,
	bundledServiceId
} from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { isWhatsApp, serviceNotes } from '$lib/resources/notes';
import { isOpenAt } from '$lib/resources/schedule';
import { searchDocumentFor } from '$lib/resources/search';
import { schemaValidator } from './hsds-schema';
import { resourceText } from './locale-text';
import { PROVINCES } from '$lib/resources/regions';
import { NEED_CODES } from '$lib/resources/taxonomy';

/** Every phone number in the Contact column of the reference (shared/reference/indonesia-helplines.md). */
const REFERENCE_NUMBERS = [
	'112',
	'110',
	'119',
	'129',
	'0811-1129-129',
	'(021) 3903963',
	'021-171',
	'1500-771',
	'165',
	'0811-8165-165',
	'0800-1500-119',
	'1500-567',
	'184'
];
const REFERENCE_FILE = join(process.cwd(), '../shared/reference/indonesia-helplines.md');

const directories = {
	id: new DirectoryIndex([bundledRecordSet(resourceText('id'), 'id')]),
	en: new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')])
};
const detail = (key: Parameters<typeof bundledServiceId>[0], language: 'id' | 'en' = 'id') => directories[language].serviceDetail(bundledServiceId(key))!;

describe('the bundled national directory', () => {
	it('has every row of the reference and the national programmes', () => {
		expect(REFERENCE_SERVICES.map((service) => service.key)).toEqual([
			'emergency112',
			'police110',
			'medical119',
			'sapa129',
			'uptdPpa',
			'komnasPerempuan',
			'kemensosCommandCenter',
			'tepsa',
			'bpjsKesehatan',
			'healing119',
			'sejiwa',
			'jakcare',
			'haloKemenkes',
			'bnn184',
			'legalAid',
			'dinasSosial',
			'pkh',
			'puskesmas'
		]);
		expect(BUNDLED_SERVICES).toEqual([...REFERENCE_SERVICES, ...PROGRAMME_SERVICES, ...PROVINCIAL_SERVICES]);
		expect(directories.id.services(BUNDLED_PACK_ID)).toHaveLength(BUNDLED_SERVICES.length);
		expect(new Set(BUNDLED_SERVICES.map((service) => service.key)).size).toBe(BUNDLED_SERVICES.length);
	});

	it('uses only phone numbers from the reference in its rows, and all of them', () => {
		const ids = new Set(REFERENCE_SERVICES.map((service) => bundledServiceId(service.key)));
		const numbers = new Set(directories.id.records().flatMap((record) => (record.type === 'phone' && ids.has(record.data.service_id!) ? [record.data.number] : [])));
		for (const number of numbers) expect(REFERENCE_NUMBERS, number).toContain(number);
		expect([...numbers].sort()).toEqual([...REFERENCE_NUMBERS].sort());
		if (existsSync(REFERENCE_FILE)) {
			const reference = readFileSync(REFERENCE_FILE, 'utf8');
			for (const number of REFERENCE_NUMBERS) expect(reference).toContain(number);
		}
		expect(detail('sejiwa').phones[0]!.phone).toMatchObject({ number: '119', extension: 8 });
		// Healing119.id's WhatsApp number is UNCONFIRMED in the reference and has no number there.
		expect(detail('healing119').phones).toEqual([]);
		expect(detail('healing119').service.url).toBe('https://healing119.id');
	});

	it('flags the UNCONFIRMED rows with a caution a person reads', () => {
		const flagged = REFERENCE_SERVICES.filter((service) => serviceNotes(detail(service.key)).unconfirmed.length > 0).map((service) => service.key);
		expect(flagged).toEqual(['tepsa', 'bpjsKesehatan', 'sejiwa']);
		for (const { key, unconfirmed } of BUNDLED_SERVICES) {
			expect(Boolean(detail(key).service.alert), key).toBe(Boolean(unconfirmed));
			expect(Boolean(detail(key, 'en').service.alert), key).toBe(Boolean(unconfirmed));
		}
		for (const key of flagged) {
			expect(detail(key, 'id').service.alert).toMatch(/^Belum dipastikan/);
			expect(detail(key, 'en').service.alert).toMatch(/^Careful/);
		}
		expect(detail('sapa129').service.alert).toBeUndefined();
	});

	it('gives each service its source, checked date, guidance for when it does not work out, and another service to try', () => {
		const ids = new Set(directories.id.serviceIds());
		for (const { key } of BUNDLED_SERVICES) {
			const notes = serviceNotes(detail(key));
			expect(notes.sources.length, key).toBeGreaterThan(0);
			expect(notes.checkedOn, key).toBe(BUNDLED_CHECKED_ON);
			expect(notes.ifNotWorking, key).toBeTruthy();
			expect(notes.tryInstead.length, key).toBeGreaterThan(0);
			for (const other of notes.tryInstead) expect(ids.has(other), `${key} -> ${other}`).toBe(true);
			expect(notes.needs.length, key).toBeGreaterThan(0);
			expect(notes.systems.length, key).toBeGreaterThan(0);
			const service = detail(key).service;
			expect(service.description && service.eligibility_description && service.application_process, key).toBeTruthy();
		}
		expect(serviceNotes(detail('sapa129')).sources).toEqual(['jabar.antaranews.com/amp/berita/469599 (21 September 2023)']);
	});

	it('writes sources in the language of the directory, with no English glue words on Indonesian screens', () => {
		expect(serviceNotes(detail('medical119')).sources).toEqual(['siaran pers Kemenkes, dikutip Antara (Juni 2016)', 'Permenkes 19/2016']);
		expect(serviceNotes(detail('medical119', 'en')).sources).toEqual(['Kemenkes press release, via Antara (June 2016)', 'Permenkes 19/2016']);
		for (const { key } of BUNDLED_SERVICES) {
			for (const source of serviceNotes(detail(key)).sources) expect(source, key).not.toMatch(/\b(via|release|quoting|undated)\b/i);
		}
	});

	it('marks the WhatsApp numbers', () => {
		const whatsapp = directories.id.services().flatMap((service) => service.phones.filter(isWhatsApp).map(({ phone }) => phone.number));
		expect(whatsapp.sort()).toEqual(
			['0811-1129-129', '0811-8165-165', '081157157157', '08111772273', '08118005373', '082137373737', '0857-7001-0048'].sort()
		);
	});

	it('lists documents to bring and says what is free', () => {
		expect(detail('legalAid', 'en').requiredDocuments.map((document) => document.document)).toEqual([
			'Identity card (KTP) or other ID',
			expect.stringContaining('SKTM'),
			'Letters or papers about your problem'
		]);
		expect(searchDocumentFor(detail('emergency112')).free).toBe(true);
		expect(searchDocumentFor(detail('puskesmas')).free).toBe(false);
		expect(detail('police110').costOptions[0]).toMatchObject({ amount: 0, currency: 'IDR' });
	});

	it('serves all of Indonesia, except JakCare which serves DKI Jakarta and the offices of each province', () => {
		for (const { key, area } of BUNDLED_SERVICES) {
			const coverage = searchDocumentFor(detail(key, 'en')).coverage;
			if (key === 'jakcare') expect(coverage).toEqual({ national: false, provinces: ['31'], regencies: [] });
			else if (area === 'national') expect(coverage.national, key).toBe(true);
			else {
				// "Jambi" also names its capital city, which is in the province anyway.
				expect(coverage.national, key).toBe(false);
				expect(coverage.provinces, key).toEqual([area]);
				for (const regency of coverage.regencies) expect(regency.startsWith(`${area}.`), key).toBe(true);
			}
		}
	});

	it('knows the hours the reference gives: 24 hours, and Komnas Perempuan on weekdays 09:00-16:00 WIB', () => {
		const komnas = detail('komnasPerempuan').schedules;
		expect(komnas).toMatchObject([{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '16:00', timezone: 7 }]);
		// Friday 28 November 2026, 10:00 in Jakarta (03:00 UTC); Saturday at the same time.
		expect(isOpenAt(komnas, new Date('2026-11-27T03:00:00Z'))).toBe(true);
		expect(isOpenAt(komnas, new Date('2026-11-28T03:00:00Z'))).toBe(false);
		expect(isOpenAt(komnas, new Date('2026-11-27T10:00:00Z'))).toBe(false);
		expect(isOpenAt(detail('police110').schedules, new Date('2026-11-28T20:30:00Z'))).toBe(true);
		expect(isOpenAt(detail('sapa129').schedules, new Date())).toBeUndefined();
	});

	it('gives a 24/7 schedule to exactly the lines the reference says are 24 hours, and no hours to the others', () => {
		const allDay = ['police110', 'kemensosCommandCenter', 'bpjsKesehatan', 'jakcare', 'bnn184'];
		for (const { key } of BUNDLED_SERVICES) {
			const schedules = detail(key).schedules;
			if (allDay.includes(key)) {
				expect(schedules, key).toMatchObject([{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }]);
				// 03:00 in Jakarta, and every other hour of a week, wherever the phone's clock is set.
				for (let hour = 0; hour < 7 * 24; hour++) {
					expect(isOpenAt(schedules, new Date(Date.UTC(2026, 10, 23, hour, 0)), { defaultUtcOffsetHours: 7 }), `${key} ${hour}`).toBe(true);
					expect(isOpenAt(schedules, new Date(Date.UTC(2026, 10, 23, hour, 59, 59)), { defaultUtcOffsetHours: -3 }), `${key} ${hour}`).toBe(true);
				}
			} else if (key !== 'komnasPerempuan') expect(schedules, key).toEqual([]);
		}
		// 112, 119 and SAPA 129 give no hours in the reference: none are made up.
		for (const key of ['emergency112', 'medical119', 'sapa129'] as const) expect(isOpenAt(detail(key).schedules, new Date())).toBeUndefined();
		if (existsSync(REFERENCE_FILE)) {
			const rows = readFileSync(REFERENCE_FILE, 'utf8')
				.split('\n')
				.filter((line) => line.startsWith('| '));
			for (const service of REFERENCE_SERVICES) {
				const row = rows.filter(
					(line) =>
						service.sources.every((source) => line.includes(source.name) && (!source.date || line.includes(source.date))) &&
						(service.phones ?? []).every((phone) => line.includes(phone.number))
				);
				expect(row, service.key).toHaveLength(1);
				expect(/\b24 h\b|24\/7/.test(row[0]!), service.key).toBe(allDay.includes(service.key));
			}
		}
	});

	for (const language of ['id', 'en'] as const) {
		it(`is valid HSDS in ${language}, with the same ids in both languages`, () => {
			const records = directories[language].records();
			for (const record of records) {
				const validate = schemaValidator(`${record.type}.json`);
				expect(validate(record.data), `${record.type}: ${JSON.stringify(validate.errors)}`).toBe(true);
			}
			expect(new Set(records.map((record) => `${record.type}:${record.data.id}`))).toEqual(BUNDLED_RECORD_KEYS);
		});
	}

	it('reads in each language', () => {
		expect(detail('puskesmas', 'id').service.application_process).toMatch(/Datang ke Puskesmas/);
		expect(detail('puskesmas', 'en').service.application_process).toMatch(/Go to the Puskesmas/);
		expect(detail('dinasSosial', 'en').organization?.name).toMatch(/regional government/i);
	});
});

/** Every phone number, email and link of the entries beyond the reference, with the source it was read in. */
const PROGRAMME_CONTACTS: Record<string, string> = {
	'157': 'Bisnis.com 2024-10-22; kupang.antaranews.com/berita/152729',
	'081157157157': 'Bisnis.com 2024-10-22; balipost.com 2024-12-02',
	'konsumen@ojk.go.id': 'Bisnis.com 2024-10-22',
	'https://kontak157.ojk.go.id': 'balipost.com 2024-12-02',
	'https://aduankonten.id': 'sumsel.suara.com 2025-08-05',
	'https://patrolisiber.id': 'sumsel.suara.com 2025-08-05',
	'https://karirhub.kemnaker.go.id': 'kilasjava.com 2026-02-11',
	'https://lapormenaker.kemnaker.go.id': 'selalukabar.com (Antara) 2025-11-12',
	'175': 'katadata.co.id 2021-09',
	'care@bpjsketenagakerjaan.go.id': 'katadata.co.id 2021-09',
	'https://www.prakerja.go.id': 'Kemnaker e-kliping 2020-11-24',
	'https://pip.kemdikbud.go.id': 'liputan6.com 2023-01-24',
	'(021) 31901556': 'jabar.tribunnews.com 2022-10-18',
	'08111772273': 'antaranews.com/berita/3154969; jabar.tribunnews.com 2022-10-18',
	'pengaduan@kpai.go.id': 'jabar.tribunnews.com 2022-10-18',
	'1500537': 'infobanknews.com',
	'08118005373': 'infobanknews.com',
	'137': 'nasional.kompas.com 2021-12-30',
	'082137373737': 'ombudsman.go.id 2021-10-25',
	'pengaduan@ombudsman.go.id': 'nasional.kompas.com 2021-12-30',
	'148': 'nasional.tempo.co/read/1495975',
	'0857-7001-0048': 'nasional.tempo.co/read/1495975',
	'lpsk_ri@lpsk.go.id': 'nasional.tempo.co/read/1495975',
	'143': 'republika.co.id 2022-12-06'
};

describe('the national programmes beyond the reference', () => {
	it('use only contacts read in their sources, each listed here with the source', () => {
		const ids = new Set(PROGRAMME_SERVICES.map((service) => bundledServiceId(service.key)));
		const contacts = new Set<string>();
		for (const record of directories.id.records()) {
			if (record.type === 'phone' && ids.has(record.data.service_id!)) contacts.add(record.data.number);
			if (record.type === 'service' && ids.has(record.data.id)) {
				if (record.data.email) contacts.add(record.data.email);
				if (record.data.url) contacts.add(record.data.url);
			}
		}
		expect([...contacts].sort()).toEqual(Object.keys(PROGRAMME_CONTACTS).sort());
	});

	it('give no opening hours: their sources disagree or are old', () => {
		for (const { key } of PROGRAMME_SERVICES) expect(detail(key).schedules, key).toEqual([]);
	});

	it('carry a caution wherever a contact was read only in news reports', () => {
		const withContact = PROGRAMME_SERVICES.filter((service) => (service.phones ?? []).length > 0 || service.url || service.email);
		for (const service of withContact) expect(service.unconfirmed, service.key).toBeTruthy();
		for (const { key } of PROGRAMME_SERVICES.filter((service) => service.unconfirmed)) {
			expect(detail(key, 'id').service.alert, key).toMatch(/^Belum dipastikan/);
			expect(detail(key, 'en').service.alert, key).toMatch(/^Careful/);
		}
	});
});

describe('the provincial layer', () => {
	it('has the UPTD PPA and the Dinas Sosial of each of the 38 provinces, with sources and no invented contact', () => {
		expect(PROVINCIAL_SERVICES).toHaveLength(76);
		for (const province of PROVINCES) {
			const mine = PROVINCIAL_SERVICES.filter((service) => service.area === province.code);
			expect(mine.map((service) => service.key), province.name).toEqual([`provinsi-uptdPpa-${province.code}`, `provinsi-dinasSosial-${province.code}`]);
			for (const service of mine) {
				const found = detail(service.key);
				expect(found.phones, service.key).toEqual([]);
				expect(found.service.email ?? found.service.url, service.key).toBeUndefined();
				expect(found.service.name, service.key).toContain(province.name);
				expect(detail(service.key, 'en').service.name, service.key).toContain(province.name);
				// How to reach it, in words, since no contact could be confirmed.
				expect(found.service.application_process, service.key).toMatch(/belum menemukan kontak resmi/);
				expect(serviceNotes(found).sources.length, service.key).toBeGreaterThan(0);
			}
		}
	});
});

describe('every category of need', () => {
	it('has at least five national entries, each with a source and a checked date', () => {
		for (const need of NEED_CODES) {
			const entries = BUNDLED_SERVICES.filter((service) => service.area === 'national' && service.needs.includes(need));
			expect(entries.length, need).toBeGreaterThanOrEqual(5);
			for (const { key } of entries) {
				const notes = serviceNotes(detail(key));
				expect(notes.needs, key).toContain(need);
				expect(notes.sources.length, key).toBeGreaterThan(0);
				expect(notes.checkedOn, key).toBe(BUNDLED_CHECKED_ON);
			}
		}
	});
});
