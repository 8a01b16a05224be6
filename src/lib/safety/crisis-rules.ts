/**
 * Concept rules of the crisis detector (pure TypeScript). A rule is a short sequence of concepts
 * (crisis-lexicon.ts) that occur in order within one clause, fillers skipped, with a few words
 * between them at most: "self + wish + death", "someone + harm + me". A rule names its kind and
 * whether it is strong (it raises the panel on its own) or a clue (it feeds the classifier and adds
 * up with other clues in the text).
 *
 * Context is read per sentence and from neighbouring sentences: a film, the news, a school task, a
 * training or a past long resolved mutes a rule unless the sentence itself is in the present and
 * about the writer; a denial right before a rule ("bukan pengen mati") turns it off; a rule whose
 * nearest subject is someone else (a friend, a child) becomes a "helping someone" signal.
 */
import { CONCEPTS_OF, KEY_ROOTS, PLAIN_WORDS, type Concept } from './crisis-lexicon';
import { FILLERS, SLANG, Vocabulary, plainText, readTokens, splitSentences, type Token } from './crisis-text';

export type CrisisKind = 'suicide' | 'self-harm' | 'abuse' | 'danger';

/** One element of a rule: concepts ("WISH|DIE"), or literal roots ("=loncat|jump"). */
type Element = string;

export type Rule = {
	id: string;
	kind: CrisisKind;
	seq: Element[];
	/** Words allowed between two elements (fillers not counted); 3 unless said. */
	gap?: number;
	/** A clue: it never raises the panel alone. */
	clue?: boolean;
	/** Concepts of which one must also be in the sentence. */
	with?: Concept[];
	/** Roots that must not follow the last element (a harmless object: "cut my hair"). */
	notBefore?: string[];
	/** The last element must end the clause, but for these roots. */
	tail?: string[];
	/** The first element must be an Indonesian passive ("dipukul", "dikunci"). */
	passive?: boolean;
	/** Roots that, anywhere in the clause, show the words are meant harmlessly ("bawang", "akun"). */
	blockers?: string[];
};

const THINGS = 'bola meja tembok nyamuk lalat kasur drum gendang bedug kentongan paku tombol pintu ball drum table wall door button keyboard record nail'.split(' ');
const ONLINE = 'ig instagram tiktok twitter x sosmed akun follower followers youtube fb facebook online medsos'.split(' ');
const KITCHEN = 'bawang sayur ayam daging masak cooking cook kitchen dapur ikan buah fruit mangga pisang kertas paper hair rambut kuku nail shaving cukur poni kue cake'.split(' ');
const ILLNESS = 'maag flu demam batuk pilek pusing gastritis fever cold cough headache vitamin gigi tooth allergy alergi asma asthma'.split(' ');
const LOCKED_OUT = 'out luar akun account app aplikasi password sandi hp phone email'.split(' ');
const SPORT = 'toddler baby bayi balita rattle toy toys mainan muay thai silat sparing sparring pertandingan match tinju boxing karate taekwondo judo futsal bola football soccer lawan opponent latihan gym pelatih coach tanding wrestling mma'.split(' ');
const SHORT_WHILE = 'seminggu sehari sebentar bentar week weekend day days hari bulan liburan holiday vacation pantai beach'.split(' ');
const HELD_BY_SOMEONE = '=tahan|sita|rampas|sembunyi|umpet|simpan|simpen|ambil|hid|hidden|kept|keep|held|hold|confiscate|confiscated|took|taken|withhold|withheld|kuasai|kuasain';
const PAPERWORK = 'own sendiri tamu perpanjang renew renewal urus baru new selesai jadi imigrasi kjri kbri kantor copy fotokopi difotokopi scan'.split(' ');
const PEST = 'tambang terpal atap ikat iket ngiket bangunan tikus rat rats mice hama kecoa serangga nyamuk jemuran jemur laundry clothesline kebun garden sawah rumput weeds tanaman camping tenda tent'.split(' ');
const PHONE_AT_SCHOOL = 'ujian exam sekolah school kelas class servis repair cas charge'.split(' ');
const DEATH_TAIL = 'aja lagi dunia selamanya world forever anymore deh dah sekalian lah here now sekarang tonight malam'.split(' ');

