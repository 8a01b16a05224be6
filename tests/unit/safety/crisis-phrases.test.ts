/**
 * The crisis detector against realistic sentences in Indonesian and English: signals must fire
 * with the right kind, ordinary sentences (including ones full of alarming-looking words) must
 * stay quiet.
 */
import { describe, expect, it } from 'vitest';
import {
	BENIGN_PATTERNS,
	SIGNAL_PATTERNS,
	compilePattern,
	matchPhrase,
	normalizeForDetection,
	type PhraseKind
} from '$lib/safety/crisis-phrases';

type SignalCase = [text: string, kind: PhraseKind];

const INDONESIAN_SIGNALS: SignalCase[] = [
	// suicide
	['aku pengen mati aja rasanya', 'suicide'],
	['Udah capek banget, pgn mati', 'suicide'],
	['kadang aku mikir mau bunuh diri', 'suicide'],
	['BUNDIR aja kali ya', 'suicide'],
	['aku ingin mati, gak ada yang peduli sama aku', 'suicide'],
	['mau mati aja deh, semuanya kacau', 'suicide'],
	['Aku ga mau hidup lagi', 'suicide'],
	['gw udah gak kuat hidup kayak gini', 'suicide'],
	['akhir-akhir ini kepikiran mengakhiri hidup terus', 'suicide'],
	['pengen akhiri hidupku malam ini', 'suicide'],
	['matiii ajaaa lahhh', 'suicide'],
	['aku pengeeen m4ti', 'suicide'],
	['rasanya lebih baik aku mati', 'suicide'],
	['semua orang bakal lebih baik tanpa aku', 'suicide'],
	['pengen tidur terus ga usah bangun lagi', 'suicide'],
	['kemarin aku hampir loncat dari jembatan', 'suicide'],
	['buat apa aku hidup?', 'suicide'],
	['males hidup, dimarahin terus tiap hari', 'suicide'],
	['nyesel aku dilahirkan', 'suicide'],
	['Ya Allah cabut aja nyawaku', 'suicide'],
	['aku udah nulis surat, mau gantung diri', 'suicide'],
	['pgn minum racun biar semuanya selesai', 'suicide'],
	['udah ga ada gunanya aku hidup', 'suicide'],
	['hp aku dijual, aku mau mati aja', 'suicide'],
	['Mati lampu lagi, dan aku pengen mati', 'suicide'],
	['gamau hidup lg', 'suicide'],
	['bunuh dr aja udah', 'suicide'],
	['b-u-n-d-i-r', 'suicide'],
	['akuuu udh ga kuat idup', 'suicide'],
	['ga ada yang peduli kalau aku mati', 'suicide'],
	// self-harm
	['aku suka menyakiti diri sendiri kalau lagi stres', 'self-harm'],
	['tadi nyakitin diri lagi', 'self-harm'],
	['pengen sayat tangan lagi', 'self-harm'],
	['Ada bekas sayatan di lenganku', 'self-harm'],
	['aku ambil silet di kamar mandi', 'self-harm'],
	['habis nyilet tangan, sekarang perih', 'self-harm'],
	['sering jedotin kepala ke tembok kalau panik', 'self-harm'],
	['aku mukulin diri sendiri sampai memar', 'self-harm'],
	['pengen gores2 tangan pake cutter', 'self-harm'],
	['aku melukai diriku lagi semalam', 'self-harm'],
	['aku sundut tanganku pake rokok', 'self-harm'],
	['td s1let lagi', 'self-harm'],
	['aku self harm lagi semalam', 'self-harm'],
	['pgn nyayat lagi', 'self-harm'],
	// violence
	['Aku sering dipukul sama ayah', 'violence'],
	['tadi malam dipukulin suami lagi', 'violence'],
	['Mama ditampar papa di depan aku', 'violence'],
	['aku dianiaya majikan', 'violence'],
	['Tetangga aku korban KDRT', 'violence'],
	['aku diperkosa waktu SMP dan gak pernah cerita', 'violence'],
	['di kantor aku dilecehkan atasan', 'violence'],
	['dia diancam dibunuh kalau lapor', 'violence'],
	['suamiku suka main tangan', 'violence'],
	['pacarku sering nampar aku', 'violence'],
	['aku dibully tiap hari di sekolah', 'violence'],
	['dia ngancem mau nyebarin foto aku', 'violence'],
	['aku dipukul2 pakai sapu', 'violence'],
	['kami sering dipukul ayah', 'violence'],
	['aku takut pulang, ayah suka mukul', 'violence'],
	['kadang aku pengen bunuh dia', 'violence'],
	['ibuku korban K.D.R.T', 'violence'],
	['papa tiri aku suka megang-megang aku', 'violence'],
	['aku takut sama suamiku', 'violence'],
	['aku di-bully di grup kelas', 'violence'],
	['aku dipaksa berhubungan sama pacarku', 'violence']
];

