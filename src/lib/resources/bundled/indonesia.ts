/**
 * The national directory Langkah ships for Indonesia, as data. Every row of the project reference
 * "Indonesian help lines and social-service entry points" is here (collected 2026-11), with the
 * national programmes and entry points it names. Rules kept from that file:
 * - never a number, address or email that is not in it; `sources` holds its Source column as data
 *   (publisher, the site it was read on, date), written out in the language on screen;
 * - a row it marks UNCONFIRMED has `unconfirmed` (its words) and a caution the screens show;
 * - Healing119.id's WhatsApp number is UNCONFIRMED there and has no number, so it is left out.
 * - "If it does not work out" texts may name an institution without a contact, where the law sets
 *   it up: the Ombudsman Republik Indonesia for unfair treatment by a public service (UU 37/2008)
 *   and the legal-aid posts (Posbakum) at district courts (PERMA 1/2014). Komnas Perempuan's
 *   office is in Jakarta, so its weekday hours are read in Western Indonesian Time (UTC+7).
 * Beyond the reference: national programmes in ./programmes.ts and the offices of each province in
 * ./provincial.ts, with the same rules and their own sources; `BUNDLED_SERVICES` (./index.ts) is all.
 * Texts people read (names, what it is for, who it is for, how to reach it, what if it does not
 * work out, documents, hours) are keys in the `resources` namespace: `bundled.services.<key>.*`,
 * `bundled.organizations.<key>.*`, `bundled.documents.<key>`, `bundled.phones.<key>`.
 */
import type { SourceRef } from '$lib/i18n/sources';
import type { NeedCode, SystemCode } from '../taxonomy';
import type { ProvincialKey } from './provincial';

/**
 * The day these entries were last checked. The reference says "collected 2026-11" and was written
 * on 2026-11-28; HSDS's `assured_date` wants a full date, so it is that day.
 */
export const BUNDLED_CHECKED_ON = '2026-11-28';

export type OrganizationKey =
	| 'localGovernment'
	| 'villageGovernment'
	| 'ojk'
	| 'komdigi'
	| 'kemnaker'
	| 'bpjsKetenagakerjaan'
	| 'prakerja'
	| 'kemenPkp'
	| 'bgn'
	| 'kemendikdasmen'
	| 'kemendagri'
	| 'ombudsman'
	| 'lpsk'
	| 'kpai'
	| 'knd'
	| 'mahkamahAgung'
	| 'polri'
	| 'kemenkes'
	| 'kemenpppa'
	| 'komnasPerempuan'
	| 'kemensos'
	| 'bpjsKesehatan'
	| 'himpsi'
	| 'pemprovDki'
	| 'bnn'
	| 'bphn';

export type DocumentKey = 'ktp' | 'kk' | 'sktm' | 'bpjsCard' | 'caseDocuments' | 'evidence';

export type ServiceKey =
	| 'emergency112'
	| 'police110'
	| 'medical119'
	| 'sapa129'
	| 'uptdPpa'
	| 'komnasPerempuan'
	| 'kemensosCommandCenter'
	| 'tepsa'
	| 'bpjsKesehatan'
	| 'healing119'
	| 'sejiwa'
	| 'jakcare'
	| 'haloKemenkes'
	| 'bnn184'
	| 'legalAid'
	| 'dinasSosial'
	| 'pkh'
	| 'puskesmas'
	// National programmes and entry points beyond the reference (./programmes.ts).
	| 'ojk157'
	| 'satgasPasti'
	| 'aduanKonten'
	| 'patroliSiber'
	| 'karirhub'
	| 'laporMenaker'
	| 'bpjsKetenagakerjaan'
	| 'prakerja'
	| 'disnaker'
	| 'bsps'
	| 'desaKelurahan'
	| 'dinasPerkim'
	| 'mbg'
	| 'atensi'
	| 'pip'
	| 'dinasPendidikan'
	| 'pkbm'
	| 'kpai'
	| 'dukcapil'
	| 'ombudsman'
	| 'lpsk'
	| 'posbakum'
	| 'knd';

export interface BundledOrganization {
	key: OrganizationKey;
	website?: string;
}

