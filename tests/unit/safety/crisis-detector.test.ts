/**
 * The crisis detector as the person meets it: with the trained classifier (static/models/crisis.bin)
 * and with the rules alone (before the weights arrive, or when they cannot be had). Risk must raise
 * the panel in the right form, ordinary texts and texts about films, the news or a past long over
 * must stay quiet, and every flag must say why.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THRESHOLDS, detectCrisis, type CrisisKind, type CrisisSignal } from '$lib/safety/crisis-detector';
import { decodeModel, loadCrisisModel, resetCrisisModel, type CrisisModel } from '$lib/safety/crisis-model';

const FILE = readFileSync(new URL('../../../static/models/crisis.bin', import.meta.url));
const model = decodeModel(FILE.buffer.slice(FILE.byteOffset, FILE.byteOffset + FILE.byteLength) as ArrayBuffer);

const MODES: [name: string, model: CrisisModel | undefined][] = [
	['with the model', model],
	['with the rules alone', undefined]
];

type SignalCase = [text: string, kind: CrisisKind];

function expectFlag(signal: CrisisSignal | null, kind: CrisisKind, about: 'self' | 'other'): CrisisSignal {
	expect(signal).not.toBeNull();
	expect(signal).toMatchObject({ kind, about });
	expect(signal!.reasons.length).toBeGreaterThan(0);
	for (const reason of signal!.reasons) expect(reason).not.toBe('');
	expect(signal!.match.length).toBeGreaterThan(0);
	return signal!;
}

afterEach(() => {
	resetCrisisModel();
});

/** The writer's own risk, which both the rules and the model must see. */
const OWN_RISK: SignalCase[] = [
	// suicide
	['aku udah bakal pengen mati aja', 'suicide'],
	['i just even want to disappear', 'suicide'],
	['aku pengen bu\u00adnuh di\u200bri', 'suicide'],
	['aku pengen bunuj diri', 'suicide'],
	['aku udh gk kuat bgt, pgn m4ti ajaaa', 'suicide'],
	['gw pgn matiii', 'suicide'],
	['aku pengen ilang aja dari dunia ini', 'suicide'],
	['everyone would be happier without me', 'suicide'],
	['pengen tidur dan gak usah bangun lagi', 'suicide'],
	['i want to go to sleep and never wake up', 'suicide'],
	['aku udah ngumpulin obat tidur dari bulan lalu', 'suicide'],
	['aku nyimpen obat banyak di laci buat nanti', 'suicide'],
	['ive been saving up my sleeping pills for weeks', 'suicide'],
	['pengen ngakhirin hidup malam ini', 'suicide'],
	['i keep thinking about ending my life', 'suicide'],
	['aku pengen udahin semuanya aja', 'suicide'],
	['i want to end it all', 'suicide'],
	['aku gak mau hidup lagi', 'suicide'],
	['i dont want to live anymore', 'suicide'],
	['gak ada gunanya aku hidup', 'suicide'],
	['aku capek hidup', 'suicide'],
	// self-harm
	['tadi aku nyayat tangan lagi pake cutter', 'self-harm'],
	['i cut my wrist again last night', 'self-harm'],
	['aku sengaja nyakitin diri sendiri biar lega', 'self-harm'],
	// abuse
	['suamiku mukul aku lagi tadi malam', 'abuse'],
	['dia terus nampar aku', 'abuse'],
	['my husband slapped me again this morning', 'abuse'],
	['he keeps hitting me', 'abuse'],
	['aku sering dipukulin sama bapak kalau dia mabuk', 'abuse'],
	['i got kicked by my dad again', 'abuse'],
	['om aku suka megang2 dada aku kalau rumah sepi', 'abuse'],
	['my uncle keeps touching me when nobody is home', 'abuse'],
	['ayah tiri sering masuk ke kamarku tengah malam', 'abuse'],
	['my stepdad comes into my room at night', 'abuse'],
	['aku dikunciin di kamar sama suami dari kemarin', 'abuse'],
	['bapak ngunciin aku di gudang', 'abuse'],
	['my husband locks me in the house when he goes to work', 'abuse'],
	['paspor aku ditahan majikan, aku gak bisa pulang', 'abuse'],
	['my employer took my passport and wont give it back', 'abuse'],
	['aku dipaksa nikah padahal umurku baru 15', 'abuse'],
	['my parents are forcing me to marry a man twice my age', 'abuse'],
	['mantanku ngancem mau nyebarin foto aku kalau aku gak balikan', 'abuse'],
	['he threatens to post my photos if i break up with him', 'abuse'],
	['he threatened to leak my nudes if i tell anyone', 'abuse'],
	// danger
	['dari tadi aku dibuntutin cowok pakai motor', 'danger'],
	['a guy has been following me home from the station', 'danger'],
	['mantan suamiku berdiri di depan rumah bawa golok', 'danger'],
	['theres a man outside my door with a knife', 'danger'],
	['aku gak aman di rumah sendiri', 'danger'],
	['i dont feel safe at home anymore', 'danger'],
	['dia bilang kalau aku pergi dia bakal bunuh aku', 'danger'],
	['he said if i leave him he will find me and kill me', 'danger'],
	['aku lagi ngumpet di kamar mandi dari suamiku', 'danger'],
	['im hiding in the bathroom from my boyfriend', 'danger']
];