export const RULES: readonly Rule[] = [
	// Suicide: dying, ending, disappearing, being a burden, means and plans.
	{ id: 'suicide-word', kind: 'suicide', seq: ['SUICIDE'] },
	{ id: 'kill-self', kind: 'suicide', seq: ['KILL', 'REFLEXIVE'], gap: 1 },
	{ id: 'hang-self', kind: 'suicide', seq: ['=gantung|hang', 'REFLEXIVE'], gap: 1 },
	{ id: 'wish-die', kind: 'suicide', seq: ['WISH', 'DIE'], gap: 3 },
	{ id: 'self-die', kind: 'suicide', seq: ['SELF', 'DIE'], gap: 1, tail: DEATH_TAIL, clue: true },
	{ id: 'better-die', kind: 'suicide', seq: ['=mending|better|lebih', 'DIE'], gap: 2 },
	{ id: 'wish-disappear', kind: 'suicide', seq: ['WISH', 'DISAPPEAR'], gap: 3, blockers: 'sosmed medsos instagram ig tiktok social media online grup group kantor kota kerjaan'.split(' ').concat(SHORT_WHILE) },
	{ id: 'wish-forever', kind: 'suicide', seq: ['WISH', '=out|rest|istirahat|pergi|go|tidur|sleep', 'FOREVER'], gap: 2 },
	{ id: 'end-it', kind: 'suicide', seq: ['=ending|end|akhiri|akhirin|udahin', '=it|semuanya|semua|this|ini'], gap: 0, tail: DEATH_TAIL.concat(['all']) },
	{ id: 'if-gone', kind: 'suicide', seq: ['=kalau|if|when|kalo|once', 'SELF', 'DISAPPEAR|DIE'], gap: 2, clue: true },
	{ id: 'wish-not-exist', kind: 'suicide', seq: ['WISH', 'NEG', '=ada|exist|existing|be|here|around'], gap: 2, tail: DEATH_TAIL.concat(['di']) },
	{ id: 'stop-existing', kind: 'suicide', seq: ['=stop|berhenti', '=exist|existing|ada|hidup|living|breathing|bernapas'], gap: 1 },
	{ id: 'end-life', kind: 'suicide', seq: ['END', 'LIFE'], gap: 2 },
	{ id: 'end-all', kind: 'suicide', seq: ['END', '=semua|all|everything|semuanya'], gap: 2, tail: DEATH_TAIL.concat(['ini', 'this', 'it']) },
	{ id: 'take-life', kind: 'suicide', seq: ['=ambil|cabut|take', 'LIFE'], gap: 2 },
	{ id: 'no-wish-live', kind: 'suicide', seq: ['NEG', 'WISH', 'LIFE'], gap: 2 },
	{ id: 'cant-live', kind: 'suicide', seq: ['NEG|CANT', 'STRONG|GO_ON', 'LIFE'], gap: 3 },
	{ id: 'cant-go-on', kind: 'suicide', seq: ['CANT', 'GO_ON'], gap: 1, tail: DEATH_TAIL.concat(['like', 'this', 'begini', 'living', 'on']) },
	{ id: 'tired-life', kind: 'suicide', seq: ['TIRED', 'LIFE'], gap: 2 },
	{ id: 'no-point-life', kind: 'suicide', seq: ['NEG', 'POINT', 'LIFE'], gap: 3 },
	{ id: 'life-no-point', kind: 'suicide', seq: ['LIFE', 'NEG', 'POINT'], gap: 3 },
	{ id: 'better-without-me', kind: 'suicide', seq: ['BETTER', 'WITHOUT', 'SELF|THIRD'], gap: 3 },
	{ id: 'sleep-no-wake', kind: 'suicide', seq: ['SLEEP|WISH|PILLS', 'NEG', 'WAKE'], gap: 4 },
	{ id: 'sleep-forever', kind: 'suicide', seq: ['SLEEP', 'FOREVER'], gap: 2 },
	{ id: 'collect-pills', kind: 'suicide', seq: ['COLLECT', 'PILLS'], gap: 3, blockers: ILLNESS },
	{ id: 'pills-collected', kind: 'suicide', seq: ['PILLS', 'COLLECT'], gap: 3, blockers: ILLNESS },
	{ id: 'drink-poison', kind: 'suicide', seq: ['=minum|tenggak|nenggak|telan|nelen|drink|swallow|take', 'MEANS|PILLS'], gap: 3, with: ['SELF', 'WISH', 'DIE', 'EVERYONE', 'END'] },
	{ id: 'jump-from', kind: 'suicide', seq: ['=loncat|lompat|terjun|jump|nyebur', '=dari|off|from|ke', 'HEIGHT'], gap: 2 },
	{ id: 'last-message', kind: 'suicide', seq: ['LETTER', '=terakhir|last|final|perpisahan'], gap: 1 },
	{ id: 'final-letter', kind: 'suicide', seq: ['=last|final|terakhir', 'LETTER'], gap: 1 },
	{ id: 'farewell', kind: 'suicide', seq: ['=selamat', '=tinggal'], gap: 0 },
	{ id: 'means-then-drink', kind: 'suicide', seq: ['MEANS', '=minum|drink|telan|tenggak|nenggak|swallow'], gap: 4, with: ['WISH', 'SELF'], blockers: PEST },
	{ id: 'so-i-die', kind: 'suicide', seq: ['=biar|supaya|agar', 'DIE'], gap: 2 },
	{ id: 'end-it-here', kind: 'suicide', seq: ['=akhiri|akhirin|ngakhirin|udahin|nyudahin|sudahi|udahan'], tail: DEATH_TAIL.concat(['semua', 'semuanya', 'ini']) },
	{ id: 'better-end', kind: 'suicide', seq: ['=mending|better|lebih', 'END'], gap: 3, tail: DEATH_TAIL },
	{ id: 'bought-means', kind: 'suicide', seq: ['COLLECT', '=rope|tali|racun|poison|baygon|pestisida|bleach'], gap: 3, blockers: PEST },
	{ id: 'why-live', kind: 'suicide', seq: ['=ngapain|why', 'LIFE'], gap: 2 },
	{ id: 'not-deserve-life', kind: 'suicide', seq: ['NEG', 'DESERVE', 'LIFE'], gap: 2 },
	{ id: 'only-death-solves', kind: 'suicide', seq: ['DIE', 'END|=solve|solusi|nyelesain|selesain'], gap: 3, blockers: ['lampu', 'listrik', 'hp', 'battery', 'baterai'] },
	{ id: 'cannot-go-on-id', kind: 'suicide', seq: ['NEG', '=bisa|kuat|sanggup', 'GO_ON'], gap: 1, tail: DEATH_TAIL },
	{ id: 'entrust', kind: 'suicide', seq: ['=titip|jagain|look', '=anak|kucing|cat|kids|children|dog|anjing|after'], gap: 2, clue: true },
	{ id: 'god-take-me', kind: 'suicide', seq: ['=god|tuhan|allah|gusti', '=take|takes|ambil|cabut|pundhut|jemput', 'SELF'], gap: 2 },
	{ id: 'pills-enough', kind: 'suicide', seq: ['PILLS', '=enough|cukup'], gap: 4 },
	{ id: 'wont-need', kind: 'suicide', seq: ['NEG', '=need|butuh|perlu', '=them|it|lagi|anymore|again'], gap: 1, clue: true },
	{ id: 'wont-be-here', kind: 'suicide', seq: ['NEG', '=be|ada', '=here|around|alive'], gap: 2, clue: true },
	{ id: 'burden', kind: 'suicide', seq: ['SELF', 'BURDEN'], gap: 3, clue: true },
	{ id: 'no-way-out', kind: 'suicide', seq: ['NEG', 'WAY_OUT'], gap: 3, clue: true },
	{ id: 'hopeless', kind: 'suicide', seq: ['HOPELESS'], clue: true },
	{ id: 'decided', kind: 'suicide', seq: ['DECIDED'], clue: true },
	{ id: 'give-away', kind: 'suicide', seq: ['GIVE', 'BELONGINGS'], gap: 3, clue: true },
	{ id: 'goodbye', kind: 'suicide', seq: ['GOODBYE'], clue: true },
	{ id: 'sorry-all', kind: 'suicide', seq: ['SORRY', 'EVERYONE'], gap: 3, clue: true },
	{ id: 'means', kind: 'suicide', seq: ['MEANS'], clue: true },
	{ id: 'pills', kind: 'suicide', seq: ['PILLS'], clue: true },
	{ id: 'die-word', kind: 'suicide', seq: ['DIE'], clue: true },

	// Self-harm.
	{ id: 'hurt-self', kind: 'self-harm', seq: ['HURT|HARM|SELF_HARM|BURN', 'REFLEXIVE'], gap: 1, blockers: KITCHEN },
	{ id: 'cut-body', kind: 'self-harm', seq: ['SELF_HARM', 'BODY'], gap: 3, blockers: KITCHEN },
	{ id: 'body-cut', kind: 'self-harm', seq: ['BODY', 'SELF_HARM'], gap: 2, blockers: KITCHEN },
	{ id: 'scars', kind: 'self-harm', seq: ['WOUND', 'SELF_HARM'], gap: 2 },
	{ id: 'wish-cut', kind: 'self-harm', seq: ['WISH', 'SELF_HARM'], gap: 2, tail: ['lagi', 'again', 'myself', 'diri', 'sendiri'], blockers: KITCHEN },
	{ id: 'self-harm-word', kind: 'self-harm', seq: ['=self', '=harm|harming|injury|hurt'], gap: 0 },
	{ id: 'burn-body', kind: 'self-harm', seq: ['BURN', 'BODY'], gap: 2, with: ['SELF', 'REFLEXIVE'] },
	{ id: 'cutting-again', kind: 'self-harm', seq: ['SELF_HARM'], tail: ['lagi', 'again', 'terus', 'mulu'], blockers: KITCHEN },
	{ id: 'wound-cut', kind: 'self-harm', seq: ['SELF_HARM', 'WOUND'], gap: 3, blockers: KITCHEN },
	{ id: 'self-hurt', kind: 'self-harm', seq: ['=sendiri|myself', 'HURT|SELF_HARM'], gap: 2, blockers: KITCHEN },
	{ id: 'wish-pain', kind: 'self-harm', seq: ['WISH', '=feel|ngerasain|rasain|rasa', '=pain|sting|sakit|perih'], gap: 3 },
	{ id: 'self-harm-act', kind: 'self-harm', seq: ['SELF_HARM'], clue: true },

	// Abuse: someone harms or controls the writer or a child.
	{ id: 'person-harms', kind: 'abuse', seq: ['AGGRESSOR', 'HARM'], gap: 3, notBefore: THINGS, blockers: SPORT },
	{ id: 'harm-me', kind: 'abuse', seq: ['HARM', 'SELF|CHILD'], gap: 1, blockers: SPORT },
	{ id: 'harmed', kind: 'abuse', seq: ['HARM'], passive: true, notBefore: THINGS, blockers: ['rata', 'mundur', ...SPORT] },
	{ id: 'got-harmed', kind: 'abuse', seq: ['=got|get|gets|was|were|been|being|getting|keep', 'HARM'], gap: 1, blockers: SPORT },
	{ id: 'sexual-me', kind: 'abuse', seq: ['SEXUAL', 'SELF|CHILD'], gap: 2 },
	{ id: 'sexual-act', kind: 'abuse', seq: ['=perkosa|cabul|leceh|grepe|gerayang|rape|raped|molest|molested|grope|groped|rudapaksa'] },
	{ id: 'sexual-passive', kind: 'abuse', seq: ['SEXUAL'], passive: true },
	{ id: 'comes-into-room', kind: 'abuse', seq: ['AGGRESSOR', '=masuk|come|comes|came|enter|enters|into|sneak|sneaks', 'ROOM'], gap: 3, with: ['NIGHT', 'SEXUAL', 'UNSAFE'] },
	{ id: 'locked-in', kind: 'abuse', seq: ['CONFINE'], passive: true, with: ['ROOM', 'HOME', 'SELF', 'AGGRESSOR'], blockers: LOCKED_OUT },
	{ id: 'locks-me', kind: 'abuse', seq: ['CONFINE', 'SELF|CHILD'], gap: 2, blockers: LOCKED_OUT },
	{ id: 'not-allowed-out', kind: 'abuse', seq: ['NEG', 'FORBID', '=keluar|out|leave|pergi|pulang|go|see|ketemu|meet|contact|kerja|work'], gap: 2, with: ['AGGRESSOR'] },
	{ id: 'cannot-go-out', kind: 'abuse', seq: ['CANT|NEG', '=go|keluar|leave|pergi', '=out|keluar|rumah|house'], gap: 2, with: ['CONFINE'] },
	{ id: 'does-things', kind: 'abuse', seq: ['=do|does|did|doing|made|make|makes|ngapain|ngapa', '=things|stuff|macem|aneh'], gap: 2, with: ['NIGHT', 'ROOM', 'CHILD', 'AGGRESSOR'] },
	{ id: 'papers-taken', kind: 'abuse', seq: ['=paspor|passport|ktp|dokumen|documents|papers|ijazah', HELD_BY_SOMEONE], gap: 3, with: ['AGGRESSOR', 'SELF'], blockers: PAPERWORK },
	{ id: 'takes-papers', kind: 'abuse', seq: [HELD_BY_SOMEONE, '=paspor|passport|ktp|dokumen|documents|papers|ijazah'], gap: 3, with: ['AGGRESSOR'], blockers: PAPERWORK },
	{ id: 'phone-taken', kind: 'abuse', seq: ['AGGRESSOR', 'TAKE|CONTROL', '=hp|phone|ponsel|handphone'], gap: 3, blockers: PHONE_AT_SCHOOL },
	{ id: 'money-kept', kind: 'abuse', seq: ['MONEY', 'TAKE|CONTROL'], gap: 3, with: ['AGGRESSOR'], clue: true },
	{ id: 'forced-marriage', kind: 'abuse', seq: ['FORCE', 'MARRY'], gap: 5 },
	{ id: 'married-young', kind: 'abuse', seq: ['MARRY'], passive: true, with: ['YOUNG', 'FORCE'] },
	{ id: 'forced-sex', kind: 'abuse', seq: ['FORCE', 'SEXUAL|=berhubungan|hubungan|tidur|sleep'], gap: 2 },
	{ id: 'threat-harm', kind: 'abuse', seq: ['THREAT', 'KILL|HARM|=sebar|spread|post|leak|bakar|burn'], gap: 4 },
	{ id: 'wages-held', kind: 'abuse', seq: ['=gaji|wages|salary|upah|gajiku', 'NEG|=potong|tahan', '=bayar|pay|paid|kasih|dapet|dapat'], gap: 3 },
	{ id: 'peeping', kind: 'abuse', seq: ['=intip|peep|peeping', '=mandi|shower|bath|ganti|changing'], gap: 3 },
	{ id: 'child-bruised', kind: 'abuse', seq: ['CHILD|OTHER_PERSON', 'BRUISE'], gap: 4 },
	{ id: 'hands-on-neck', kind: 'abuse', seq: ['=hand|hands|tangan', '=neck|leher|throat'], gap: 4 },
	{ id: 'made-me-sleep', kind: 'abuse', seq: ['=made|make|makes|maksa|paksa', 'SELF', '=sleep|tidur|berhubungan|sex|seks'], gap: 2 },
	{ id: 'locks-from-outside', kind: 'abuse', seq: ['CONFINE', '=outside|luar'], gap: 4, with: ['AGGRESSOR', 'SELF'] },
	{ id: 'threatened', kind: 'abuse', seq: ['THREAT'], passive: true, clue: true },
	{ id: 'bruises', kind: 'abuse', seq: ['BRUISE'], clue: true },
	{ id: 'harm-word', kind: 'abuse', seq: ['HARM'], clue: true },

	// Danger now.
	{ id: 'walks-behind', kind: 'danger', seq: ['=jalan|walk|walks|walking|ngikut|ikut', '=belakang|behind'], gap: 3, with: ['SELF', 'NIGHT', 'UNSAFE', 'AGGRESSOR'] },
	{ id: 'follows-word', kind: 'danger', seq: ['=buntut|buntutin|kuntit|stalk|stalker|stalking|stalked|intai'] },
	{ id: 'locked-self-in', kind: 'danger', seq: ['CONFINE', 'REFLEXIVE'], gap: 1, with: ['AGGRESSOR', 'THIRD', 'UNSAFE'] },
	{ id: 'ex-showed-up', kind: 'danger', seq: ['=ex|mantan', '=showed|show|shows|muncul|datang|dateng|nongol|appear|appeared|came|waiting|waits|nunggu|nungguin|found|nemu|tau'], gap: 3, with: ['HOME', 'UNSAFE', 'OUTSIDE'] },
	{ id: 'kill-me', kind: 'danger', seq: ['KILL|HARM', 'SELF'], gap: 2, with: ['THREAT', 'LEAVE', 'WEAPON'] },
	{ id: 'followed', kind: 'danger', seq: ['FOLLOW'], passive: true },
	{ id: 'being-followed', kind: 'danger', seq: ['=being|been|got|get|was|am|im', 'FOLLOW'], gap: 1 },
	{ id: 'hiding', kind: 'danger', seq: ['=ngumpet|sembunyi|hiding|hide|bersembunyi'], with: ['AGGRESSOR', 'THIRD', 'UNSAFE'], blockers: 'game main play petak tas barang sepatu buku bag stuff things phone hp'.split(' ') },
	{ id: 'shouts-kill', kind: 'danger', seq: ['=teriak|shout|shouts|yell|yells|bilang|said|says|wrote|nulis|ngomong', 'KILL|=bacok|stab|tusuk'], gap: 3, with: ['SELF', 'AGGRESSOR', 'THIRD'] },
	{ id: 'follows-me', kind: 'danger', seq: ['FOLLOW', 'SELF'], gap: 2 },
	{ id: 'someone-follows', kind: 'danger', seq: ['AGGRESSOR|=orang|someone|somebody|guy|man|cowok', 'FOLLOW'], gap: 3, with: ['HOME', 'NIGHT', 'UNSAFE', 'SELF', 'OUTSIDE'] },
	{ id: 'weapon-near', kind: 'danger', seq: ['WEAPON'], with: ['OUTSIDE', 'AGGRESSOR', 'THREAT', 'UNSAFE', 'KILL'], blockers: KITCHEN },
	{ id: 'not-safe-home', kind: 'danger', seq: ['NEG', 'SAFE'], gap: 2, with: ['HOME', 'SELF'] },
	{ id: 'afraid-home', kind: 'danger', seq: ['UNSAFE', '=pulang|home'], gap: 2 },
	{ id: 'hiding-from', kind: 'danger', seq: ['=ngumpet|sembunyi|hiding|hide|kabur', '=dari|from', 'AGGRESSOR'], gap: 3 },
	{ id: 'leave-then-harm', kind: 'danger', seq: ['=kalau|if|kalo|once|when', 'LEAVE', 'KILL|HARM|FIND|DIE'], gap: 6 },
	{ id: 'break-in', kind: 'danger', seq: ['=dobrak|gedor|jebol|break|bang|banging|bangs|kicking|broke|force', 'OUTSIDE'], gap: 3 },
	{ id: 'found-me', kind: 'danger', seq: ['AGGRESSOR', 'FIND', 'SELF|HOME'], gap: 3, with: ['UNSAFE', 'LEAVE', 'THREAT'] }
];

