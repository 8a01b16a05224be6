/**
 * The concepts the crisis detector reads, each a list of roots in both languages (the canonical
 * forms of crisis-text.ts: slang opened, affixes stripped). A word may carry several concepts.
 * Rules and the classifier work on these concepts, so "dipukulin", "mukul" and "hits" all read as
 * HARM, and a new spelling needs one word here, not a new phrase.
 */

export const CONCEPT_WORDS = {
	SELF: 'aku diriku i me my myself mine im ive id ill mself meself',
	REFLEXIVE: 'diri diriku myself sendiri themselves himself herself yourself dirinya',
	DIE: 'mati meninggal wafat modar mampus mokat koit tewas tiada die dead death dying died perish funeral pemakaman kuburan makam paeh mateni',
	KILL: 'bunuh kill unalive',
	SUICIDE: 'bundir suicide suicidal kms sewerslide overdosis overdose od bunuhdiri gantungdiri',
	WISH: 'pengen want wish hope harap semoga moga rather mending siap ready berdoa doa pray tempted urge pikir kepikiran mikir think thinking thought thoughts plan rencana niat itch craving crave',
	DISAPPEAR: 'hilang lenyap sirna musnah menghilang disappear vanish gone ngilang exist existing existence',
	SLEEP: 'tidur sleep rest istirahat',
	WAKE: 'bangun wake',
	FOREVER: 'selamanya forever never abadi permanently permanent',
	BURDEN: 'beban burden susah nyusahin repot ngerepotin useless worthless waste menyusahkan',
	WITHOUT: 'tanpa without',
	BETTER: 'lebih better baik mending happier bahagia',
	GOODBYE: 'pamit goodbye bye farewell wasiat perpisahan',
	LETTER: 'surat letter note pesan message',
	PILLS: 'obat pil pills pill tablet tablets meds medication medicine paracetamol antimo sleeping',
	MEANS: 'tali rope racun poison baygon pestisida bleach pemutih insektisida',
	HEIGHT: 'gedung jembatan atap rooftop bridge roof rel tracks tebing cliff balkon balcony flyover lantai floor loncat lompat terjun jump',
	COLLECT: 'kumpul kumpulin simpan nyimpen stok tabung beli siapin sediain stock collect collected save saved hoard stash bought buy simpen',
	END: 'akhir akhiri akhirin ngakhirin udahin sudahi nyudahin selesai end ending finish over stop udahan',
	LIFE: 'hidup nyawa life living alive live urip',
	STRONG: 'kuat sanggup tahan bertahan survive cope handle',
	GO_ON: 'lanjut go keep carry continue jalanin',
	CANT: 'cant cannot unable couldnt',
	HOPELESS: 'buntu putusasa pasrah nyerah menyerah hopeless pointless trapped terjebak',
	TIRED: 'capek cape lelah muak tired exhausted sick done bosan kesel',
	DESERVE: 'pantas pantes deserve layak berhak worthy',
	POINT: 'guna arti gunanya artinya point meaning worth reason alasan',
	WAY_OUT: 'jalan keluar way exit solusi',
	DECIDED: 'mutusin putus keputusan mantap mantep yakin decided decide decision mind',
	GIVE: 'kasih bagi hibah wariskan give gave giving',
	BELONGINGS: 'barang baju hp kucing buku things stuff belongings cat',
	CARE: 'jaga jagain rawat care look',
	SORRY: 'maaf maafin sorry forgive ampun',
	EVERYONE: 'semua semuanya everyone everybody all kalian',
	SELF_HARM: 'sayat silet gores iris cutter cut cutting carve razor blade sundut jedot bentur cakar scratch selfharm sh gigit bite beset',
	BURN: 'bakar burn burned burnt knalpot setrika nyetrika iron',
	BODY: 'tangan lengan pergelangan nadi paha kulit kaki perut kepala wrist wrists arm arms thigh thighs skin leg legs stomach head tembok wall hand hands face neck muka wajah leher punggung',
	WOUND: 'luka bekas darah berdarah scar scars wound blood bleed bleeding perih stitches jahit deeper bloody',
	HURT: 'sakit lukai luka hurt harm injure injury nyakitin hukum punish punishment',
	HARM: 'pukul tampar tendang tonjok tinju cekik jambak hajar gebuk gebug siksa aniaya banting lempar dorong seret injak bacok tusuk gampar tabok tempeleng sabet cambuk sundut kekerasan kasar hit beat slap kick punch choke strangle shove push throw drag stab attack assault abuse abusive violent violence hurt smack whip kdrt sulut nyulut pull pulls pulled',
	BRUISE: 'memar lebam biru bengkak bruise bruises bruised swollen',
	SEXUAL: 'perkosa cabul leceh grepe raba gerayang colek sentuh pegang cium telanjang bugil rape raped molest grope touch touching fondle naked sex seks ml nafsu kemaluan dada selangkangan intim intimate nude nudes grab grabs grabbed remas jorok mesum rangkul ngerangkul intip ngintip peep peeping',
	ROOM: 'kamar room bed kasur selimut blanket gudang storeroom toilet wc bathroom',
	NIGHT: 'malam night tengah midnight bengi',
	CONFINE: 'kunci kurung sekap gembok lock locked trap trapped confine kurungan',
	FORBID: 'larang boleh allow allowed forbid forbidden let',
	DOCS: 'paspor ktp dokumen ijazah surat hp ponsel handphone phone passport documents papers id',
	TAKE: 'ambil sita tahan rampas sembunyi pegang take took taken keep kept hold held confiscate hide seize bawa',
	MONEY: 'gaji uang duit atm tabungan rekening salary money wages pay paid card account',
	CONTROL: 'kontrol atur tahan potong jatah control controls withhold withheld',
	MARRY: 'nikah kawin jodoh married marry wedding marriage',
	YOUNG: 'smp sd sma kecil underage minor umur usia age 10 11 12 13 14 15 16 17 kelas',
	FORCE: 'paksa terpaksa force forced',
	THREAT: 'ancam teror threaten threat threats ngancem',
	LEAVE: 'pergi cerai kabur tinggal ninggalin lari leave leaving left divorce escape run',
	FOLLOW: 'buntut buntutin kuntit intai follow followed following stalk stalker stalking track watch watching ikutin',
	WEAPON: 'pisau golok parang celurit clurit senjata pistol senapan kapak sajam gun knife machete weapon axe bat pentungan balok linggis',
	OUTSIDE: 'depan luar pintu jendela pagar gerbang outside door window front gate pekarangan halaman yard teras porch gang pertigaan perempatan street lawang gate factory parkiran parking',
	HOME: 'rumah kos kontrakan home house place apartment kamar',
	UNSAFE: 'bahaya danger dangerous unsafe takut afraid scared terrified ngumpet sembunyi hiding hide panik wedi',
	SAFE: 'aman safe',
	FIND: 'temu cari nemu find found nyari',
	NOW: 'sekarang tonight now malam',
	AGGRESSOR:
		'suami bapak ayah tiri om paman pakde kakek sepupu pacar mantan majikan bos mertua ipar tetangga abang cowok mandor agen rentenir collector husband dad father stepdad stepfather uncle cousin boyfriend ex employer boss partner neighbor neighbour landlord grandpa brother he she they dia mereka geng gang preman ibu mama mom mother mum supervisor manager satpam guard teacher guru ustadz pastor sopir driver kakak ipar parent parents agent agency agensi sponsor mucikari pimp',
	CHILD: 'anak adik keponakan bocah bayi cucu child kid kids children daughter son niece nephew baby',
	OTHER_PERSON: 'teman sahabat friend murid siswa siswi student students rekan coworker colleague temannya sister brother kakak adik sepupu cousin istri wife ibu mom mother',
	THIRD: 'dia he she they her him them his their mereka',
	HELP_ASK: 'bantu tolong gimana bagaimana how help harus should apa what',
	FICTION: 'game games gim character lobby teammates karakter thriller horor horror dokumenter documentary fanfic wattpad webtoon film movie drama drakor series serial sinetron novel episode tokoh karakter adegan scene anime komik manga lagu song lirik lyrics youtube podcast netflix cerpen fiksi fiction plot villain penjahat aktor actor actress teater theatre theater naskah peran akting acting pentas script roleplay',
	NEWS: 'berita news koran artikel article viral headline liputan reporter',
	SCHOOL: 'tugas esai essay makalah presentasi skripsi tesis thesis assignment homework pr materi paper penelitian research pelajaran lesson debat debate lomba',
	TRAINING: 'pelatihan training workshop konselor relawan volunteer kader counselor counselling counseling modul sosialisasi webinar seminar course kursus sertifikasi psikolog',
	PAST: 'dulu dahulu pernah lalu ago used waktu once back kecil kid child teenager remaja sma smp kuliah college sempat sempet',
	RESOLVED: 'pulih sembuh membaik lewat recovered healed alhamdulillah bersyukur syukur grateful fine okay baik better bahagia happy stabil stable terapi therapy peace damai tenang cerai divorced berhenti stopped quit survived selamat',
	NEG: 'tidak bukan jangan never not no dont doesnt didnt isnt wasnt arent aint nope nor tanpa gak',
	JOKE: 'bercanda becanda canda joking joke kidding lol wkwk haha hehe lmao ngakak ketawa laugh laughing',
	DEVICE: 'batre baterai lampu listrik motor mobil laptop wifi sinyal mesin tanaman ikan charger battery car light power plant engine tv ac kulkas server'
} as const;