/** Someone the writer wants to help. */
const SOMEONE_ELSE: SignalCase[] = [
	['sahabatku bilang dia pengen mati aja', 'suicide'],
	['my friend keeps saying she wants to die, how do i help her', 'suicide'],
	['temanku nyayat tangannya tiap malam, aku harus gimana', 'self-harm'],
	['anakku nyayat tangannya sendiri, aku harus gimana', 'self-harm'],
	['my daughter has been cutting her arms, what should i do', 'self-harm'],
	['adikku sering dipukulin bapak, aku harus gimana', 'abuse'],
	["my best friend's boyfriend hits her, how can i help", 'abuse'],
	['adikku mau dinikahkan umur 14 tahun', 'abuse']
];

/** Risk words in a film, the news, a school task, a training, a past long over, or denied. */
const CONTEXT_QUIET: string[] = [
	'di film itu tokohnya pengen bunuh diri',
	'the main character in the movie wants to kill himself',
	'Tadi nonton drakor sampai jam 2. Ceweknya pengen mati aja karena ditinggal pacarnya.',
	'ada berita seorang istri dipukuli suaminya sampai pingsan',
	'i read a news article about a man who was stabbed by his neighbour',
	'tugas esai aku tentang pencegahan bunuh diri di kalangan remaja',
	'my homework is a presentation about self harm in teenagers',
	'di pelatihan konselor kemarin kita belajar cara nanya soal bunuh diri',
	'Aku ikut pelatihan relawan minggu lalu. Materinya tentang orang yang pengen mati.',
	'dulu waktu sma aku pernah pengen mati, sekarang udah jauh lebih baik',
	'years ago i used to cut myself, but im healed now',
	'Years ago I used to cut myself. Therapy helped and I am okay now.',
	'waktu smp aku pernah nyilet tangan. sekarang udah sembuh dan bahagia',
	'bukan pengen mati, cuma capek',
	'im not suicidal, just tired',
	'aku tidak pengen mati'
];

/** Everyday sentences that look like risk. */
const LOOK_ALIKES: string[] = [
	'mati lampu lagi dari jam 7, gelap banget',
	'hp aku mati, baru dicas',
	'laptopnya mati total pas lagi presentasi',
	'beli racun tikus buat dapur, tikusnya banyak banget',
	'pinjem pisau dapur buat motong bawang ya',
	'pisau ini tumpul, susah buat motong daging',
	'aku lagi iris bawang buat sambal',
	'i got locked out of my account again',
	'i lost my keys again, locked myself out of the house',
	'HP aku disita guru pas pelajaran tadi',
	'my phone died on the way home',
	'this homework is killing me lol',
	'kucingku hilang dari kemarin, udah dicari kemana2',
	'pengen ilang dari sosmed dulu',
	'aku capek banget abis kerja, pengen tidur cepet',
	'i am so tired after work, going to bed early',
	'aku mau tidur dulu ya, besok bangun pagi',
	'kurang tidur semalam gara2 nonton bola',
	'tenang aja, besok aku jemput',
	'aku sudah makan kok',
	'i need to pay my bills tonight',
	'aku simpen obat maag di laci',
	'beli obat flu di apotek',
	'tali sepatu aku putus',
	'dia mukul bola keras banget',
	'my dad is burning leaves in the yard',
	'adikku nangis karena jatuh dari sepeda',
	'aku pengen mati ketawa liat videonya'
];

