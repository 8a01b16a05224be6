/**
 * The concept rules of the crisis detector against phone-typed sentences: each family of rules
 * must find its sentences whatever the spelling, and the context it reads (a denial, a past, a
 * friend, a film, a harmless object) must be read right.
 */
import { describe, expect, it } from 'vitest';
import { RULES, readSentence, readText, ruleHits, vocabulary, type CrisisKind, type RuleHit } from '$lib/safety/crisis-rules';
import { CONCEPTS_OF } from '$lib/safety/crisis-lexicon';
import { plainText, readTokens } from '$lib/safety/crisis-text';

type RuleCase = [text: string, ruleId: string];

function hitsOf(text: string): RuleHit[] {
	return readText(text).flatMap((reading) => reading.hits);
}

function hit(text: string, ruleId: string): RuleHit | undefined {
	return hitsOf(text).find((found) => found.rule.id === ruleId);
}

/** Strong hits that are not denied: what would raise the panel on its own. */
function strongKinds(text: string): CrisisKind[] {
	return hitsOf(text)
		.filter((found) => !found.rule.clue && !found.denied)
		.map((found) => found.rule.kind);
}

function expectRule(text: string, ruleId: string, kind: CrisisKind): void {
	const found = hit(text, ruleId);
	expect(found, `${ruleId} in ${JSON.stringify(text)}; found ${hitsOf(text).map((h) => h.rule.id).join(', ')}`).toBeDefined();
	expect(found!.rule.kind).toBe(kind);
	expect(found!.denied).toBe(false);
	expect(found!.other).toBe(false);
}