/** Context frames a sentence may set: the rules in it, and in the next sentence, then speak of something else. */
const FRAMES: readonly Concept[] = ['FICTION', 'NEWS', 'SCHOOL', 'TRAINING'];

/** Every root any part of the detector knows (for reading words and typos). */
export const vocabulary = new Vocabulary(
	[...CONCEPTS_OF.keys(), ...Object.values(SLANG), ...FILLERS, ...PLAIN_WORDS, ...RULES.flatMap((rule) => rule.seq.flatMap((element) => parseElement(element).roots))],
	KEY_ROOTS,
	[...CONCEPTS_OF.keys(), ...PLAIN_WORDS]
);

export type TaggedToken = Token & { concepts: readonly Concept[] };

function tag(token: Token, index: number, tokens: readonly Token[]): TaggedToken {
	const concepts = CONCEPTS_OF.get(token.root) ?? [];
	const next = tokens[index + 1];
	if (concepts.includes('DIE') && next && next.clause === token.clause && FIGURATIVE_AFTER_DIE.has(next.root)) {
		return { ...token, concepts: concepts.filter((concept) => concept !== 'DIE') };
	}
	const previous = tokens[index - 1];
	if (concepts.includes('HARM') && previous && previous.clause === token.clause && COPULAS.has(previous.surface)) {
		return { ...token, concepts: concepts.filter((concept) => concept !== 'HARM') };
	}
	return { ...token, concepts };
}

