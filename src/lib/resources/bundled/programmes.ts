/**
 * National programmes and entry points beyond the project reference, so that every category of
 * need has somewhere to start: debt and illegal online lenders, work, housing, food, education,
 * documents, disability and older people. Read in November 2026 in public pages, each named in
 * `sources` (publisher, the site it was read on, date). The rules of ./indonesia.ts hold here too:
 * - never a number, address, email or opening time that the sources do not give; where no source
 *   gives a contact, the texts say how to reach the service (the village office, the regency's
 *   office, a school, a court) without one;
 * - a contact read only in news reports, or in old ones, is `unconfirmed` (what is not confirmed)
 *   and the screens show a caution;
 * - no hours: the sources disagree or are old, so "open now" keeps these, marked "hours not known".
 * Texts are in the `resources` namespace under `bundled.services.<key>` like the reference's.
 * Keys stay stable: other data (entitlement rules) refers to them.
 */
import type { BundledService } from './indonesia';

/** The caution kept for contacts read only in news reports. */
const NEWS_ONLY = 'Contact read only in news reports, not on an official page: UNCONFIRMED';

export const PROGRAMME_SERVICES: readonly BundledService[] = [
	// Debt and illegal online lenders
	{
		key: 'ojk157',
		organization: 'ojk',
		needs: ['debt', 'money-aid'],
		systems: ['societal-government'],
		phones: [
			{ key: 'ojk157', number: '157' },
			{ key: 'ojk157WhatsApp', number: '081157157157', whatsapp: true }
		],
		email: 'konsumen@ojk.go.id',
		url: 'https://kontak157.ojk.go.id',
		documents: ['ktp', 'caseDocuments', 'evidence'],
		cost: 'free',
		area: 'national',
		sources: [
			{ name: 'Bisnis.com', date: '2024-10-22' },
			{ name: 'balipost.com', date: '2024-12-02' },
			{ name: 'kupang.antaranews.com/berita/152729' }
		],
		unconfirmed: 'WhatsApp number read in news reports only, once written 0811-157-157-157: UNCONFIRMED',
		tryInstead: ['satgasPasti', 'legalAid']
	},
	{
		key: 'satgasPasti',
		organization: 'ojk',
		needs: ['debt'],
		systems: ['societal-government'],
		documents: ['evidence'],
		area: 'national',
		sources: [
			{ name: 'balipost.com', date: '2024-12-02' },
			{ name: 'infobisnis.id', date: '2024-04-22' }
		],
		tryInstead: ['ojk157', 'aduanKonten', 'patroliSiber']
	},
	{
		key: 'aduanKonten',
		organization: 'komdigi',
		needs: ['debt', 'violence-abuse'],
		systems: ['societal-government'],
		url: 'https://aduankonten.id',
		documents: ['evidence'],
		area: 'national',
		sources: [{ name: 'sumsel.suara.com', date: '2025-08-05' }],
		unconfirmed: NEWS_ONLY,
		tryInstead: ['patroliSiber', 'ojk157']
	},
	{
		key: 'patroliSiber',
		organization: 'polri',
		needs: ['debt', 'violence-abuse'],
		systems: ['societal-police'],
		url: 'https://patrolisiber.id',
		documents: ['ktp', 'evidence'],
		area: 'national',
		sources: [
			{ name: 'sumsel.suara.com', date: '2025-08-05' },
			{ name: 'suara.com', date: '2025-05-06' }
		],
		unconfirmed: NEWS_ONLY,
		tryInstead: ['police110', 'legalAid']
	},
	// Work
	{
		key: 'karirhub',
		organization: 'kemnaker',
		needs: ['work'],
		systems: ['societal-government'],
		url: 'https://karirhub.kemnaker.go.id',
		cost: 'free',
		area: 'national',
		sources: [
			{ name: 'Kemnaker', kind: 'pressRelease', via: 'kilasjava.com', date: '2026-02-11' },
			{ name: 'jurnaltempo.com' }
		],
		unconfirmed: NEWS_ONLY,
		tryInstead: ['disnaker', 'prakerja']
	},
	{
		key: 'laporMenaker',
		organization: 'kemnaker',
		needs: ['work'],
		systems: ['societal-government'],
		url: 'https://lapormenaker.kemnaker.go.id',
		documents: ['ktp', 'caseDocuments'],
		cost: 'free',
		area: 'national',
		sources: [
			{ name: 'Antara', via: 'selalukabar.com', date: '2025-11-12' },
			{ name: 'jpnn.com', date: '2025-11-12' }
		],
		unconfirmed: NEWS_ONLY,
		tryInstead: ['disnaker', 'legalAid']
	},
	{
		key: 'bpjsKetenagakerjaan',
		organization: 'bpjsKetenagakerjaan',
		needs: ['work', 'money-aid', 'older-people'],
		systems: ['societal-government'],
		phones: [{ key: 'bpjsTk175', number: '175' }],
		email: 'care@bpjsketenagakerjaan.go.id',
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'katadata.co.id', date: '2021-09' }],
		unconfirmed: 'Contact read in a 2021 news report only: UNCONFIRMED',
		tryInstead: ['disnaker', 'laporMenaker']
	},
	{
		key: 'prakerja',
		organization: 'prakerja',
		needs: ['work', 'education'],
		systems: ['societal-government'],
		url: 'https://www.prakerja.go.id',
		documents: ['ktp'],
		area: 'national',
		sources: [
			{ name: 'Kemnaker (e-kliping ketenagakerjaan)', date: '2020-11-24' },
			{ name: 'dawainusa.com', date: '2020-08' }
		],
		unconfirmed: 'Sources from 2020: whether registration is open now is UNCONFIRMED',
		tryInstead: ['disnaker', 'karirhub']
	},
	{
		key: 'disnaker',
		organization: 'localGovernment',
		needs: ['work'],
		systems: ['societal-government'],
		documents: ['ktp', 'caseDocuments'],
		cost: 'free',
		area: 'national',
		sources: [{ name: 'UU 2/2004' }, { name: 'Antara', via: 'selalukabar.com', date: '2025-11-12' }],
		tryInstead: ['laporMenaker', 'legalAid']
	},
	// Housing
	{
		key: 'bsps',
		organization: 'kemenPkp',
		needs: ['housing'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [
			{ name: 'radarlampung.disway.id', date: '2025' },
			{ name: 'blog.tribunjualbeli.com', date: '2025' }
		],
		unconfirmed: 'Read in news reports only, not on an official page: UNCONFIRMED',
		tryInstead: ['desaKelurahan', 'dinasPerkim']
	},
	{
		key: 'desaKelurahan',
		organization: 'villageGovernment',
		needs: ['money-aid', 'food', 'housing', 'legal-documents', 'disability', 'older-people'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [
			{ name: 'dinsos.garutkab.go.id' },
			{ name: 'rembangkab.go.id', date: '2025' },
			{ name: 'radarlampung.disway.id', date: '2025' }
		],
		tryInstead: ['dinasSosial', 'kemensosCommandCenter']
	},
	{
		key: 'dinasPerkim',
		organization: 'localGovernment',
		needs: ['housing'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'UU 23/2014' }, { name: 'blog.tribunjualbeli.com', date: '2025' }],
		tryInstead: ['desaKelurahan', 'dinasSosial']
	},
	// Food
	{
		key: 'mbg',
		organization: 'bgn',
		needs: ['food', 'family-children', 'education'],
		systems: ['societal-government'],
		cost: 'free',
		area: 'national',
		sources: [
			{ name: 'Perpres 83/2024' },
			{ name: 'kontan.co.id' },
			{ name: 'wartabanjar.com', date: '2024-11-01' }
		],
		unconfirmed: 'How it reaches pregnant and breastfeeding mothers and young children where you live: UNCONFIRMED',
		tryInstead: ['desaKelurahan', 'puskesmas']
	},
	{
		key: 'atensi',
		organization: 'kemensos',
		// The Kemensos page lists support for daily needs and psychosocial therapy among ATENSI's activities.
		needs: ['older-people', 'disability', 'food', 'family-children', 'mental-health'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'kemensos.go.id', date: '2021-06-22' }, { name: 'Permensos 16/2020' }],
		tryInstead: ['dinasSosial', 'kemensosCommandCenter']
	},
	// Education
	{
		key: 'pip',
		organization: 'kemendikdasmen',
		needs: ['education', 'money-aid'],
		systems: ['societal-school'],
		url: 'https://pip.kemdikbud.go.id',
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'liputan6.com', date: '2023-01-24' }],
		unconfirmed: 'Website read in a 2023 news report only: UNCONFIRMED',
		tryInstead: ['dinasPendidikan', 'pkh']
	},
	{
		key: 'dinasPendidikan',
		organization: 'localGovernment',
		needs: ['education'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'UU 23/2014' }],
		tryInstead: ['pip', 'pkbm']
	},
	{
		key: 'pkbm',
		organization: 'localGovernment',
		needs: ['education', 'work'],
		systems: ['societal-school'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'UU 20/2003' }, { name: 'kabaredemak.com', date: '2016-05' }],
		tryInstead: ['dinasPendidikan', 'pip']
	},
	{
		key: 'kpai',
		organization: 'kpai',
		needs: ['family-children', 'education', 'violence-abuse'],
		systems: ['societal-government'],
		phones: [
			{ key: 'kpai', number: '(021) 31901556' },
			{ key: 'kpaiWhatsApp', number: '08111772273', whatsapp: true }
		],
		email: 'pengaduan@kpai.go.id',
		documents: ['evidence', 'caseDocuments'],
		area: 'national',
		sources: [
			{ name: 'antaranews.com/berita/3154969', date: '2022' },
			{ name: 'jabar.tribunnews.com', date: '2022-10-18' }
		],
		unconfirmed: NEWS_ONLY,
		tryInstead: ['sapa129', 'uptdPpa']
	},
	// Legal help and documents
	{
		key: 'dukcapil',
		organization: 'kemendagri',
		needs: ['legal-documents'],
		systems: ['societal-government'],
		phones: [
			{ key: 'dukcapil', number: '1500537' },
			{ key: 'dukcapilWhatsApp', number: '08118005373', whatsapp: true }
		],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'infobanknews.com' }, { name: 'detik.com', date: '2017-09-19' }],
		unconfirmed: 'Contact read in an older news report only: UNCONFIRMED',
		tryInstead: ['desaKelurahan', 'ombudsman']
	},
	{
		key: 'ombudsman',
		organization: 'ombudsman',
		needs: ['legal-documents', 'money-aid', 'health', 'education'],
		systems: ['societal-government'],
		phones: [
			{ key: 'ombudsman137', number: '137' },
			{ key: 'ombudsmanWhatsApp', number: '082137373737', whatsapp: true }
		],
		email: 'pengaduan@ombudsman.go.id',
		documents: ['ktp', 'caseDocuments'],
		cost: 'free',
		area: 'national',
		sources: [
			{ name: 'ombudsman.go.id (Ombudsman Sultra)', date: '2021-10-25' },
			{ name: 'nasional.kompas.com', date: '2021-12-30' }
		],
		unconfirmed: 'The 137 line and the email were read in news reports only: UNCONFIRMED',
		tryInstead: ['legalAid']
	},
	{
		key: 'lpsk',
		organization: 'lpsk',
		needs: ['violence-abuse', 'legal-documents'],
		systems: ['societal-government'],
		phones: [
			{ key: 'lpsk148', number: '148' },
			{ key: 'lpskWhatsApp', number: '0857-7001-0048', whatsapp: true }
		],
		email: 'lpsk_ri@lpsk.go.id',
		documents: ['ktp', 'caseDocuments', 'evidence'],
		area: 'national',
		sources: [
			{ name: 'nasional.tempo.co/read/1495975', date: '2021' },
			{ name: 'mandalika.antaranews.com/berita/1364426', date: '2020' }
		],
		unconfirmed: NEWS_ONLY,
		tryInstead: ['legalAid', 'police110']
	},
	{
		key: 'posbakum',
		organization: 'mahkamahAgung',
		needs: ['legal-documents', 'family-children'],
		systems: ['societal-court'],
		documents: ['ktp', 'sktm', 'caseDocuments'],
		cost: 'free-for-poor',
		area: 'national',
		sources: [{ name: 'PERMA 1/2014' }],
		tryInstead: ['legalAid']
	},
	// Disability
	{
		key: 'knd',
		organization: 'knd',
		needs: ['disability'],
		systems: ['societal-government'],
		phones: [{ key: 'knd143', number: '143' }],
		area: 'national',
		sources: [
			{ name: 'republika.co.id', date: '2022-12-06' },
			{ name: 'kbr.id', date: '2024-12' }
		],
		unconfirmed: 'Read in news reports only; how to reach DiTA 143 from every phone is UNCONFIRMED',
		tryInstead: ['dinasSosial', 'atensi']
	}
];
