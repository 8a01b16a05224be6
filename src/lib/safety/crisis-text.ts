/**
 * The plain form the crisis detector reads (pure TypeScript, no DOM).
 *
 * `plainText` lowercases, removes accents and invisible characters (soft hyphen, zero-width),
 * opens English contractions, reads digits inside words as letters ("m4ti"), reads Indonesian "2"
 * as a repeat ("dipukul2"), shrinks runs of a repeated letter ("matiii" -> "mati") and turns
 * sentence punctuation into clause breaks.
 *
 * `readTokens` then gives every word its canonical form: slang and abbreviations become standard
 * words ("yg" -> "yang", "gk" -> "tidak"), Indonesian affixes are stripped to a root the lexicon
 * knows ("dipukulin" -> "pukul", "ngunciin" -> "kunci", "nyakitin" -> "sakit"), English endings
 * likewise ("threatened" -> "threaten"), and an unknown word of five letters or more one typo away
 * from a key root is read as that root ("bunuj" -> "bunuh").
 */

/** A clause break in the plain text. */
export const BREAK = '_';

const DIGIT_AS_LETTER: Readonly<Record<string, string>> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'6': 'g',
	'7': 't',
	'8': 'b',
	'9': 'g'
};

/** Numbers with a unit or suffix ("10an", "5x", "3am", "100rb") keep their digits. */
const NUMBER_WITH_SUFFIX = /^\d+[a-z]{0,3}$/;

/**
 * Lowercase words and clause breaks (" _ "), before repeated letters are shrunk: the part of the
 * plain form the phrase layer shares. `firstPerson` is what "i'm" becomes.
 */