export type Concept = keyof typeof CONCEPT_WORDS;

/** Everyday words that only look like an affixed risk word ("cuti" is leave from work, not "cut" + -i). */
export const PLAIN_WORDS: readonly string[] = ['cuti', 'bunga', 'mata', 'pikiran', 'tambang', 'kursi', 'sayang', 'leaves', 'terakhir'];

/** Concept tags of each root. */
export const CONCEPTS_OF: ReadonlyMap<string, readonly Concept[]> = (() => {
	const map = new Map<string, Concept[]>();
	for (const [concept, words] of Object.entries(CONCEPT_WORDS) as [Concept, string][]) {
		for (const word of words.split(' ')) {
			const list = map.get(word);
			if (list) list.push(concept);
			else map.set(word, [concept]);
		}
	}
	return map;
})();

/** Roots a one-letter typo may reach: the concept words that carry risk, five letters or more. */
export const KEY_ROOTS: readonly string[] = (
	[
		'DIE',
		'KILL',
		'SUICIDE',
		'DISAPPEAR',
		'BURDEN',
		'GOODBYE',
		'MEANS',
		'SELF_HARM',
		'HARM',
		'SEXUAL',
		'CONFINE',
		'THREAT',
		'FOLLOW',
		'WEAPON',
		'HOPELESS',
		'LIFE',
		'AGGRESSOR'
	] as Concept[]
).flatMap((concept) => CONCEPT_WORDS[concept].split(' ').filter((word) => word.length >= 5));