/** An element's concepts, and its literal roots (every part from the first "=" on). */
function parseElement(element: Element): { concepts: Concept[]; roots: string[] } {
	const parts = element.split('|');
	const literalFrom = parts.findIndex((part) => part.startsWith('='));
	const concepts = (literalFrom < 0 ? parts : parts.slice(0, literalFrom)) as Concept[];
	const roots = literalFrom < 0 ? [] : parts.slice(literalFrom).map((part) => part.replace(/^=/, ''));
	return { concepts, roots };
}

const parsedElements = new Map<Element, ReturnType<typeof parseElement>>();

function matches(element: Element, token: TaggedToken): boolean {
	let parsed = parsedElements.get(element);
	if (!parsed) parsedElements.set(element, (parsed = parseElement(element)));
	return parsed.roots.includes(token.root) || parsed.concepts.some((concept) => token.concepts.includes(concept));
}

export type RuleHit = {
	rule: Rule;
	/** The words it matched, as written. */
	words: string;
	/** A denial right before it ("bukan pengen mati", "im not suicidal"). */
	denied: boolean;
	/** The nearest subject before it is someone else. */
	other: boolean;
	/** Index of the first matched token in the sentence. */
	at: number;
	/** Its clause tells of the past ("dulu", "years ago"), with no word of now. */
	past: boolean;
};