describe.each(MODES)('detectCrisis %s', (_name, mode) => {
	it.each(OWN_RISK)('flags %j as %s about the writer', (text, kind) => {
		const signal = expectFlag(detectCrisis(text, mode), kind, 'self');
		expect(signal.match).toBe(text);
	});

	it.each(SOMEONE_ELSE)('flags %j as %s about someone else', (text, kind) => {
		expectFlag(detectCrisis(text, mode), kind, 'other');
	});

	it.each(CONTEXT_QUIET)('stays quiet on %j', (text) => {
		expect(detectCrisis(text, mode)).toBeNull();
	});

	it.each(LOOK_ALIKES)('stays quiet on %j', (text) => {
		expect(detectCrisis(text, mode)).toBeNull();
	});

	it('stays quiet on empty text', () => {
		expect(detectCrisis('', mode)).toBeNull();
		expect(detectCrisis('   \n  ', mode)).toBeNull();
	});

	it('gives the writer’s own risk first when a friend is also mentioned', () => {
		expectFlag(detectCrisis('Temanku bilang dia pengen mati. Aku juga pengen mati.', mode), 'suicide', 'self');
		expectFlag(detectCrisis('Temanku juga lagi susah. Aku pengen mati aja.', mode), 'suicide', 'self');
	});

	it('finds the risk in the middle of an ordinary story about debts (Indonesian)', () => {
		const text =
			'Bulan ini berat banget. Utang pinjol numpuk dan bunganya makin gede. Aku udah jual motor buat bayar cicilan. ' +
			'Kadang aku pengen mati aja biar semua selesai. Besok aku harus ke kantor lagi kayak biasa.';
		const signal = expectFlag(detectCrisis(text, mode), 'suicide', 'self');
		expect(signal.match).toContain('pengen mati');
	});

	it('finds the risk in the middle of an ordinary story about debts (English)', () => {
		const text =
			'Work has been rough and my credit card debt keeps growing. I sold my car last month to pay some of it. ' +
			'Honestly sometimes I just want to die. Anyway I have a shift tomorrow morning.';
		const signal = expectFlag(detectCrisis(text, mode), 'suicide', 'self');
		expect(signal.match).toContain('want to die');
	});

	it('stays quiet on the same story without the risk', () => {
		const text =
			'Bulan ini berat banget. Utang pinjol numpuk dan bunganya makin gede. Aku udah jual motor buat bayar cicilan. ' +
			'Besok aku harus ke kantor lagi kayak biasa.';
		expect(detectCrisis(text, mode)).toBeNull();
	});
});

describe('detectCrisis with the model: what the rules leave to it', () => {
	it.each([
		'aku cuma jadi beban buat keluargaku',
		'i feel like im just a burden to everyone',
		'kalau aku gak ada, semua pasti lebih tenang',
		'i cant do this anymore',
		'aku udah nyiapin tali di kamar'
	])('flags %j as suicide', (text) => {
		expectFlag(detectCrisis(text, model), 'suicide', 'self');
	});

	it('leaves a clue alone quiet without the model', () => {
		expect(detectCrisis('aku cuma jadi beban buat keluargaku', undefined)).toBeNull();
	});

	it.each([
		'Aku udah bagi-bagi baju dan bukuku ke adik. Kucingku aku titip ke tetangga. Aku udah nulis surat buat mama. Sabtu ini aku udah mutusin tanggalnya.',
		'I gave my guitar and my books to my brother this week. I wrote a letter for my mom and left it in my drawer. I already picked the date, it will be Friday.'
	])('adds up clues spread over sentences: %j', (text) => {
		const signal = expectFlag(detectCrisis(text, model), 'suicide', 'self');
		expect(signal.match).toBe(text);
		expect(signal.reasons).toContain('whole-text');
	});

	it('flags abuse of a sister that no rule reads', () => {
		expectFlag(detectCrisis('my little sister told me our stepdad touches her', model), 'abuse', 'other');
	});
});

