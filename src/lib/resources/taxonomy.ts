/**
 * Langkah's embedded HSDS taxonomy, with two branches: the kind of need a service meets, and the
 * kind of resource system it belongs to (informal, formal, societal). A second, small taxonomy
 * holds the notes Langkah attaches to records as HSDS attributes: the source of an entry, an
 * UNCONFIRMED caution, what to do if it does not work out, another service to try, and which
 * phone numbers are WhatsApp numbers.
 * Term names and descriptions live in locales/{id,en}/resources.json under `taxonomy.terms.<code>`
 * and `notes.terms.<code>`; the search keywords (both languages, never shown) live here.
 * Ids are derived from the codes (`stableUuid`), so they stay the same in every release.
 */
import { stableUuid, type DirectoryRecord } from './hsds';

/** Looks up text in the `resources` namespace: a key without the namespace ("taxonomy.name"). */
export type ResourceText = (key: string) => string;

export type Messages = { [key: string]: string | Messages };

/** A ResourceText reading a locale file's messages directly (tests, scripts, workers). */
export function resourceTextFrom(messages: Messages): ResourceText {
	return (key) => {
		let node: string | Messages | undefined = messages;
		for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
		if (typeof node !== 'string') throw new Error(`No text for resources:${key}`);
		return node;
	};
}

export const NEED_CODES = [
	'emergency-safety',
	'health',
	'mental-health',
	'money-aid',
	'food',
	'housing',
	'work',
	'education',
	'legal-documents',
	'family-children',
	'violence-abuse',
	'disability',
	'older-people'
] as const;
export type NeedCode = (typeof NEED_CODES)[number];