const SELF_SUBJECTS = new Set(['aku', 'i', 'im', 'me', 'ive', 'myself', 'diriku']);
/** Denials that reach a few words ahead ("bukan mau bunuh diri"); a plain "tidak" only the next word. */
const DENIALS = new Set(['bukan', 'not', 'never', 'jangan', 'dont', 'doesnt', 'isnt', 'didnt', 'wont', 'nor', 'tanpa']);
const PRESENT = new Set(['sekarang', 'now', 'masih', 'still', 'again', 'tonight', 'today', 'lately', 'akhir', 'barusan', 'tadi', 'semalam']);

/** "gak ada niat / pikiran / rencana" (no intention of) a few words before a rule. */
function saysNoIntent(tokens: readonly TaggedToken[], at: number): boolean {
	const before = tokens.slice(Math.max(0, at - 5), at).map((token) => token.root);
	const neg = before.indexOf('tidak');
	return neg >= 0 && before[neg + 1] === 'ada' && ['niat', 'pikiran', 'rencana', 'keinginan', 'maksud'].includes(before[neg + 2] ?? '');
}

/** A figure of speech or a thing: "mati gaya", "mati lampu"; the word then carries no risk. */
const FIGURATIVE_AFTER_DIE = new Set('gaya lampu listrik kutu rasa angin suri kaget bosan penasaran ketawa kelaparan kepanasan'.split(' '));
/** "she is hurt": a state, not someone hurting. */
const COPULAS = new Set('is was are were be been feel felt shes hes theyre im adalah'.split(' '));