export interface BundledPhone {
	/** Also the key of its description: `bundled.phones.<key>`. */
	key: string;
	/** As the reference writes it. */
	number: string;
	extension?: number;
	whatsapp?: boolean;
}

export interface BundledService {
	key: ServiceKey | ProvincialKey;
	organization: OrganizationKey;
	needs: readonly NeedCode[];
	systems: readonly SystemCode[];
	phones?: readonly BundledPhone[];
	email?: string;
	url?: string;
	documents?: readonly DocumentKey[];
	/** Only where the reference says the service is free. */
	cost?: 'free' | 'free-for-poor';
	/**
	 * Only hours the reference gives. `always` (a schedule of every day, 00:00-23:59) only where its
	 * row says "24 h" or "24/7", quoted beside each entry; `office` is Komnas Perempuan's weekdays
	 * 09:00-16:00. The rows of 112, 119 and SAPA 129 give no hours, so those lines have no schedule:
	 * "open now" keeps them, marked "hours not known" (search.ts).
	 */
	hours?: 'always' | 'office';
	/** `national`, or the Kemendagri code of the one province it serves. */
	area: string;
	/** Its texts, when shared with others (`bundled.<textKey>.*`, default `services.<key>`), with values to fill in. */
	textKey?: string;
	textValues?: Readonly<Record<string, string>>;
	/**
	 * The reference's Source column for the row (or, beyond the reference, the pages the facts were
	 * read on), as data: written out in the directory's language.
	 */
	sources: readonly SourceRef[];
	/**
	 * The reference's words when part of the row is UNCONFIRMED (beyond the reference: what no
	 * official page confirmed); the service then carries a caution.
	 */
	unconfirmed?: string;
	/** Other services to try if this one does not work out (national ones). */
	tryInstead: readonly ServiceKey[];
	/** Which optional texts exist under `bundled.services.<key>`. */
	alternateName?: boolean;
}

export const BUNDLED_ORGANIZATIONS: readonly BundledOrganization[] = [
	{ key: 'localGovernment' },
	{ key: 'polri' },
	{ key: 'kemenkes' },
	{ key: 'kemenpppa' },
	{ key: 'komnasPerempuan' },
	{ key: 'kemensos', website: 'https://kemensos.go.id' },
	{ key: 'bpjsKesehatan' },
	{ key: 'himpsi' },
	{ key: 'pemprovDki' },
	{ key: 'bnn' },
	{ key: 'bphn', website: 'https://bphn.go.id' },
	{ key: 'villageGovernment' },
	{ key: 'ojk' },
	{ key: 'komdigi' },
	{ key: 'kemnaker' },
	{ key: 'bpjsKetenagakerjaan' },
	{ key: 'prakerja' },
	{ key: 'kemenPkp' },
	{ key: 'bgn' },
	{ key: 'kemendikdasmen' },
	{ key: 'kemendagri' },
	{ key: 'ombudsman' },
	{ key: 'lpsk' },
	{ key: 'kpai' },
	{ key: 'knd' },
	{ key: 'mahkamahAgung' }
];

