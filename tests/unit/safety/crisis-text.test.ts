/**
 * The plain form the crisis detector reads: invisible characters, elongation, digits as letters,
 * slang, Indonesian and English affixes, and one-letter typos on key roots. A spelling a person
 * types on a phone must read as the word they meant, and an everyday word one letter away from a
 * risk word must stay the everyday word.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPTS_OF, type Concept } from '$lib/safety/crisis-lexicon';
import { vocabulary } from '$lib/safety/crisis-rules';
import {
	BREAK,
	NOT_TYPOS,
	SLANG,
	Vocabulary,
	candidateRoots,
	plainText,
	readTokens,
	readWord,
	splitSentences,
	withinOneEdit
} from '$lib/safety/crisis-text';

/** The canonical roots of a text, as the rules see them. */
function roots(text: string): string[] {
	return readTokens(plainText(text), vocabulary).map((token) => token.root);
}

function conceptsOf(word: string): readonly Concept[] {
	return CONCEPTS_OF.get(readWord(word, 0, vocabulary).root) ?? [];
}

/** Concepts that would make an everyday word look like a risk word. */
const RISK_CONCEPTS: Concept[] = ['DIE', 'KILL', 'SUICIDE', 'HARM', 'HURT', 'SELF_HARM', 'CONFINE', 'PILLS', 'MEANS', 'WEAPON', 'THREAT', 'FOLLOW', 'DISAPPEAR', 'SEXUAL'];

describe('plainText', () => {
	it('removes a soft hyphen and zero-width characters inside words', () => {
		expect(plainText('bu\u00adnuh di\u200bri')).toBe('bunuh diri');
		expect(plainText('pengen ma\u200cti\u2060 aja')).toBe('pengen mati aja');
		expect(plainText('\ufeffsui\u200dcide')).toBe('suicide');
	});

	it('lowercases and removes accents', () => {
		expect(plainText('AKU Capék')).toBe('aku capek');
	});

	it('shrinks a letter typed three times or more, but keeps real double letters', () => {
		expect(plainText('matiii ajaaa lahhh')).toBe('mati aja lah');
		expect(plainText('sedihhhh bangettt')).toBe('sedih banget');
		expect(plainText('maaf, aku butuh sleep')).toBe(`maaf ${BREAK} aku butuh sleep`);
	});

	it('reads digits and symbols inside words as letters', () => {
		expect(plainText('pengen m4ti')).toBe('pengen mati');
		expect(plainText('aku cuma b3ban')).toBe('aku cuma beban');
		expect(plainText('gonna k1ll mys3lf')).toBe('gonna kill myself');
		expect(plainText('m@ti aja')).toBe('mati aja');
	});

	it('keeps numbers, and numbers with a unit, as they are', () => {
		expect(plainText('utang 100rb, jam 3am')).toBe(`utang 100rb ${BREAK} jam 3am`);
		expect(plainText('umur 15 tahun')).toBe('umur 15 tahun');
	});

	it('reads the Indonesian "2" as a repeated word', () => {
		expect(plainText('dipukul2')).toBe('dipukul dipukul');
		expect(plainText('teman2ku pada pergi')).toBe('teman temanku pada pergi');
	});

	it('opens English contractions', () => {
		expect(plainText("I'm sure I've tried, I don't know")).toBe(`im sure i have tried ${BREAK} i dont know`);
		expect(plainText('you’ll be fine')).toBe('you will be fine');
	});

	it('joins words spelled out letter by letter', () => {
		expect(plainText('pengen b-u-n-d-i-r')).toBe('pengen bundir');
		expect(plainText('ibuku korban k.d.r.t')).toBe('ibuku korban kdrt');
	});

	it('turns sentence punctuation into clause breaks, and an ellipsis into a space', () => {
		expect(plainText('capek, pengen tidur. besok lagi')).toBe(`capek ${BREAK} pengen tidur ${BREAK} besok lagi`);
		expect(plainText('entahlah... aku capek')).toBe('entahlah aku capek');
	});
});