const INDONESIAN_ORDINARY: string[] = [
	'Mati lampu dari tadi sore, gelap banget',
	'aku mati gaya di rumah seharian',
	'Ponsel saya mati, jadi baru balas sekarang',
	'hampir mati ketawa liat videonya',
	'Rapatnya mulai pukul 10 pagi',
	'besok aku berangkat pukul 7, jangan telat ya',
	'Kita ketemu pukul setengah tiga di depan sekolah',
	'Hasil ini jadi tamparan keras bagi tim kami',
	'aku potong rambut kemarin, pendek banget',
	'Tanaman cabai di depan rumah mati semua',
	'hp aku mau mati, batre tinggal 3%',
	'Lampu kamar mandi mau mati, kedip-kedip terus',
	'ikan di akuarium mau mati, airnya kotor',
	'jangan dipukul rata semua orang begitu',
	'Bedugnya dipukul tiap magrib',
	'Pemain itu diancam hukuman larangan bertanding',
	'aku belajar mati-matian buat ujian',
	'Timnas dihajar Jepang 4-0 semalam',
	'aku ditampar kenyataan waktu lihat saldo',
	'Kucingku sakit, aku takut dia mati',
	'Kami membunuh waktu dengan main kartu',
	'aku sayat bawang tipis-tipis buat sambal',
	'Ibu sedang menyayat ikan untuk dibakar',
	'Beli silet cukur di minimarket',
	'dia mukul bola dengan keras',
	'harga mati, aku ga mau pindah kos',
	'capek banget hari ini, pengen tidur',
	'Sinyal di sini mati total',
	'Motor aku mogok dan mesinnya mati di jalan',
	'ayah memukul paku ke dinding',
	'Aku ditendang dari grup WA keluarga',
	'jam dinding di kelas mati',
	'Nenek meninggal tahun lalu, aku masih sedih',
	'pengen hidup lebih sehat tahun ini',
	'Aku gak mau mati muda, makanya rajin olahraga',
	'Pak guru memukul gong tanda acara dimulai',
	'Film horornya bikin aku hampir mati kaget',
	'Kata dokter sel kulit mati harus dibersihkan',
	'Bola ditendang keras ke gawang',
	'Cara membunuh kecoa di dapur gimana ya?',
	'hp ku udah mau mati, nanti aku kabarin lagi',
	'Cuaca panas banget, kayak mau mati',
	'dia mukul-mukul meja karena kesal',
	'Kakak menampar nyamuk di pipinya',
	'Bu guru mengancam akan menghukum kami',
	'Mau mati lampu nih kayaknya, mendung',
	'papa lagi bunuh tikus di gudang',
	'Sumpah aku malu setengah mati',
	'mati aku, lupa ngerjain PR',
	'lagi iris bawang nih, mata perih',
	'Aku malas hidup sehat, maunya makan gorengan',
	'aku capek hidup di kos yang berisik',
	'Dia memukul rekor lari nasional',
	'Pukul berapa kamu pulang?',
	'Bapak lagi gantung baju di jemuran',
	'Aku pengen lompat dari kursi saking senangnya',
	'Dia ngancem bakal ngadu ke mama',
	'Tikusnya udah mati kena racun',
	'Aku takut pulang malam sendirian',
	'dokter bilang kakek mau meninggal.'
];