/** The rows of the project reference, in its order. */
export const REFERENCE_SERVICES: readonly BundledService[] = [
	{
		key: 'emergency112',
		organization: 'localGovernment',
		needs: ['emergency-safety'],
		systems: ['societal-government'],
		phones: [{ key: 'emergency112', number: '112' }],
		cost: 'free',
		area: 'national',
		sources: [
			{ name: 'Permenkominfo 10/2016' },
			{ name: 'djppi.kominfo.go.id', date: '2023-10-14' },
			{ name: 'jabar.antaranews.com/berita/591741', date: '2025' }
		],
		tryInstead: ['police110', 'medical119']
	},
	{
		key: 'police110',
		organization: 'polri',
		needs: ['emergency-safety', 'violence-abuse'],
		systems: ['societal-police'],
		phones: [{ key: 'police110', number: '110' }],
		cost: 'free',
		// The reference: "110, free, 24 h (national since 2021-05-20)", from its sources below.
		hours: 'always',
		area: 'national',
		sources: [
			{ name: 'Republika', via: 'arahkompas.com', date: '2021-05-27' },
			{ name: 'sandiwartanews.com', date: '2026-01-12' }
		],
		tryInstead: ['emergency112', 'sapa129', 'legalAid']
	},
	{
		key: 'medical119',
		organization: 'kemenkes',
		needs: ['emergency-safety', 'health'],
		systems: ['societal-health-centre'],
		phones: [{ key: 'medical119', number: '119' }],
		cost: 'free',
		area: 'national',
		sources: [{ name: 'Kemenkes', kind: 'pressRelease', via: 'Antara', date: '2016-06' }, { name: 'Permenkes 19/2016' }],
		tryInstead: ['emergency112', 'puskesmas']
	},
	{
		key: 'sapa129',
		organization: 'kemenpppa',
		needs: ['violence-abuse', 'family-children', 'emergency-safety'],
		systems: ['societal-government'],
		phones: [
			{ key: 'sapa129Call', number: '129' },
			{ key: 'sapa129WhatsApp', number: '0811-1129-129', whatsapp: true }
		],
		documents: ['evidence'],
		area: 'national',
		sources: [{ name: 'jabar.antaranews.com/amp/berita/469599', date: '2023-09-21' }],
		tryInstead: ['uptdPpa', 'komnasPerempuan', 'police110']
	},
	{
		key: 'uptdPpa',
		organization: 'localGovernment',
		needs: ['violence-abuse', 'family-children', 'legal-documents'],
		systems: ['societal-government'],
		documents: ['ktp', 'evidence'],
		area: 'national',
		sources: [{ name: 'Permen PPPA 4/2018' }, { name: 'Perpres 55/2024' }],
		tryInstead: ['sapa129', 'komnasPerempuan']
	},
	{
		key: 'komnasPerempuan',
		organization: 'komnasPerempuan',
		needs: ['violence-abuse', 'legal-documents'],
		systems: ['societal-government'],
		phones: [{ key: 'komnasPerempuan', number: '(021) 3903963' }],
		email: 'pengaduan@komnasperempuan.go.id',
		documents: ['evidence', 'caseDocuments'],
		hours: 'office',
		area: 'national',
		sources: [{ name: 'metro.tempo.co/read/1910721', date: '2024' }],
		tryInstead: ['sapa129', 'uptdPpa', 'police110']
	},
	{
		key: 'kemensosCommandCenter',
		organization: 'kemensos',
		needs: ['money-aid', 'food'],
		systems: ['societal-government'],
		phones: [{ key: 'kemensosCommandCenter', number: '021-171' }],
		documents: ['ktp'],
		// The reference: "24 h: propose or contest who receives social aid", from its sources below.
		hours: 'always',
		area: 'national',
		sources: [
			{ name: 'tirto.id', kind: 'ministerQuoted', date: '2025-11-12' },
			{ name: 'kemensos.go.id', date: '2023-10-25' }
		],
		tryInstead: ['dinasSosial']
	},
	{
		key: 'tepsa',
		organization: 'kemensos',
		needs: ['family-children', 'violence-abuse'],
		systems: ['societal-government'],
		phones: [{ key: 'tepsa', number: '1500-771' }],
		area: 'national',
		sources: [{ name: 'kemensos.go.id', date: '2020-04-09' }],
		unconfirmed: 'Current operation UNCONFIRMED',
		tryInstead: ['sapa129', 'uptdPpa']
	},
	{
		key: 'bpjsKesehatan',
		organization: 'bpjsKesehatan',
		needs: ['health', 'money-aid'],
		systems: ['societal-government'],
		phones: [
			{ key: 'bpjsCareCenter', number: '165' },
			{ key: 'bpjsPandawa', number: '0811-8165-165', whatsapp: true }
		],
		documents: ['ktp', 'kk'],
		// The reference: "165, 24 h" (the Care Center line), from its sources below.
		hours: 'always',
		area: 'national',
		sources: [{ name: 'tirto.id' }, { name: 'cpu-data.info', date: '2022-09-11' }],
		unconfirmed: 'No official page found: UNCONFIRMED',
		tryInstead: ['dinasSosial', 'puskesmas', 'haloKemenkes']
	},
	{
		key: 'healing119',
		organization: 'kemenkes',
		// Suicide-prevention support: for someone not safe right now, as well as for mental health.
		needs: ['mental-health', 'emergency-safety'],
		systems: ['societal-government'],
		url: 'https://healing119.id',
		cost: 'free',
		area: 'national',
		sources: [{ name: 'kesprimkom.kemkes.go.id', date: '2025-08-07' }],
		tryInstead: ['puskesmas', 'jakcare', 'medical119']
	},
	{
		key: 'sejiwa',
		organization: 'himpsi',
		needs: ['mental-health'],
		systems: ['formal'],
		phones: [{ key: 'sejiwa', number: '119', extension: 8 }],
		area: 'national',
		sources: [{ name: 'antaranews.com', date: '2022-12' }],
		unconfirmed: 'Current status UNCONFIRMED (a 2024 report of unanswered calls)',
		tryInstead: ['healing119', 'puskesmas'],
		alternateName: true
	},
	{
		key: 'jakcare',
		organization: 'pemprovDki',
		needs: ['mental-health'],
		systems: ['societal-government'],
		phones: [{ key: 'jakcare', number: '0800-1500-119' }],
		// The reference: "24 h mental-health line with clinical psychologists", from its source below.
		hours: 'always',
		area: '31',
		sources: [{ name: 'antaranews.com', date: '2025' }],
		tryInstead: ['healing119', 'puskesmas']
	},
	{
		key: 'haloKemenkes',
		organization: 'kemenkes',
		needs: ['health'],
		systems: ['societal-government'],
		phones: [{ key: 'haloKemenkes', number: '1500-567' }],
		area: 'national',
		// The page has no date.
		sources: [{ name: 'p2.kemkes.go.id/faq' }],
		tryInstead: ['puskesmas', 'bpjsKesehatan']
	},
	{
		key: 'bnn184',
		organization: 'bnn',
		needs: ['health', 'mental-health'],
		systems: ['societal-government'],
		phones: [{ key: 'bnn184', number: '184' }],
		// The reference: "Information, reporting, rehabilitation consultation, 24/7", from its source below.
		hours: 'always',
		area: 'national',
		sources: [{ name: 'kabarsebelas.com', date: '2026-02-19' }],
		tryInstead: ['puskesmas', 'healing119']
	},
	{
		key: 'legalAid',
		organization: 'bphn',
		// Legal aid under UU 16/2011 covers civil cases too: debts, illegal lenders' threats, eviction.
		needs: ['legal-documents', 'violence-abuse', 'debt', 'housing'],
		systems: ['formal-ngo'],
		url: 'https://sidbankum.bphn.go.id',
		documents: ['ktp', 'sktm', 'caseDocuments'],
		cost: 'free-for-poor',
		area: 'national',
		sources: [{ name: 'bphn.go.id', date: '2019' }],
		tryInstead: ['uptdPpa', 'komnasPerempuan'],
		alternateName: true
	},
	{
		key: 'dinasSosial',
		organization: 'localGovernment',
		// Homeless people are among those social welfare serves (UU 11/2009 on social welfare).
		needs: ['money-aid', 'food', 'disability', 'older-people', 'family-children', 'housing'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'dinsos.garutkab.go.id' }, { name: 'rembangkab.go.id', date: '2025' }],
		tryInstead: ['kemensosCommandCenter']
	},
	{
		key: 'pkh',
		organization: 'kemensos',
		needs: ['money-aid', 'family-children', 'education', 'older-people', 'disability'],
		systems: ['societal-government'],
		documents: ['ktp', 'kk'],
		area: 'national',
		sources: [{ name: 'Dinsos Kendal', via: 'lingkarkendal.com', date: '2024-03-19' }],
		tryInstead: ['dinasSosial', 'kemensosCommandCenter'],
		alternateName: true
	},
	{
		key: 'puskesmas',
		organization: 'localGovernment',
		// Elderly care is one of the Puskesmas' essential public-health services (Permenkes 43/2019).
		needs: ['health', 'mental-health', 'family-children', 'older-people'],
		systems: ['societal-health-centre'],
		documents: ['ktp', 'bpjsCard'],
		area: 'national',
		sources: [{ name: 'Permenkes 43/2019' }],
		tryInstead: ['haloKemenkes', 'bpjsKesehatan']
	}
];