/** Who a rule is about: the nearest person word before it in the sentence. */
function subjectIsOther(tokens: readonly TaggedToken[], at: number, kind: CrisisKind): boolean {
	for (let index = at - 1; index >= 0 && index >= at - 8; index--) {
		const token = tokens[index]!;
		if (SELF_SUBJECTS.has(token.root)) return false;
		const atRisk = token.concepts.includes('OTHER_PERSON') || token.concepts.includes('CHILD');
		// For dying and self-harm anyone else speaks of themself; for abuse and danger "he" is the one who harms.
		if (atRisk || ((token.concepts.includes('THIRD') || token.concepts.includes('AGGRESSOR')) && (kind === 'suicide' || kind === 'self-harm'))) return true;
		if (token.concepts.includes('AGGRESSOR')) return false;
	}
	return false;
}

/** Finds the rule hits of one sentence (its clauses read apart, fillers skipped). */
export function ruleHits(tokens: readonly TaggedToken[]): RuleHit[] {
	const hits: RuleHit[] = [];
	const content = tokens.filter((token) => !FILLERS.has(token.root) || token.concepts.length > 0);
	const present = new Set(content.flatMap((token) => token.concepts));
	for (const rule of RULES) {
		if (rule.with && !rule.with.some((concept) => present.has(concept))) continue;
		const blocked = rule.blockers ? new Set(content.filter((token) => rule.blockers!.includes(token.root)).map((token) => token.clause)) : undefined;
		for (let start = 0; start < content.length; start++) {
			const first = content[start]!;
			if (!matches(rule.seq[0]!, first)) continue;
			if (rule.passive === true && !first.passive) continue;
			if (blocked?.has(first.clause)) continue;
			const found = [start];
			let position = start;
			for (const element of rule.seq.slice(1)) {
				let next = -1;
				for (let index = position + 1; index < content.length && index <= position + 1 + (rule.gap ?? 3); index++) {
					if (content[index]!.clause !== first.clause) break;
					if (matches(element, content[index]!)) {
						next = index;
						break;
					}
				}
				if (next < 0) break;
				found.push(next);
				position = next;
			}
			if (found.length !== rule.seq.length) continue;
			const after = content[position + 1];
			const sameClauseAfter = after && after.clause === first.clause ? after : undefined;
			if (rule.notBefore && sameClauseAfter && rule.notBefore.includes(sameClauseAfter.root)) continue;
			if (rule.tail) {
				const rest = content.slice(position + 1).filter((token) => token.clause === first.clause);
				if (rest.some((token) => !rule.tail!.includes(token.root) && !FILLERS.has(token.root))) continue;
			}
			if (ONLINE.some((word) => content.some((token) => token.root === word)) && (rule.kind === 'danger' || rule.id === 'locked-in')) continue;
			const before = content.slice(Math.max(0, start - 3), start).filter((token) => token.clause === first.clause);
			const denied =
				!rule.seq[0]!.includes('NEG') &&
				(before.some((token) => DENIALS.has(token.root)) ||
					(before.length > 0 && before[before.length - 1]!.root === 'tidak') ||
					saysNoIntent(content, start));
			const clause = content.filter((token) => token.clause === first.clause);
			hits.push({
				rule,
				words: found.map((index) => content[index]!.surface).join(' '),
				denied,
				other: subjectIsOther(content, start, rule.kind),
				at: start,
				past: clause.some((token) => token.concepts.includes('PAST')) && !clause.some((token) => PRESENT.has(token.root))
			});
			break;
		}
	}
	return hits;
}