const ENGLISH_SIGNALS: SignalCase[] = [
	// suicide
	['I want to kill myself', 'suicide'],
	['honestly i just wanna die', 'suicide'],
	["I've been thinking about suicide a lot lately", 'suicide'],
	["I don't want to live anymore", 'suicide'],
	['sometimes i think about ending my life', 'suicide'],
	['I want to end my life tonight', 'suicide'],
	['im gonna kms', 'suicide'],
	['I feel suicidal again', 'suicide'],
	['I wanna unalive myself', 'suicide'],
	['sewerslide thoughts again', 'suicide'],
	['I took too many pills', 'suicide'],
	['I took too many pills for my headache on purpose', 'suicide'],
	['nobody would care if I disappeared', 'suicide'],
	['everyone would be better off without me', 'suicide'],
	['i wish i was dead', 'suicide'],
	["there's nothing left to live for", 'suicide'],
	['i could just kil myself', 'suicide'],
	['I want to dieeee', 'suicide'],
	["I've been saving pills to overdose", 'suicide'],
	['I just want to sleep and never wake up', 'suicide'],
	["I can't go on anymore", 'suicide'],
	["Life isn't worth living", 'suicide'],
	['gonna k1ll mys3lf', 'suicide'],
	['thinking of jumping off the bridge near my house', 'suicide'],
	["I'm so tired of living", 'suicide'],
	// self-harm
	['I cut myself again last night', 'self-harm'],
	["I've been self-harming since I was 14", 'self-harm'],
	['i keep hurting myself when i get angry', 'self-harm'],
	['I want to cut again', 'self-harm'],
	['I burn myself with a lighter', 'self-harm'],
	['there are scars from cutting my wrists', 'self-harm'],
	['I hit myself until it bruises', 'self-harm'],
	['the urge to self harm is really strong tonight', 'self-harm'],
	['I starve myself to feel in control', 'self-harm'],
	["I've started cutting again", 'self-harm'],
	['i scratch my skin till it bleeds', 'self-harm'],
	['I keep a razor blade on my wrist', 'self-harm'],
	['I cut myself on my thigh again', 'self-harm'],
	// violence
	["He hits me when he's drunk", 'violence'],
	['my dad beats my mom', 'violence'],
	['I was beaten by my stepfather', 'violence'],
	['I was raped last year', 'violence'],
	['my uncle abused me when I was little', 'violence'],
	['My boyfriend threatened to kill me if I leave', 'violence'],
	['she slapped me in front of everyone', 'violence'],
	["I'm being abused at home", 'violence'],
	['my husband chokes me', 'violence'],
	["I'm scared he will hurt us", 'violence'],
	['sometimes I want to hurt someone', 'violence'],
	['I get bullied every day at school', 'violence'],
	['he threatens to post my nudes', 'violence'],
	['he hit me with a belt', 'violence'],
	['we were beaten by our father', 'violence'],
	['i got sexually assaulted at a party', 'violence'],
	['My partner is abusive', 'violence'],
	["he's trying to kill me", 'violence'],
	["He's beating my mom right now", 'violence'],
	['i got jumped after school', 'violence'],
	['He touched me inappropriately', 'violence'],
	["I'm terrified he will find me", 'violence'],
	['My stepdad hurts me', 'violence']
];

const ENGLISH_ORDINARY: string[] = [
	'I need to kill time before my bus comes',
	'This traffic is killing me',
	'The battery died in the middle of my call',
	'The deadline for the report is Friday',
	"I'm cutting vegetables for dinner",
	'I got a haircut yesterday',
	"My phone died so I couldn't reply",
	'I was dying of laughter at that video',
	'My mom is going to kill me when she sees my grades',
	'I cut myself shaving this morning',
	'I hurt myself playing football',
	'My brother beat me at chess again',
	"Hit me up when you're free",
	'We got beaten 3-0 in the final',
	'Whisk the beaten eggs into the flour',
	'That song really hit me hard',
	"I'm dead tired after work",
	'This workout is trying to kill me',
	'He stabbed me in the back at work',
	'She hurt my feelings yesterday',
	'I want to dye my hair blue',
	"Let's shoot her a text later",
	'The tiger is a threatened species',
	'Our website was attacked by bots last night',
	'Some people abused the system to get free stuff',
	"I don't want to die without seeing Bali",
	"I'm dying to see that movie",
	'This cake is to die for',
	'My sister rapped the whole song perfectly',
	'I want to live in Jakarta one day',
	"I don't want to live with my parents after college",
	"Off the beaten track there's a lovely cafe",
	'Time to kill some zombies in this game',
	'I almost died when I saw the price',
	'My boss keeps hitting me with new tasks',
	"I'm so tired of this rain",
	'Can you cut the cake for me?',
	'I burned myself on the stove',
	"I'm going to beat the traffic by leaving early",
	'The bus was 5 kms away',
	'She is beating us in the polls',
	'He kicked me out of the group chat',
	'I took a lot of pills for my cold, now I am sleepy',
	"I'm burning myself out with work",
	'I could kill for a coffee right now',
	'My feet are killing me after that hike',
	"I'm planning to end it with him tonight",
	"I don't see the point of this meeting",
	'Nobody would care if I wore pajamas to work',
	'Who killed Laura Palmer?',
	"I'm literally dying of boredom"
];