describe('detectCrisis uses the loaded model by default', () => {
	it('reads with the rules alone until the weights are loaded, then with the model', async () => {
		const text = 'aku cuma jadi beban buat keluargaku';
		expect(detectCrisis(text)).toBeNull();
		await loadCrisisModel(vi.fn<typeof fetch>(() => Promise.resolve(new Response(new Uint8Array(FILE)))));
		expectFlag(detectCrisis(text), 'suicide', 'self');
	});

	it('keeps working on the rules when the weights cannot be fetched', async () => {
		await loadCrisisModel(vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch'))));
		expectFlag(detectCrisis('aku gak mau hidup lagi'), 'suicide', 'self');
		expect(detectCrisis('mati lampu lagi dari jam 7, gelap banget')).toBeNull();
	});
});

describe('THRESHOLDS', () => {
	it('are probabilities in a sensible order', () => {
		for (const value of Object.values(THRESHOLDS)) {
			expect(value).toBeGreaterThan(0);
			expect(value).toBeLessThan(1);
		}
		expect(THRESHOLDS.veto).toBeLessThan(THRESHOLDS.sentence);
		expect(THRESHOLDS.sentence).toBeLessThan(THRESHOLDS.sentenceInStory);
		expect(THRESHOLDS.sentence).toBeLessThan(THRESHOLDS.muted);
	});

	const unreachable = { ...THRESHOLDS, sentence: 1.01, sentenceInStory: 1.01, whole: 1.01, muted: 1.01 };

	it('decide when the classifier raises the panel on its own', () => {
		expect(detectCrisis('aku cuma jadi beban buat keluargaku', model, unreachable)).toBeNull();
		const spread =
			'Aku udah bagi-bagi baju dan bukuku ke adik. Kucingku aku titip ke tetangga. Aku udah nulis surat buat mama. Sabtu ini aku udah mutusin tanggalnya.';
		expect(detectCrisis(spread, model, unreachable)).toBeNull();
		expect(detectCrisis(spread, model, { ...unreachable, whole: THRESHOLDS.whole })).not.toBeNull();
	});

	it('never silence a strong rule the classifier does not veto', () => {
		expectFlag(detectCrisis('aku gak mau hidup lagi', model, unreachable), 'suicide', 'self');
		expectFlag(detectCrisis('suamiku mukul aku lagi tadi malam', model, unreachable), 'abuse', 'self');
	});

	it('let the classifier veto a rule below the veto line', () => {
		expect(detectCrisis('aku gak mau hidup lagi', model, { ...unreachable, veto: 1.01 })).toBeNull();
		expectFlag(detectCrisis('aku gak mau hidup lagi', undefined, { ...unreachable, veto: 1.01 }), 'suicide', 'self');
	});
});

describe('speed', () => {
	it('scores 500 characters in under 5 ms (median of 50 runs, with the model)', () => {
		const text = (
			'Bulan ini berat banget, utang pinjol numpuk dan bunganya makin gede tiap minggu. Aku udah jual motor buat bayar cicilan, ' +
			'tapi masih kurang. Ibu nanya terus kenapa aku jarang pulang. Kadang aku pengen mati aja biar semua selesai. ' +
			'Besok aku harus ke kantor lagi kayak biasa, senyum ke semua orang. Temanku ngajak makan malam tapi aku bilang lagi sibuk. ' +
			'Aku cuma pengen tidur lama. Minggu depan gajian, semoga cukup buat bayar kos dan kirim uang ke kampung. Hari ini hujan terus dari pagi sampai malam, jalan banjir.'
		).slice(0, 500);
		expect(text.length).toBe(500);
		expectFlag(detectCrisis(text, model), 'suicide', 'self');
		for (let run = 0; run < 5; run++) detectCrisis(text, model);
		const times: number[] = [];
		for (let run = 0; run < 50; run++) {
			const start = performance.now();
			detectCrisis(text, model);
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		expect(times[25]!).toBeLessThan(5);
	});
});