export function wordsAndBreaks(text: string, firstPerson: 'im' | 'i am' = 'im'): string {
	return (
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.replace(/\u00ad|\u034f|\u180e|\ufeff|[\u200b-\u200f]|[\u2060-\u2064]/g, '')
			// Spelled out letter by letter: "k.d.r.t", "b-u-n-d-i-r".
			.replace(/(?<![a-z0-9])[a-z](?:[-. ][a-z]){2,}(?![a-z0-9])/g, (letters) => letters.replace(/[-. ]/g, ''))
			.replace(/[‘’ʼ`´]/g, "'")
			.replace(/([a-z])'ll(?![a-z])/g, '$1 will')
			.replace(/([a-z])'re(?![a-z])/g, '$1 are')
			.replace(/([a-z])'ve(?![a-z])/g, '$1 have')
			.replace(/([a-z])'d(?![a-z])/g, '$1 would')
			.replace(/(?<![a-z])i'm(?![a-z])/g, firstPerson)
			.replace(/'/g, '')
			.replace(/(?<=[a-z])[@](?=[a-z])/g, 'a')
			.replace(/(?<=[a-z])\$(?=[a-z])/g, 's')
			.replace(/(?<=[a-z])!(?=[a-z])/g, 'i')
			// A starred-out letter ("bun*h") is dropped.
			.replace(/(?<=[a-z])\*+(?=[a-z])/g, '')
			.replace(/\.{2,}|…/g, ' ')
			// Indonesian "2" repeats the word before it: "dipukul2" is "dipukul-pukul".
			.replace(/([a-z]{2,})2([a-z]*)/g, '$1 $1$2')
			.replace(/[a-z0-9]+/g, (token) =>
				/[a-z]/.test(token) && /\d/.test(token) && !NUMBER_WITH_SUFFIX.test(token)
					? token.replace(/\d/g, (digit) => DIGIT_AS_LETTER[digit] ?? digit)
					: token
			)
			.replace(/_/g, ' ')
			.replace(/[.!?;:,\n\r]+/g, ` ${BREAK} `)
			.replace(/[^a-z0-9_]+/g, ' ')
	);
}

/** Lowercase plain words and clause breaks; see the header comment. */
export function plainText(text: string): string {
	return wordsAndBreaks(text)
		.replace(/([a-z])\1{2,}/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/_( _)+/g, BREAK)
		.trim();
}

/**
 * Slang, abbreviations and spelling variants, to the standard word (Indonesian and English).
 * Only words whose meaning is not in doubt.
 */
export const SLANG: Readonly<Record<string, string>> = Object.fromEntries(
	(
		[
			['yang', 'yg yng yanh'],
			['tidak', 'gk ga gak nggak ngga enggak engga ndak nda tdk g kagak kaga ogak gx gak ora ra tra tida tak kaga enggk ngk nggk gaa'],
			['aku', 'aq akuh gw gue gua guwe w sy saya daku ak sa beta ane'],
			['kamu', 'lu lo loe elo elu km kmu ko ente'],
			['sudah', 'udah udh dah sdh udeh wes wis uda udahh'],
			['banget', 'bgt bngt bgtt bangett pisan'],
			['pengen', 'pgn pngn pgen pngen pingin pengin pingen kepengen kepingin ingin ingn igin pen pgin mo mw mau pengn'],
			['mati', 'mait mti'],
			['aja', 'aj saja ajah ae wae'],
			['sama', 'sm ama ame'],
			['dari', 'dr dri'],
			['jadi', 'jd jdi'],
			['karena', 'krn karna krna gara'],
			['tapi', 'tp tpi tapii'],
			['sekarang', 'skrg skrng skg'],
			['belum', 'blm blum'],
			['lagi', 'lg lgi'],
			['bisa', 'bs bsa'],
			['dengan', 'dgn dg'],
			['untuk', 'utk buat bwt'],
			['kalau', 'kalo klo kl klau kalok'],
			['hidup', 'idup hdp idupku'],
			['ada', 'ono'],
			['bapak', 'bapa bokap babe abah bapake'],
			['ibu', 'nyokap emak mamak mak mace'],
			['ayah', 'papa papi pace'],
			['orangtua', 'ortu'],
			['suami', 'laki misua paksu'],
			['istri', 'bini'],
			['teman', 'temen tmn tmen kawan sohib bestie'],
			['keponakan', 'ponakan ponakanku'],
			['begini', 'gini'],
			['begitu', 'gitu'],
			['kenapa', 'knp napa'],
			['semua', 'smua sema'],
			['sendiri', 'sndiri sndri'],
			['terus', 'trus trs'],
			['banyak', 'byk bnyk'],
			['rumah', 'rmh'],
			['malam', 'malem mlm'],
			['pergi', 'pgi'],
			['hilang', 'ilang'],
			['lebih', 'lbh'],
			['mending', 'mendingan'],
			['you', 'u'],
			['are', 'r'],
			['want to', 'wanna wana'],
			['going to', 'gonna'],
			['because', 'bc cuz coz cause bcs'],
			['please', 'pls plz'],
			['really', 'rly'],
			['people', 'ppl'],
			['dont', 'dnt'],
			['cant', 'cnt'],
			['im', 'iam']
		] as const
	).flatMap(([standard, variants]) =>
		variants
			.split(' ')
			.filter(Boolean)
			.map((variant) => [variant, standard] as const)
	)
);

/** Words that add nothing to what a clause means; skipped when rules look for neighbours. */
export const FILLERS: ReadonlySet<string> = new Set(
	(
		'aja banget sekali sangat deh dong sih kok tuh lah kan nih ya yah loh lho kayak kayaknya rasanya ' +
		'beneran bener memang emang pokoknya sebenarnya sebenernya sampai udah sudah bakal bakalan akan ' +
		'juga cuma cuman doang lagi terus mungkin kali pengennya bener2 rada agak yang itu ini jadi tuh ' +
		'just even really so literally honestly actually kinda kind sort of like totally seriously truly ' +
		'simply basically probably maybe all the a an to be will would gonna going already still too'
	).split(' ')
);

export type Token = {
	/** The word as written, in plain form. */
	surface: string;
	/** Its standard form: slang opened, affixes stripped to a root the lexicon knows. */
	root: string;
	/** Indonesian possessive or object suffix read off the word ("ku", "mu", "nya"), if any. */
	suffix?: 'ku' | 'mu' | 'nya';
	/** Passive Indonesian form ("di..."), which tells who suffers the act. */
	passive?: boolean;
	/** Index of the clause in the text. */
	clause: number;
};

const PREFIXES: readonly [string, string][] = [
	['menge', ''],
	['menye', 's'],
	['meng', ''],
	['meng', 'k'],
	['meny', 's'],
	['mem', 'p'],
	['mem', ''],
	['men', 't'],
	['men', ''],
	['me', ''],
	['nge', ''],
	['ng', ''],
	['ng', 'k'],
	['ny', 's'],
	['ny', 'c'],
	['m', 'p'],
	['n', 't'],
	['di', ''],
	['ke', ''],
	['ter', ''],
	['ber', ''],
	['be', ''],
	['per', ''],
	['pe', ''],
	['se', ''],
	['ka', ''],
	['ko', '']
];

const SUFFIXES = ['nya', 'ku', 'mu', 'in', 'kan', 'an', 'i', 'lah', 'kah', 'pun'];

const ENGLISH_ENDINGS: readonly [string, string][] = [
	['ies', 'y'],
	['ied', 'y'],
	['ing', ''],
	['ing', 'e'],
	['ed', ''],
	['ed', 'e'],
	['es', ''],
	['s', ''],
	['ly', '']
];

/** Strips one layer of suffixes: returns the stem and what was read off. */
function suffixVariants(word: string): { stem: string; suffix?: Token['suffix'] }[] {
	const variants: { stem: string; suffix?: Token['suffix'] }[] = [{ stem: word }];
	for (const first of SUFFIXES) {
		if (!word.endsWith(first) || word.length - first.length < 3) continue;
		const stem = word.slice(0, -first.length);
		const suffix = first === 'ku' || first === 'mu' || first === 'nya' ? first : undefined;
		variants.push({ stem, suffix });
		for (const second of SUFFIXES) {
			if (second === first || !stem.endsWith(second) || stem.length - second.length < 3) continue;
			variants.push({ stem: stem.slice(0, -second.length), suffix });
		}
	}
	return variants;
}

/**
 * Every candidate root of a word, most literal first: the word, its Indonesian stems with
 * prefixes and suffixes removed, and its English stems.
 */
export function candidateRoots(word: string): { root: string; suffix?: Token['suffix']; passive?: boolean }[] {
	const candidates: { root: string; suffix?: Token['suffix']; passive?: boolean }[] = [];
	for (const { stem, suffix } of suffixVariants(word)) {
		candidates.push({ root: stem, suffix });
		for (const [prefix, replacement] of PREFIXES) {
			if (!stem.startsWith(prefix) || stem.length - prefix.length < 3) continue;
			const rest = replacement + stem.slice(prefix.length);
			candidates.push({ root: rest, suffix, passive: prefix === 'di' || prefix === 'ke' || prefix === 'ter' });
			// A second prefix: "diper-", "terbe-", "kebe-".
			for (const [inner, innerReplacement] of PREFIXES) {
				if (!rest.startsWith(inner) || rest.length - inner.length < 3) continue;
				candidates.push({ root: innerReplacement + rest.slice(inner.length), suffix, passive: prefix === 'di' });
			}
		}
	}
	for (const [ending, replacement] of ENGLISH_ENDINGS) {
		if (word.endsWith(ending) && word.length - ending.length >= 3) {
			const stem = word.slice(0, -ending.length) + replacement;
			candidates.push({ root: stem });
			// "stopped" -> "stopp" -> "stop"
			if (/([a-z])\1$/.test(stem)) candidates.push({ root: stem.slice(0, -1) });
		}
	}
	return candidates;
}

/** Words one deletion away from each other share a key: the index behind typo tolerance. */
function deletionKeys(word: string): string[] {
	const keys = [word];
	for (let index = 0; index < word.length; index++) keys.push(word.slice(0, index) + word.slice(index + 1));
	return keys;
}

/** True when `a` and `b` differ by one edit (insert, delete, replace or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const restA = endA - start;
	const restB = endB - start;
	if (restA <= 1 && restB <= 1) return true;
	// Two neighbouring letters swapped.
	return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/**
 * Everyday words one letter away from a key root ("tenang" and "tendang", "kurang" and "kurung",
 * "bills" and "pills"): never read as typos. Typos also keep their first letter.
 */
export const NOT_TYPOS: ReadonlySet<string> = new Set(
	(
		'kapan kayak kapal kapok butuh buruh tenang tentang selama sudah pasar kurang karung pasan pisan pisah modal balik belok ' +
		'padang pasang perang lecet teras tegas bentuk bentar pahit sejam cocok report rapot remot rapor cabut sampai sumpah barak ' +
		'kasir kabar gambar serep secret serem ngulang parah tampak nyata bebas silat sayap beach banking banging grandma ' +
		'doing dyeing looked locker looks strange depth prison chose chore amuse pinch thread throat tough truck stack stall ' +
		'lunch bunch bills kills doing dining stove stoves'
	).split(' ')
);

/** The words a lexicon knows, with an index for one-typo look-ups. */
export class Vocabulary {
	private readonly words: ReadonlySet<string>;
	private readonly typoIndex = new Map<string, string[]>();

	/**
	 * Words that are read as they are, never as a stem: the concept words, and everyday words that
	 * only look like an affixed one.
	 */
	private readonly final: ReadonlySet<string>;

	/** `keyRoots` are the words a typo may reach (five letters or more). */
	constructor(words: Iterable<string>, keyRoots: Iterable<string>, final: Iterable<string> = []) {
		this.words = new Set(words);
		this.final = new Set(final);
		for (const root of keyRoots) {
			if (root.length < 5) continue;
			for (const key of deletionKeys(root)) {
				const list = this.typoIndex.get(key);
				if (list) list.push(root);
				else this.typoIndex.set(key, [root]);
			}
		}
	}

	has(word: string): boolean {
		return this.words.has(word);
	}

	isFinal(word: string): boolean {
		return this.final.has(word);
	}

	/** A key root one typo away from `word`, if exactly one is. */
	nearest(word: string): string | undefined {
		if (word.length < 5 || NOT_TYPOS.has(word)) return undefined;
		const found = new Set<string>();
		for (const key of deletionKeys(word)) {
			for (const root of this.typoIndex.get(key) ?? []) if (root[0] === word[0] && withinOneEdit(word, root)) found.add(root);
		}
		return found.size === 1 ? [...found][0] : undefined;
	}
}

/** Reads one plain word to its token, given what the lexicon knows. */
export function readWord(surface: string, clause: number, vocabulary: Vocabulary): Token {
	const opened = SLANG[surface] ?? surface;
	if (vocabulary.isFinal(opened)) return { surface, root: opened, clause };
	// A word the detector knows without a meaning of its own ("forcing", a rule's word) still
	// gives way to a stem that has one ("force").
	let known: Token | undefined = vocabulary.has(opened) ? { surface, root: opened, clause } : undefined;
	for (const candidate of candidateRoots(opened)) {
		// Slang is read off stems of four letters or more: "mak" in "makan" is not "ibu".
		const root = candidate.root.length >= 4 ? (SLANG[candidate.root] ?? candidate.root) : candidate.root;
		if (root === opened || !vocabulary.has(root)) continue;
		const token: Token = { surface, root, clause, suffix: candidate.suffix, passive: candidate.passive };
		if (vocabulary.isFinal(root)) return token;
		known ??= token;
	}
	if (known) return known;
	const near = vocabulary.nearest(opened);
	return { surface, root: near ?? opened, clause };
}

/** The tokens of a text, clause by clause; multi-word slang ("want to") stays one token per word. */
export function readTokens(plain: string, vocabulary: Vocabulary): Token[] {
	const tokens: Token[] = [];
	let clause = 0;
	for (const word of plain.split(' ')) {
		if (word === '') continue;
		if (word === BREAK) {
			clause++;
			continue;
		}
		const token = readWord(word, clause, vocabulary);
		const parts = token.root.split(' ');
		if (parts.length === 1) tokens.push(token);
		else for (const part of parts) tokens.push({ ...token, root: part });
	}
	return tokens;
}

/** Splits a text into sentences (for scoring each one and its neighbours). */
export function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[.!?…])\s+|\n+/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}