describe('matchPhrase: Indonesian', () => {
	it.each(INDONESIAN_SIGNALS)('fires on %j as %s', (text, kind) => {
		expect(matchPhrase(text)).toMatchObject({ kind });
	});

	it.each(INDONESIAN_ORDINARY)('stays quiet on %j', (text) => {
		expect(matchPhrase(text)).toBeNull();
	});
});

describe('matchPhrase: English', () => {
	it.each(ENGLISH_SIGNALS)('fires on %j as %s', (text, kind) => {
		expect(matchPhrase(text)).toMatchObject({ kind });
	});

	it.each(ENGLISH_ORDINARY)('stays quiet on %j', (text) => {
		expect(matchPhrase(text)).toBeNull();
	});
});

describe('matchPhrase: behaviour', () => {
	it('has enough cases in each language', () => {
		expect(INDONESIAN_SIGNALS.length).toBeGreaterThanOrEqual(35);
		expect(INDONESIAN_ORDINARY.length).toBeGreaterThanOrEqual(35);
		expect(ENGLISH_SIGNALS.length).toBeGreaterThanOrEqual(35);
		expect(ENGLISH_ORDINARY.length).toBeGreaterThanOrEqual(35);
	});

	it('returns the matched words in normalized form', () => {
		expect(matchPhrase('Aku PENGEN MATIII aja')).toEqual({ kind: 'suicide', match: 'pengen mati' });
	});

	it('stays quiet on empty and punctuation-only text', () => {
		expect(matchPhrase('')).toBeNull();
		expect(matchPhrase('   ...!!! 🙂')).toBeNull();
	});

	it('prefers suicide over self-harm over violence when several are present', () => {
		expect(matchPhrase('dia mukul aku terus, aku sayat tangan, pengen mati')?.kind).toBe('suicide');
		expect(matchPhrase('he hits me and I cut myself')?.kind).toBe('self-harm');
	});

	it('reads a signal after a benign phrase in the same sentence', () => {
		expect(matchPhrase('This traffic is killing me and I want to kill myself')?.kind).toBe('suicide');
	});

	it('matches whole words only', () => {
		expect(matchPhrase('mematikan lampu sebelum tidur')).toBeNull();
		expect(matchPhrase('grapes and drapes')).toBeNull();
	});
});

describe('normalizeForDetection', () => {
	it.each([
		['Matiii AJAAA!!!', 'mati aja'],
		['Ça va, très bien', 'ca va _ tres bien'],
		["don't, can't, he'll", 'dont _ cant _ he wil'],
		['dipukul2in', 'dipukul dipukulin'],
		['m4ti b3neran', 'mati beneran'],
		['pukul 10 pagi, jam 10an', 'pukul 10 pagi _ jam 10an'],
		['k!ll my$elf', 'kil myself'],
		['I rapped', 'i rap ed']
	])('turns %j into %j', (text, expected) => {
		expect(normalizeForDetection(text)).toBe(expected);
	});
});

describe('pattern data', () => {
	it('compiles every signal and benign pattern', () => {
		for (const list of SIGNAL_PATTERNS) for (const source of list.patterns) expect(() => compilePattern(source)).not.toThrow();
		for (const source of BENIGN_PATTERNS) expect(() => compilePattern(source)).not.toThrow();
	});

	it('has signal patterns for every kind in both languages', () => {
		for (const kind of ['suicide', 'self-harm', 'violence'] as const) {
			for (const language of ['id', 'en'] as const) {
				expect(SIGNAL_PATTERNS.some((list) => list.kind === kind && list.language === language)).toBe(true);
			}
		}
	});

	it('never lets a pattern match an empty string', () => {
		for (const list of SIGNAL_PATTERNS) for (const source of list.patterns) expect(compilePattern(source).test(' ')).toBe(false);
	});
});
