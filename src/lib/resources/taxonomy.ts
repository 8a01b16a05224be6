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
	'debt',
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
	'emergency-safety': ['darurat', 'bahaya', 'aman', 'keamanan', 'keselamatan', 'tolong', 'kecelakaan', 'kebakaran', 'bencana', 'banjir', 'gempa', 'diancam', 'ancaman', 'emergency', 'danger', 'safety', 'safe', 'urgent', 'accident', 'fire', 'disaster', 'flood', 'earthquake', 'threat', 'threatened'],
	health: ['kesehatan', 'sehat', 'sakit', 'dokter', 'obat', 'berobat', 'rumah sakit', 'rs', 'ambulans', 'bidan', 'periksa', 'opname', 'rawat inap', 'bpjs', 'bpjs kesehatan', 'jkn', 'kis', 'kartu indonesia sehat', 'pbi', 'iuran', 'health', 'sick', 'ill', 'doctor', 'medicine', 'medical', 'hospital', 'ambulance', 'clinic', 'klinik', 'midwife', 'health insurance', 'check-up'],
	'mental-health': ['jiwa', 'mental', 'psikolog', 'psikologis', 'psikiater', 'stres', 'stress', 'depresi', 'cemas', 'sedih', 'galau', 'curhat', 'konseling', 'trauma', 'bunuh diri', 'psychologist', 'psychiatrist', 'depression', 'anxiety', 'sad', 'counselling', 'counseling', 'suicide', 'narkoba', 'drugs', 'addiction', 'kecanduan', 'rehabilitasi', 'rehab', 'mabuk', 'alkohol', 'alcohol'],
	'money-aid': ['uang', 'duit', 'keuangan', 'bantuan sosial', 'bansos', 'blt', 'bantuan tunai', 'miskin', 'kemiskinan', 'tidak mampu', 'sktm', 'biaya', 'pkh', 'dtks', 'dtsen', 'kks', 'kartu keluarga sejahtera', 'money', 'cash', 'financial', 'finance', 'social aid', 'welfare', 'poor', 'poverty', 'benefit', 'benefits', 'broke', 'allowance'],
	debt: ['utang', 'hutang', 'ngutang', 'pinjaman', 'pinjam', 'pinjol', 'pinjol ilegal', 'pinjaman online', 'pindar', 'rentenir', 'bank keliling', 'lintah darat', 'kredit', 'cicilan', 'nyicil', 'angsuran', 'tagihan', 'penagih', 'debt collector', 'gagal bayar', 'galbay', 'teror', 'sebar data', 'ojk', 'debt', 'debts', 'loan', 'loans', 'online loan', 'lender', 'loan shark', 'credit', 'instalment', 'installment', 'bill', 'bills', 'collector', 'owe'],
	food: ['makan', 'makanan', 'pangan', 'lapar', 'kelaparan', 'sembako', 'beras', 'bpnt', 'bantuan pangan', 'gizi', 'gizi buruk', 'stunting', 'mbg', 'makan bergizi gratis', 'susu', 'food', 'hungry', 'hunger', 'meal', 'meals', 'rice', 'groceries', 'nutrition', 'milk'],
	housing: ['rumah', 'tempat tinggal', 'tinggal', 'perumahan', 'kontrakan', 'ngontrak', 'kontrak rumah', 'kos', 'kost', 'ngekos', 'indekos', 'sewa', 'nyewa', 'uang sewa', 'diusir', 'pengusiran', 'penggusuran', 'digusur', 'gelandangan', 'tunawisma', 'tidur di jalan', 'rumah tidak layak', 'rutilahu', 'bedah rumah', 'bsps', 'rumah subsidi', 'atap bocor', 'housing', 'home', 'house', 'shelter', 'rent', 'renting', 'landlord', 'eviction', 'evicted', 'homeless', 'room', 'boarding house'],
	work: ['kerja', 'pekerjaan', 'bekerja', 'kerjaan', 'lowongan', 'loker', 'lowongan kerja', 'cari kerja', 'melamar', 'lamaran', 'gaji', 'upah', 'umr', 'ump', 'thr', 'pesangon', 'phk', 'dipecat', 'di-phk', 'kena phk', 'pengangguran', 'nganggur', 'buruh', 'pekerja', 'karyawan', 'kontrak kerja', 'lembur', 'majikan', 'pelatihan kerja', 'prakerja', 'bpjs ketenagakerjaan', 'jht', 'tki', 'pmi', 'pekerja migran', 'work', 'job', 'jobs', 'employment', 'wage', 'wages', 'salary', 'unemployed', 'dismissal', 'fired', 'laid off', 'layoff', 'severance', 'employer', 'boss', 'training', 'migrant worker'],
	education: ['sekolah', 'pendidikan', 'belajar', 'kuliah', 'beasiswa', 'guru', 'murid', 'siswa', 'biaya sekolah', 'spp', 'seragam', 'putus sekolah', 'pip', 'kip', 'kartu indonesia pintar', 'paket a', 'paket b', 'paket c', 'kejar paket', 'pkbm', 'ijazah', 'school', 'education', 'study', 'learning', 'college', 'university', 'scholarship', 'teacher', 'student', 'dropout', 'school fees', 'uniform'],
	'legal-documents': ['hukum', 'bantuan hukum', 'pengacara', 'advokat', 'pengadilan', 'sidang', 'gugatan', 'dokumen', 'ktp', 'e-ktp', 'kk', 'kartu keluarga', 'akta', 'akta lahir', 'akta kelahiran', 'akta nikah', 'surat', 'surat nikah', 'dukcapil', 'capil', 'adminduk', 'nik', 'ditipu', 'penipuan', 'dilaporkan', 'lapor', 'pengaduan', 'pungli', 'legal', 'law', 'lawyer', 'court', 'documents', 'document', 'identity', 'identity card', 'certificate', 'birth certificate', 'complaint', 'scam', 'lbh', 'obh', 'posbakum'],
	'family-children': ['keluarga', 'anak', 'anak-anak', 'ibu', 'ayah', 'bapak', 'orang tua', 'ortu', 'hamil', 'melahirkan', 'bayi', 'balita', 'menyusui', 'perkawinan', 'nikah', 'cerai', 'perceraian', 'hak asuh', 'nafkah', 'suami', 'istri', 'pengasuhan', 'anak terlantar', 'family', 'child', 'children', 'kids', 'mother', 'father', 'parent', 'parents', 'pregnant', 'pregnancy', 'baby', 'toddler', 'breastfeeding', 'marriage', 'divorce', 'custody', 'husband', 'wife', 'child support'],
	'violence-abuse': ['kekerasan', 'kdrt', 'pelecehan', 'perkosaan', 'pemerkosaan', 'dipukul', 'dipukuli', 'ditampar', 'disiksa', 'penganiayaan', 'perundungan', 'dibully', 'bully', 'kekerasan seksual', 'kbgo', 'diancam', 'dikekang', 'violence', 'abuse', 'abused', 'domestic violence', 'harassment', 'rape', 'assault', 'beaten', 'bullying', 'trafficking', 'perdagangan orang', 'tppo', 'saksi', 'korban', 'witness', 'victim'],
	disability: ['disabilitas', 'difabel', 'cacat', 'tuli', 'netra', 'tunanetra', 'tunarungu', 'tunawicara', 'tunadaksa', 'lumpuh', 'kursi roda', 'alat bantu', 'berkebutuhan khusus', 'slb', 'autis', 'disability', 'disabled', 'deaf', 'blind', 'wheelchair', 'impairment', 'special needs', 'autism'],
	'older-people': ['lansia', 'lanjut usia', 'orang tua', 'sepuh', 'kakek', 'nenek', 'manula', 'jompo', 'pikun', 'pensiun', 'pensiunan', 'panti werdha', 'elderly', 'older', 'old age', 'aged', 'senior', 'grandparent', 'grandmother', 'grandfather', 'pension', 'retired', 'dementia']
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