export const SYSTEM_KINDS = ['informal', 'formal', 'societal'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const SYSTEM_CODES = [
	'informal',
	'informal-family',
	'informal-friends',
	'informal-neighbours',
	'informal-faith',
	'formal',
	'formal-community',
	'formal-ngo',
	'formal-self-help',
	'formal-union',
	'societal',
	'societal-government',
	'societal-health-centre',
	'societal-school',
	'societal-court',
	'societal-police'
] as const;
export type SystemCode = (typeof SYSTEM_CODES)[number];

/** The two branch roots. */
export const BRANCH_CODES = ['need', 'system'] as const;
export type BranchCode = (typeof BRANCH_CODES)[number];

export type TermCode = BranchCode | NeedCode | SystemCode;

export const NOTE_CODES = ['note-source', 'note-unconfirmed', 'note-if-not-working', 'note-try-instead', 'note-whatsapp'] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export interface TermDefinition {
	code: TermCode;
	parent?: TermCode;
	/** Words people type when they look for this (both languages, lower case, without accents). */
	keywords: readonly string[];
}

function systemParent(code: SystemCode): TermCode {
	return code.includes('-') ? (code.split('-')[0] as SystemKind) : 'system';
}

const NEED_KEYWORDS: Readonly<Record<NeedCode, readonly string[]>> = {
	'emergency-safety': ['darurat', 'bahaya', 'aman', 'keamanan', 'tolong', 'kecelakaan', 'kebakaran', 'bencana', 'emergency', 'danger', 'safety', 'safe', 'urgent', 'accident', 'fire', 'disaster'],
	health: ['kesehatan', 'sehat', 'sakit', 'dokter', 'obat', 'berobat', 'rumah sakit', 'ambulans', 'health', 'sick', 'ill', 'doctor', 'medicine', 'medical', 'hospital', 'ambulance', 'clinic', 'klinik'],
	'mental-health': ['jiwa', 'mental', 'psikolog', 'psikologis', 'stres', 'depresi', 'cemas', 'sedih', 'curhat', 'konseling', 'bunuh diri', 'psychologist', 'stress', 'depression', 'anxiety', 'sad', 'counselling', 'counseling', 'suicide', 'narkoba', 'drugs', 'addiction', 'kecanduan'],
	'money-aid': ['uang', 'duit', 'keuangan', 'bantuan sosial', 'bansos', 'miskin', 'kemiskinan', 'utang', 'hutang', 'biaya', 'money', 'cash', 'financial', 'finance', 'social aid', 'welfare', 'poor', 'poverty', 'debt', 'benefit', 'benefits', 'pkh', 'dtks', 'dtsen'],
	food: ['makan', 'makanan', 'pangan', 'lapar', 'sembako', 'beras', 'food', 'hungry', 'hunger', 'meal', 'meals', 'rice', 'groceries'],
	housing: ['rumah', 'tempat tinggal', 'perumahan', 'kontrakan', 'kos', 'sewa', 'penggusuran', 'housing', 'home', 'house', 'shelter', 'rent', 'eviction', 'homeless'],
	work: ['kerja', 'pekerjaan', 'bekerja', 'lowongan', 'gaji', 'upah', 'phk', 'pengangguran', 'work', 'job', 'jobs', 'employment', 'wage', 'salary', 'unemployed', 'dismissal'],
	education: ['sekolah', 'pendidikan', 'belajar', 'kuliah', 'beasiswa', 'guru', 'school', 'education', 'study', 'learning', 'college', 'scholarship', 'teacher'],
	'legal-documents': ['hukum', 'bantuan hukum', 'pengacara', 'advokat', 'pengadilan', 'dokumen', 'ktp', 'akta', 'surat', 'legal', 'law', 'lawyer', 'court', 'documents', 'document', 'identity', 'certificate', 'lbh', 'obh'],
	'family-children': ['keluarga', 'anak', 'anak-anak', 'ibu', 'ayah', 'orang tua', 'hamil', 'bayi', 'perkawinan', 'cerai', 'family', 'child', 'children', 'kids', 'mother', 'father', 'parent', 'parents', 'pregnant', 'baby', 'marriage', 'divorce'],
	'violence-abuse': ['kekerasan', 'kdrt', 'pelecehan', 'perkosaan', 'pemerkosaan', 'dipukul', 'penganiayaan', 'perundungan', 'bully', 'kekerasan seksual', 'violence', 'abuse', 'abused', 'domestic violence', 'harassment', 'rape', 'assault', 'bullying', 'trafficking', 'perdagangan orang'],
	disability: ['disabilitas', 'difabel', 'cacat', 'tuli', 'netra', 'kursi roda', 'disability', 'disabled', 'deaf', 'blind', 'wheelchair', 'impairment'],
	'older-people': ['lansia', 'lanjut usia', 'orang tua', 'kakek', 'nenek', 'pensiun', 'elderly', 'older', 'old age', 'aged', 'senior', 'grandparent', 'pension']
};

const SYSTEM_KEYWORDS: Readonly<Record<SystemCode, readonly string[]>> = {
	informal: ['informal', 'orang dekat', 'people close'],
	'informal-family': ['keluarga', 'saudara', 'family', 'relatives'],
	'informal-friends': ['teman', 'sahabat', 'kawan', 'friend', 'friends'],
	'informal-neighbours': ['tetangga', 'rt', 'rw', 'neighbour', 'neighbours', 'neighbor', 'neighbors'],
	'informal-faith': ['agama', 'masjid', 'gereja', 'pura', 'vihara', 'klenteng', 'ustaz', 'pendeta', 'faith', 'religion', 'mosque', 'church', 'temple'],
	formal: ['formal', 'organisasi', 'organization', 'organisation'],
	'formal-community': ['komunitas', 'kelompok warga', 'community', 'community group'],
	'formal-ngo': ['lsm', 'yayasan', 'ngo', 'nonprofit', 'charity', 'foundation', 'lbh'],
	'formal-self-help': ['kelompok dukungan', 'dukungan sebaya', 'self-help', 'support group', 'peer support'],
	'formal-union': ['serikat', 'serikat pekerja', 'serikat buruh', 'union', 'trade union', 'labour union'],
	societal: ['pemerintah', 'negara', 'publik', 'government', 'state', 'public'],
	'societal-government': ['pemerintah', 'dinas', 'kementerian', 'kantor desa', 'kelurahan', 'government', 'ministry', 'office', 'agency'],
	'societal-health-centre': ['puskesmas', 'rumah sakit', 'klinik', 'health centre', 'health center', 'hospital', 'clinic'],
	'societal-school': ['sekolah', 'madrasah', 'kampus', 'school', 'campus'],
	'societal-court': ['pengadilan', 'posbakum', 'court', 'courts'],
	'societal-police': ['polisi', 'polsek', 'polres', 'police', 'police station']
};

export const TAXONOMY_TERMS: readonly TermDefinition[] = [
	{ code: 'need', keywords: [] },
	...NEED_CODES.map((code) => ({ code, parent: 'need' as const, keywords: NEED_KEYWORDS[code] })),
	{ code: 'system', keywords: [] },
	...SYSTEM_CODES.map((code) => ({ code, parent: systemParent(code), keywords: SYSTEM_KEYWORDS[code] }))
];

export const RESOURCES_TAXONOMY_ID = stableUuid('langkah:taxonomy:resources');
export const NOTES_TAXONOMY_ID = stableUuid('langkah:taxonomy:notes');

/** The HSDS id of one of Langkah's terms (category or note). */
export function termId(code: TermCode | NoteCode): string {
	return stableUuid(`langkah:term:${code}`);
}

const CODE_BY_ID: ReadonlyMap<string, TermCode | NoteCode> = new Map(
	[...TAXONOMY_TERMS.map((term) => term.code), ...NOTE_CODES].map((code) => [termId(code), code])
);

/** The code of one of Langkah's terms from its HSDS id; undefined for any other term. */
export function termCodeOfId(id: string | undefined): TermCode | NoteCode | undefined {
	return id === undefined ? undefined : CODE_BY_ID.get(id);
}

export function isNeedCode(value: unknown): value is NeedCode {
	return typeof value === 'string' && (NEED_CODES as readonly string[]).includes(value);
}

export function isSystemCode(value: unknown): value is SystemCode {
	return typeof value === 'string' && (SYSTEM_CODES as readonly string[]).includes(value);
}

export function isSystemKind(value: unknown): value is SystemKind {
	return typeof value === 'string' && (SYSTEM_KINDS as readonly string[]).includes(value);
}

/** The resource-system kind (informal, formal, societal) a system term belongs to. */
export function systemKindOf(code: SystemCode): SystemKind {
	return code.split('-')[0] as SystemKind;
}

/** The term and everything below it (a category filter on "formal" also finds "formal-ngo"). */
export function termWithDescendants(code: TermCode): TermCode[] {
	const out: TermCode[] = [code];
	for (let i = 0; i < out.length; i++) {
		for (const term of TAXONOMY_TERMS) if (term.parent === out[i]) out.push(term.code);
	}
	return out;
}

/** The locale key (namespace `resources`) of a term's name or description. */
export function termTextKey(code: TermCode | NoteCode, part: 'name' | 'description'): string {
	return (NOTE_CODES as readonly string[]).includes(code) ? `notes.terms.${code}.${part}` : `taxonomy.terms.${code}.${part}`;
}

/**
 * Both taxonomies as HSDS records (taxonomy and taxonomy_term) in one language, for the bundled
 * directory and for exports.
 */
export function taxonomyRecords(text: ResourceText, language: 'id' | 'en'): DirectoryRecord[] {
	const records: DirectoryRecord[] = [
		{ type: 'taxonomy', data: { id: RESOURCES_TAXONOMY_ID, name: text('taxonomy.name'), description: text('taxonomy.description'), version: '1' } },
		{ type: 'taxonomy', data: { id: NOTES_TAXONOMY_ID, name: text('notes.name'), description: text('notes.description'), version: '1' } }
	];
	for (const term of TAXONOMY_TERMS) {
		records.push({
			type: 'taxonomy_term',
			data: {
				id: termId(term.code),
				code: term.code,
				name: text(termTextKey(term.code, 'name')),
				description: text(termTextKey(term.code, 'description')),
				...(term.parent ? { parent_id: termId(term.parent) } : {}),
				taxonomy: 'Langkah',
				taxonomy_id: RESOURCES_TAXONOMY_ID,
				language
			}
		});
	}
	for (const code of NOTE_CODES) {
		records.push({
			type: 'taxonomy_term',
			data: {
				id: termId(code),
				code,
				name: text(termTextKey(code, 'name')),
				description: text(termTextKey(code, 'description')),
				taxonomy: 'Langkah',
				taxonomy_id: NOTES_TAXONOMY_ID,
				language
			}
		});
	}
	return records;
}