/** One sentence read: its tokens, concepts, rule hits and the frames it sets. */
export type SentenceReading = {
	text: string;
	tokens: TaggedToken[];
	hits: RuleHit[];
	frames: Concept[];
	/** Speaks of now as fine, or of a past as over ("sekarang udah baik", "therapy helped"). */
	resolved: boolean;
	/** A joke marker ("wkwk", "lol", "bercanda"): rules in it need the classifier's agreement. */
	joking: boolean;
	/** The writer says it is about them too ("aku juga", "me too"), whatever the frame. */
	selfNow: boolean;
	/** Words in quotation marks: someone's words reported, not the writer's own. */
	quoted: boolean;
	/** The phrase kinds whose words are meant harmlessly here (sport, a toddler, cooking). */
	harmless: ReadonlySet<'suicide' | 'self-harm' | 'violence'>;
};

export function readSentence(text: string): SentenceReading {
	const tokens = readTokens(plainText(text), vocabulary).map((token, index, all) => tag(token, index, all));
	const concepts = new Set(tokens.flatMap((token) => token.concepts));
	const has = (concept: Concept) => concepts.has(concept);
	return {
		text,
		tokens,
		hits: ruleHits(tokens),
		frames: FRAMES.filter(has),
		resolved: has('RESOLVED') || (has('PAST') && tokens.some((token) => token.root === 'sekarang' || token.root === 'now')),
		joking: tokens.some((token, index) => token.concepts.includes('JOKE') && !tokens.slice(Math.max(0, index - 2), index).some((before) => before.concepts.includes('NEG'))),
		selfNow: tokens.some((token) => SELF_SUBJECTS.has(token.root)) && tokens.some((token) => ['juga', 'too', 'also'].includes(token.root)),
		quoted: /["“”«»]/.test(text),
		harmless: new Set(
			(
				[
					['violence', SPORT],
					['self-harm', KITCHEN],
					['suicide', PEST]
				] as const
			)
				.filter(([, words]) => tokens.some((token) => words.includes(token.root)))
				.map(([kind]) => kind)
		)
	};
}

/** A text read sentence by sentence. */
export function readText(text: string): SentenceReading[] {
	return splitSentences(text).map(readSentence);
}
