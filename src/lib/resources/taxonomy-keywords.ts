/**
 * Everyday words people type when they look for each of Langkah's categories (taxonomy.ts), in
 * Indonesian and English, lower case, without accents: "kontrakan", "kos" and "rent" for housing,
 * "pinjol" and "utang" for debt, "phk" and "loker" for work. Never shown; search (search.ts) and the
 * person's own people (my-people.ts) read them. Kept apart from taxonomy.ts, which every page that
 * stores data loads, so that only the pages that search carry them.
 */
import type { NeedCode, SystemCode, TermCode } from './taxonomy';

export const NEED_KEYWORDS: Readonly<Record<NeedCode, readonly string[]>> = {
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

export const SYSTEM_KEYWORDS: Readonly<Record<SystemCode, readonly string[]>> = {
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

/** The everyday words of every term (none for the two branch roots). */
export function keywordsOf(code: TermCode): readonly string[] {
	return (NEED_KEYWORDS as Partial<Record<TermCode, readonly string[]>>)[code] ?? (SYSTEM_KEYWORDS as Partial<Record<TermCode, readonly string[]>>)[code] ?? [];
}