describe('SLANG', () => {
	it.each([
		['yg', 'yang'],
		['gk', 'tidak'],
		['ga', 'tidak'],
		['bgt', 'banget'],
		['gw', 'aku'],
		['gue', 'aku'],
		['udh', 'sudah'],
		['pgn', 'pengen'],
		['wanna', 'want to']
	])('reads %j as %j', (slang, standard) => {
		expect(SLANG[slang]).toBe(standard);
	});

	it('opens slang in a phone-typed sentence, clause by clause', () => {
		const tokens = readTokens(plainText('gw udh gk kuat bgt, pgn pergi yg jauh'), vocabulary);
		expect(tokens.map((token) => token.root)).toEqual(['aku', 'sudah', 'tidak', 'kuat', 'banget', 'pengen', 'pergi', 'yang', 'jauh']);
		expect(tokens.map((token) => token.clause)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
		expect(tokens[0]!.surface).toBe('gw');
	});

	it('splits multi-word slang into words', () => {
		expect(roots('i wanna die')).toEqual(['i', 'want', 'to', 'die']);
	});
});

describe('Indonesian affixes', () => {
	it.each([
		['dipukulin', 'pukul', true],
		['dipukul', 'pukul', true],
		['dikunci', 'kunci', true],
		['diancam', 'ancam', true],
		['ngunciin', 'kunci', false],
		['mukul', 'pukul', false],
		['mukulin', 'pukul', false],
		['nampar', 'tampar', false],
		['nendang', 'tendang', false],
		['menyakiti', 'sakit', false]
	])('reads %j as %j (passive: %s)', (word, root, passive) => {
		const token = readWord(word, 0, vocabulary);
		expect(token.root).toBe(root);
		expect(Boolean(token.passive)).toBe(passive);
	});

	it('finds the root of "nyakitin" and reads it as hurting', () => {
		expect(candidateRoots('nyakitin').map((candidate) => candidate.root)).toContain('sakit');
		expect(conceptsOf('nyakitin')).toContain('HURT');
	});

	it.each([
		['tanganku', 'tangan', 'ku'],
		['rumahku', 'rumah', 'ku'],
		['hidupku', 'hidup', 'ku'],
		['suaminya', 'suami', 'nya']
	])('reads the suffix off %j', (word, root, suffix) => {
		expect(readWord(word, 0, vocabulary)).toMatchObject({ root, suffix });
	});

	it('reads a whole phone-typed sentence to its roots', () => {
		expect(roots('suamiku mukulin aku, trus ngunciin aku di kamar')).toEqual(['suami', 'pukul', 'aku', 'terus', 'kunci', 'aku', 'di', 'kamar']);
	});
});

describe('English endings', () => {
	it.each([
		['threatened', 'threaten'],
		['hitting', 'hit'],
		['punched', 'punch'],
		['kills', 'kill']
	])('reads %j as %j', (word, root) => {
		expect(readWord(word, 0, vocabulary).root).toBe(root);
	});

	it('gives an English verb its concept whatever its ending', () => {
		expect(conceptsOf('hitting')).toContain('HARM');
		expect(conceptsOf('threatened')).toContain('THREAT');
	});
});

describe('typos on key roots', () => {
	it.each([
		['bunuj', 'bunuh'],
		['sayst', 'sayat'],
		['pisay', 'pisau'],
		['tamapr', 'tampar'],
		['silett', 'silet'],
		['cekek', 'cekik']
	])('reads %j as %j', (typo, root) => {
		expect(readWord(typo, 0, vocabulary).root).toBe(root);
	});

	it('reads a typo inside a sentence', () => {
		expect(roots('aku pengen bunuj diri')).toEqual(['aku', 'pengen', 'bunuh', 'diri']);
	});

	it.each(['tenang', 'kurang', 'bilang', 'sudah', 'bills', 'pulang', 'bantal', 'temang'])('keeps the everyday word %j as it is, with no risk concept', (word) => {
		const token = readWord(word, 0, vocabulary);
		expect(token.root).toBe(word);
		expect(conceptsOf(word).filter((concept) => RISK_CONCEPTS.includes(concept))).toEqual([]);
	});

	it('reads "pills" as pills and "bills" as bills', () => {
		expect(conceptsOf('pills')).toContain('PILLS');
		expect(conceptsOf('bills')).not.toContain('PILLS');
		expect(NOT_TYPOS.has('bills')).toBe(true);
	});

	it('does not change the first letter or read words under five letters as typos', () => {
		expect(readWord('munuh', 0, vocabulary).root).toBe('munuh');
		expect(readWord('bunh', 0, vocabulary).root).toBe('bunh');
	});
});

describe('withinOneEdit', () => {
	it.each([
		['bunuh', 'bunuh'],
		['bunuj', 'bunuh'],
		['bunuh', 'bunuhh'],
		['bunh', 'bunuh'],
		['bnuuh', 'bunuh'],
		['tenang', 'tendang']
	])('%j and %j are one edit apart', (a, b) => {
		expect(withinOneEdit(a, b)).toBe(true);
		expect(withinOneEdit(b, a)).toBe(true);
	});

	it.each([
		['bunuh', 'bundir'],
		['bunuh', 'bunaj'],
		['tampar', 'tmapra'],
		['mati', 'matiin']
	])('%j and %j are not', (a, b) => {
		expect(withinOneEdit(a, b)).toBe(false);
	});
});

describe('Vocabulary', () => {
	const words = ['tendang', 'kurung', 'pukul', 'pukal', 'mati'];
	const small = new Vocabulary(words, words);

	it('knows its words', () => {
		expect(small.has('tendang')).toBe(true);
		expect(small.has('tendan')).toBe(false);
	});

	it('finds the key root one typo away', () => {
		expect(small.nearest('tendamg')).toBe('tendang');
		expect(small.nearest('kurumg')).toBe('kurung');
	});

	it('never reads a word of NOT_TYPOS as a typo, though it is one edit away', () => {
		expect(withinOneEdit('tenang', 'tendang')).toBe(true);
		expect(NOT_TYPOS.has('tenang')).toBe(true);
		expect(small.nearest('tenang')).toBeUndefined();
		expect(small.nearest('kurang')).toBeUndefined();
	});

	it('gives nothing when two key roots are one typo away', () => {
		expect(small.nearest('pukel')).toBeUndefined();
	});

	it('ignores key roots and words under five letters', () => {
		expect(small.nearest('matii')).toBeUndefined();
		expect(small.nearest('tend')).toBeUndefined();
	});

	it('keeps the first letter', () => {
		expect(small.nearest('bendang')).toBeUndefined();
	});
});

describe('splitSentences', () => {
	it('splits at sentence ends and line breaks and drops empty pieces', () => {
		expect(splitSentences('Aku capek. Kenapa ya?  Entahlah!\nBesok lagi… oke\n\n  ')).toEqual(['Aku capek.', 'Kenapa ya?', 'Entahlah!', 'Besok lagi…', 'oke']);
	});

	it('keeps a decimal number in its sentence', () => {
		expect(splitSentences('Utangku 3.5 juta. Pusing')).toEqual(['Utangku 3.5 juta.', 'Pusing']);
	});

	it('gives nothing for blank text', () => {
		expect(splitSentences('  \n ')).toEqual([]);
	});
});