describe('RULES', () => {
	it('have unique ids', () => {
		const ids = RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('cover the four kinds, each with strong rules', () => {
		for (const kind of ['suicide', 'self-harm', 'abuse', 'danger'] as const) {
			expect(RULES.some((rule) => rule.kind === kind && !rule.clue)).toBe(true);
		}
	});
});

describe('suicide rules', () => {
	it.each<RuleCase>([
		['aku udah bakal pengen mati aja', 'wish-die'],
		['gw pgn matiii', 'wish-die'],
		['aku udh gk kuat bgt, pgn m4ti ajaaa', 'wish-die'],
		['i just even want to disappear', 'wish-disappear'],
		['aku pengen ilang aja dari dunia ini', 'wish-disappear'],
		['aku pengen bu\u00adnuh di\u200bri', 'kill-self'],
		['aku pengen bunuj diri', 'kill-self'],
		['everyone would be happier without me', 'better-without-me'],
		['pengen tidur dan gak usah bangun lagi', 'sleep-no-wake'],
		['i want to go to sleep and never wake up', 'sleep-no-wake'],
		['aku udah ngumpulin obat tidur dari bulan lalu', 'collect-pills'],
		['aku nyimpen obat banyak di laci buat nanti', 'collect-pills'],
		['ive been saving up my sleeping pills for weeks', 'collect-pills'],
		['aku kepikiran mengakhiri hidupku', 'end-life'],
		['i keep thinking about ending my life', 'end-life'],
		['aku pengen udahin semuanya aja', 'end-it'],
		['i want to end it all', 'end-it'],
		['aku gak mau hidup lagi', 'no-wish-live'],
		['i dont want to live anymore', 'no-wish-live'],
		['gak ada gunanya aku hidup', 'no-point-life'],
		['aku capek hidup', 'tired-life']
	])('%j hits %s', (text, ruleId) => {
		expectRule(text, ruleId, 'suicide');
	});

	it.each(['aku cuma jadi beban buat keluargaku', 'i feel like im just a burden to everyone', 'aku ngerasa jadi beban'])('%j is a burden clue, not a strong rule', (text) => {
		const found = hit(text, 'burden');
		expect(found).toBeDefined();
		expect(found!.rule.clue).toBe(true);
		expect(strongKinds(text)).toEqual([]);
	});
});

describe('self-harm rules', () => {
	it.each<RuleCase>([
		['tadi aku nyayat tangan lagi pake cutter', 'cut-body'],
		['i cut my wrist again last night', 'cut-body'],
		['aku sengaja nyakitin diri sendiri biar lega', 'hurt-self']
	])('%j hits %s', (text, ruleId) => {
		expectRule(text, ruleId, 'self-harm');
	});
});

describe('abuse rules', () => {
	it.each<RuleCase>([
		['suamiku mukul aku lagi tadi malam', 'person-harms'],
		['dia terus nampar aku', 'person-harms'],
		['my husband slapped me again this morning', 'person-harms'],
		['he keeps hitting me', 'person-harms'],
		['aku sering dipukulin sama bapak kalau dia mabuk', 'harmed'],
		['i got kicked by my dad again', 'got-harmed'],
		['om aku suka megang2 dada aku kalau rumah sepi', 'sexual-me'],
		['my uncle keeps touching me when nobody is home', 'sexual-me'],
		['ayah tiri sering masuk ke kamarku tengah malam', 'comes-into-room'],
		['my stepdad comes into my room at night', 'comes-into-room'],
		['aku dikunciin di kamar sama suami dari kemarin', 'locked-in'],
		['aku dikurung di kamar sama ayah', 'locked-in'],
		['bapak ngunciin aku di gudang', 'locks-me'],
		['my husband locks me in the house when he goes to work', 'locks-me'],
		['paspor aku ditahan majikan, aku gak bisa pulang', 'papers-taken'],
		['my employer took my passport and wont give it back', 'takes-papers'],
		['aku dipaksa nikah padahal umurku baru 15', 'forced-marriage'],
		['my parents are forcing me to marry a man twice my age', 'forced-marriage'],
		['dia ngancam mau bunuh aku kalau aku lapor', 'threat-harm'],
		['he threatened to kill me', 'threat-harm'],
		['he threatened to leak my nudes if i tell anyone', 'sexual-me']
	])('%j hits %s', (text, ruleId) => {
		expectRule(text, ruleId, 'abuse');
	});
});

describe('danger rules', () => {
	it.each<RuleCase>([
		['dari tadi aku dibuntutin cowok pakai motor', 'followed'],
		['a guy has been following me home from the station', 'follows-me'],
		['mantan suamiku berdiri di depan rumah bawa golok', 'weapon-near'],
		['theres a man outside my door with a knife', 'weapon-near'],
		['aku gak aman di rumah sendiri', 'not-safe-home'],
		['i dont feel safe at home anymore', 'not-safe-home'],
		['dia bilang kalau aku pergi dia bakal bunuh aku', 'leave-then-harm'],
		['he said if i leave him he will find me and kill me', 'leave-then-harm'],
		['aku lagi ngumpet di kamar mandi dari suamiku', 'hiding-from'],
		['im hiding in the bathroom from my boyfriend', 'hiding-from']
	])('%j hits %s', (text, ruleId) => {
		expectRule(text, ruleId, 'danger');
	});
});

describe('denial', () => {
	it.each([
		['bukan pengen mati, cuma capek', 'wish-die'],
		['aku tidak pengen mati', 'wish-die'],
		['im not suicidal, just tired', 'suicide-word']
	])('%j denies %s', (text, ruleId) => {
		expect(hit(text, ruleId)?.denied).toBe(true);
		expect(strongKinds(text)).toEqual([]);
	});

	it('reads a plain "tidak" as a denial only right before the words', () => {
		expect(hit('aku tidak tahu kenapa pengen mati terus', 'wish-die')?.denied).toBe(false);
	});
});

describe('past', () => {
	it('marks a rule in a clause about the past', () => {
		expect(hit('dulu waktu sma aku pernah pengen mati', 'wish-die')?.past).toBe(true);
		expect(hit('years ago i used to cut myself', 'hurt-self')?.past).toBe(true);
	});

	it('does not when the clause also speaks of now', () => {
		expect(hit('dulu aku pengen mati dan sekarang masih', 'wish-die')?.past).toBe(false);
	});

	it('reads a past that is over as resolved', () => {
		const [reading] = readText('dulu waktu sma aku pernah pengen mati, sekarang udah jauh lebih baik');
		expect(reading!.resolved).toBe(true);
		expect(readSentence('aku pengen mati aja').resolved).toBe(false);
	});
});

describe('who the rule is about', () => {
	it.each<RuleCase>([
		['sahabatku bilang dia pengen mati aja', 'wish-die'],
		['temanku bilang dia pengen bunuh diri', 'kill-self'],
		['my friend keeps saying she wants to die', 'wish-die'],
		['temanku nyayat tangannya tiap malam', 'cut-body'],
		['my daughter has been cutting her arms', 'cut-body'],
		['adikku sering dipukulin bapak', 'harmed'],
		['adikku mau dinikahkan umur 14 tahun', 'married-young']
	])('%j: %s is about someone else', (text, ruleId) => {
		expect(hit(text, ruleId)?.other).toBe(true);
	});

	it.each<RuleCase>([
		['aku pengen mati aja', 'wish-die'],
		['he keeps hitting me', 'person-harms'],
		['dia bilang kalau aku pergi dia bakal bunuh aku', 'leave-then-harm']
	])('%j: %s is about the writer', (text, ruleId) => {
		expect(hit(text, ruleId)?.other).toBe(false);
	});
});

describe('frames', () => {
	it.each([
		['di film itu tokohnya pengen bunuh diri', 'FICTION'],
		['the main character in the movie wants to kill himself', 'FICTION'],
		['ada berita seorang istri dipukuli suaminya sampai pingsan', 'NEWS'],
		['i read a news article about a man who was stabbed by his neighbour', 'NEWS'],
		['tugas esai aku tentang pencegahan bunuh diri di kalangan remaja', 'SCHOOL'],
		['my homework is a presentation about self harm in teenagers', 'SCHOOL'],
		['di pelatihan konselor kemarin kita belajar cara nanya soal bunuh diri', 'TRAINING']
	])('%j sets the %s frame', (text, frame) => {
		expect(readSentence(text).frames).toContain(frame);
	});

	it('sets no frame in a plain sentence', () => {
		expect(readSentence('aku pengen bunuh diri').frames).toEqual([]);
	});

	it('reads "me too" and jokes', () => {
		expect(readSentence('aku juga pengen mati kayak tokoh di film itu').selfNow).toBe(true);
		expect(readSentence('tokoh di film itu pengen mati').selfNow).toBe(false);
		expect(readSentence('wkwk pengen mati aja liat nilai').joking).toBe(true);
	});
});

describe('harmless words', () => {
	it.each([
		['pengen ilang dari sosmed dulu', 'wish-disappear'],
		['aku simpen obat maag di laci', 'collect-pills'],
		['beli obat flu di apotek', 'collect-pills'],
		['i got locked out of my account again', 'locks-me'],
		['i got locked out of my account again', 'locked-in'],
		['i lost my keys again, locked myself out of the house', 'locks-me'],
		['dia mukul bola keras banget', 'person-harms'],
		['aku lagi iris bawang buat sambal', 'cutting-again'],
		['pinjem pisau dapur buat motong bawang ya', 'weapon-near']
	])('%j does not hit %s', (text, ruleId) => {
		expect(hit(text, ruleId)).toBeUndefined();
	});

	it.each(['mati lampu lagi dari jam 7, gelap banget', 'beli racun tikus buat dapur', 'pinjem pisau dapur buat motong bawang ya', 'HP aku disita guru pas pelajaran tadi', 'tali sepatu aku putus', 'kurang tidur nih, besok ujian', 'aku mau udahin semua cucian dulu'])(
		'%j has no strong rule',
		(text) => {
			expect(strongKinds(text)).toEqual([]);
		}
	);
});

describe('tails and clauses', () => {
	it('reads "end it" only when nothing but fillers follows', () => {
		expect(hit('i want to end it all', 'end-it')).toBeDefined();
		expect(hit('i want to end it with him tonight', 'end-it')).toBeUndefined();
	});

	it('reads "self + die" only at the end of its clause', () => {
		expect(hit('kayaknya aku mati aja', 'self-die')).toBeDefined();
		expect(hit('aku mati gaya di rumah seharian', 'self-die')).toBeUndefined();
	});

	it('does not join words across a clause break', () => {
		expect(hit('pengen cepet pulang, hp aku mati', 'wish-die')).toBeUndefined();
		expect(hit('aku pengen, mati', 'wish-die')).toBeUndefined();
		expect(hit('aku pengen mati', 'wish-die')).toBeDefined();
	});
});

describe('ruleHits', () => {
	it('reports the words it matched, as written', () => {
		const tokens = readTokens(plainText('Suamiku MUKUL aku lagi'), vocabulary).map((token) => ({ ...token, concepts: CONCEPTS_OF.get(token.root) ?? [] }));
		const found = ruleHits(tokens).find((h) => h.rule.id === 'person-harms');
		expect(found?.words).toBe('suamiku mukul');
		expect(found?.at).toBe(0);
	});
});

describe('readText', () => {
	it('reads a text sentence by sentence, each with its own hits', () => {
		const readings = readText('Bulan ini berat. Aku pengen mati aja. Besok kerja lagi.');
		expect(readings.map((reading) => reading.text)).toEqual(['Bulan ini berat.', 'Aku pengen mati aja.', 'Besok kerja lagi.']);
		expect(readings.map((reading) => reading.hits.some((h) => h.rule.id === 'wish-die'))).toEqual([false, true, false]);
	});
});
