/**
 * Known crisis phrases, in Indonesian or English (pure TypeScript, no DOM): the phrase layer of the
 * crisis detector (crisis-detector.ts), beside its concept rules and classifier. These are phrases
 * whose meaning is plain ("bunuh diri", "kill myself"), written with their harmless look-alikes
 * ("mati lampu", "pukul 10 pagi", "this traffic is killing me") so that those stay quiet.
 *
 * How it works, as data:
 * 1. `normalizeForDetection` turns the text into one plain form: lowercase; accents removed;
 *    contractions opened ("he'll" -> "he will", "don't" -> "dont"); "2" after a word read as
 *    Indonesian repetition ("dipukul2" -> "dipukul dipukul"); digits inside words read as letters
 *    ("m4ti" -> "mati", "k1ll" -> "kill", but never "10", "119" or "10an"); sentence punctuation
 *    becomes a clause break " _ "; other punctuation and emoji become spaces; every run of a
 *    repeated letter shrinks to one letter ("matiii" -> "mati", "kill" -> "kil").
 * 2. `BENIGN_PATTERNS`, phrases that look alarming but are ordinary ("mati lampu", "dipukul
 *    rata", "cut myself shaving"), are cut out and replaced by a clause break.
 * 3. `SIGNAL_PATTERNS`, lists per kind and language, are tried in the order suicide, self-harm,
 *    violence; the first match wins. Every pattern must match whole words.
 *
 * Pattern syntax: a regular expression written in normalized words (no apostrophes: "dont",
 * "cant"; letters may be written doubled, they are shrunk like the text). Placeholders:
 * `{name}` inserts the word list `FRAGMENTS[name]`; `{w}` is one optional word; `{gap}` is up to
 * three words; `{end}` is the end of a clause. Patterns of both languages are always tried,
 * because people mix them.
 */

export type PhraseKind = 'suicide' | 'self-harm' | 'violence';
export type PhraseMatch = { kind: PhraseKind; match: string };
export type PatternLanguage = 'id' | 'en';
export type SignalPatternList = { kind: PhraseKind; language: PatternLanguage; patterns: readonly string[] };

/** Word lists shared by several patterns; a fragment may use other fragments. */
export const FRAGMENTS: Readonly<Record<string, string>> = {
	// Indonesian
	me: 'aku|aq|akuh|gw|gue|gua|guwe|saya|sy|ku|daku|diriku',
	wish: 'ingin|ingn|igin|pengen|pengin|pingin|pingen|kepengen|kepingin|pgn|pngn|pgen|pngen|pen',
	mau: 'mau|mo|mw',
	soft: 'banget|bgt|bngt|beneran|sekali|skali|rasanya|aja|saja|aj|udah|sudah|dah|cepat|cepet|cpt|segera|sekarang|skrg|juga|cuma|lagi',
	die: 'mati|modar|mampus|meninggal|wafat|mokat|koit',
	// Without the respectful words, which people use for others ("kakek mau meninggal").
	dieBlunt: 'mati|modar|mampus|mokat|koit',
	neg: 'ga|gak|nggak|ngga|enggak|engga|ndak|nda|tidak|tdk|gk|g|tak|kagak|kaga|ogak',
	notWant: '(?:{neg}) (?:{wish}|{mau})|gamau|gmau|gkmau|gamo|gapengen|gaingin|gapgn|ogah|males|malas|enggan',
	hidup: 'hidup|idup|hdp',
	self: 'diri sendiri|diriku sendiri|diri ku|diri aku|diri saya|diriku|diri|badan sendiri|tubuh sendiri|tubuhku|badanku',
	body: 'pergelangan tangan|pergelangan|urat nadi|nadi|tangan|lengan|kulit|paha|badan|tubuh|perut|kaki',
	cut: 'sayat|menyayat|nyayat|sayatin|nyayatin|disayat|gores|menggores|ngegores|nggores|goresin|silet|nyilet|menyilet|siletin|disilet|ngesilet',
	person:
		'dia|dy|doi|suami|suamiku|istri|istriku|ayah|ayahku|bapak|bapakku|bapa|papa|papi|papaku|mama|mamaku|mami|ibu|ibuku|pacar|pacarku|cowok|cowokku|cowo|cowoku|kakak|kakakku|abang|abangku|om|omku|paman|pamanku|ayah tiri|bapak tiri|papa tiri|ibu tiri|mama tiri|mertua|mertuaku|majikan|bos|atasan|guru|mantan|mantanku|tetangga|kakek|nenek|orang tua|orang tuaku|ortu|ortuku|mereka',
	target:
		'aku|aq|saya|sy|gw|gue|gua|kami|kita|ku|daku|anak|anakku|anak aku|anak saya|anak anak|istri|istriku|istri aku|suami|suamiku|ibu|ibuku|mama|mamaku|adik|adikku|adek|adekku|kakak|dia|dy|mereka|orang|orang lain|orang itu|semua orang|pacar|pacarku|ayah|bapak|papa|kamu|lo|lu|loe|kau|bayi|bayiku|bayinya',
	often: 'sering|selalu|suka|kadang|kadang kadang|masih|lagi|udah|sudah|dah|pernah|mulai|terus|trus|tadi|semalam|kemarin|kemaren|juga|sampai|sampe|bakal|akan|mau|mo|pengen|tega|berani|sering banget|mau banget',
	hit: 'mukul|mukulin|mukuli|memukul|memukuli|nampar|namparin|menampar|nendang|nendangin|menendang|nonjok|nonjokin|ninju|meninju|nyekik|mencekik|njambak|jambak|menjambak|nyiksa|menyiksa|menganiaya|aniaya|ngehajar|menghajar|hajar|gebukin|ngegebukin|nggebukin|nyundut|menyundut|perkosa|memperkosa|merkosa|ngelecehin|melecehkan|lecehin|nyabulin|mencabuli|ngancam|ngancem|mengancam|ancam|bunuh|membunuh|ngebunuh|bunuhin|nusuk|menusuk|bacok|membacok|nyeret|menyeret',
	device:
		'hp|hape|handphone|ponsel|henpon|telepon|telpon|baterai|batre|batrai|batere|baterei|laptop|lampu|motor|mobil|mesin|listrik|tv|televisi|kulkas|wifi|internet|sinyal|charger|cas|aki|lilin|api|ac|komputer|pc|kipas|jam|jam tangan|tanaman|bunga|pohon|ikan|kucing|anjing|ayam|burung|hamster|kelinci|kuman|bakteri|virus|nyamuk|kecoa|tikus|semut|hama|rumput|akun|server|aplikasi|app|game|karakter|tokoh|radio|speaker|headset|senter',
	pronoun: 'aku|saya|gw|gue|gua|kamu|dia|kami|kita|nya|ku|mu',
	dyingFiller:
		'mau|hampir|udah|sudah|dah|mo|bentar lagi|sebentar lagi|lagi|keburu|tiba tiba|suka|sering|terus|malah|jadi|langsung|bisa|pada|juga|sempat|kadang|kok|tuh|sih|ini|itu|yang|habis|abis|lowbat|low|tinggal \\d+(?: persen)?|di \\w+',
	// English
	subject:
		'he|she|they|hes|shes|dad|father|mom|mum|mother|husband|wife|boyfriend|girlfriend|bf|gf|partner|stepdad|stepfather|step dad|stepmom|stepmother|step mom|brother|sister|uncle|aunt|grandpa|grandfather|teacher|boss|ex|parents|someone|somebody|guy|cousin|fiance|landlord|employer|coach|neighbor|neighbour',
	adverb: 'always|often|sometimes|still|usually|keeps|kept|then|just|also|even|would|used to|has|had|again|regularly|constantly|literally|physically|has been|started to|starts to|tried to|tries to|once|will|is|are|was|were|keeps on|been',
	harm: 'hit|hits|hiting|beat|beats|beating|beat up|beats up|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|punch|punches|punched|punching|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|shove|shoves|shoved|rape|rapes|raped|raping|abuse|abuses|abused|abusing|molest|molests|molested|hurts|hurting|threaten|threatens|threatened|threatening|attack|attacks|attacked|stab|stabs|stabbed|burn|burns|burned|burnt|whip|whips|whipped',
	victim: 'me|us|mom|mum|my (?:mom|mum|mother|kids|kid|children|child|sister|brother|baby|son|daughter|wife|girlfriend|family|little \\w+)',
	others:
		'him|her|them|someone|somebody|people|everyone|everybody|the baby|my (?:kid|kids|child|children|son|daughter|baby|wife|husband|partner|girlfriend|boyfriend|mom|mum|dad|father|mother|boss|brother|sister|family|roommate|neighbor|neighbour|teacher)',
	myself: 'myself|my self|meself|myslef|mysef'
};

export const SIGNAL_PATTERNS: readonly SignalPatternList[] = [
	{
		kind: 'suicide',
		language: 'id',
		patterns: [
			'(?:bunuh|bnh|bunh|membunuh|ngebunuh|mbunuh|bunuhin) (?:diri|dri|dr|diriku|diri sendiri)',
			'bundir|bundiri',
			'(?:{wish}) (?:(?:{soft}) ){0,2}(?:{die})',
			'(?:{mau}) (?:{dieBlunt}) (?:aja|saja|aj|ja|deh|dah|sekalian|{end})',
			'(?:{me}) {w}(?:{mau}) (?:(?:{soft}) )?(?:{dieBlunt})',
			'(?:mending|mendingan|lebih baik|lbh baik|lebih baik aku) (?:(?:{me}) )?(?:{die})',
			'(?:{die}) (?:aja|saja|aj|ajalah) (?:lah|deh|dah|gue|gw|aku|sekalian|ya)',
			'(?:biar|supaya|agar) (?:{me}) (?:{die})',
			'(?:{notWant}) (?:{hidup}) (?:lagi|lg|lgi|aja|deh|dah|{end})',
			'(?:{neg}) (?:kuat|sanggup|tahan) (?:lagi )?(?:(?:untuk|buat|utk) )?(?:{hidup}|menjalani hidup|jalanin hidup|ngejalanin hidup)',
			'(?:capek|cape|capai|cpk|lelah|muak|bosan|bosen|males|malas) (?:(?:banget|bgt|sama|dengan|dgn|ama) )?(?:{hidup})(?:ku)?(?! (?:di|sehat|hemat|serumah|bareng|berdua|ngekos|ngontrak|mewah|teratur))',
			'(?:mengakhiri|akhiri|akhirin|ngakhirin|ngakhiri|udahin|sudahi|menyudahi|nyudahin) (?:aja |saja )?(?:{hidup}|nyawa)(?:ku|nya| aku| saya| ini| gw| gue)?',
			'(?:gantung|menggantung|ngegantung|gantungin) diri',
			'(?:minum|nenggak|menenggak|neguk|nelen|menelan) (?:racun|obat nyamuk|baygon|pembasmi serangga|obat serangga|cairan pembersih)',
			'overdosis',
			'(?:loncat|lompat|terjun|nyebur|menjatuhkan diri|jatuhin diri) (?:aja |saja )?dari (?:atas )?(?:gedung|jembatan|atap|rooftop|apartemen|tower|menara|tebing|flyover|lantai \\w+)',
			'(?:{wish}|semoga|moga|berharap) {gap}(?:{neg}|ga usah|gausah|nggak usah) (?:usah )?bangun (?:lagi|selamanya)',
			'(?:{wish}) {w}tidur selamanya',
			'(?:ambil|cabut) (?:aja |saja )?nyawa(?:ku| aku| saya| gw| gue)',
			'(?:pergi|hilang|lenyap|menghilang|pamit) (?:aja |saja |selamanya |untuk selamanya )?dari dunia(?: ini)?',
			'(?:{neg}) ada (?:gunanya|guna|artinya|arti|alasan) (?:(?:untuk|buat|utk) )?(?:(?:aku|gw|gue|saya) )?(?:{hidup})',
			'(?:{hidup})(?:ku|nya)?(?: ini| aku| saya)? (?:{neg}) (?:ada )?(?:artinya|gunanya|berarti|berguna)',
			'(?:(?:buat|untuk|utk) apa|ngapain) (?:(?:aku|gw|gue|saya) )?(?:{hidup}) (?:lagi|{end})',
			'(?:nyesel|menyesal|nyesal) (?:(?:aku|gw|gue|saya) )?(?:lahir|dilahirkan)',
			'(?:harusnya|seharusnya|mending|lebih baik) (?:(?:aku|gw|gue|saya) )?(?:{neg}) (?:pernah )?(?:lahir|dilahirkan)',
			'(?:{neg}) ada yang (?:peduli|peduliin|sedih|nyariin|kehilangan|nangis) (?:kalau|kalo|klo|kl|jika|kalaupun) (?:{me}) (?:mati|tiada|ga ada|gak ada|pergi selamanya)',
			'(?:lebih baik|lbh baik|lebih bahagia|mending) tanpa (?:aku|saya|gw|gue|aq|adanya aku|diriku)'
		]
	},
	{
		kind: 'suicide',
		language: 'en',
		patterns: [
			'(?:kill|killing|killed|kil) (?:{myself})',
			'kms',
			'suicid\\w*|sucide|suicde|suiside|suicidal|sewerslide|unalive\\w*|commit sui\\w*',
			'(?:end|ending|ended|take|taking|took) (?:my|my own|this) (?:own )?life',
			'(?:end|ending) it all',
			'(?:want|wanna|wana|wan|wish|wished|wanted) (?:to )?(?:just |really |so |simply )?(?:die|be dead|not exist|stop existing|disappear forever)',
			'(?:wish|hope) i (?:was|were|could be) dead',
			'(?:wish|hope) i (?:would|could) (?:just )?die',
			'wish i (?:had )?never (?:been born|existed)',
			'(?:dont|do not|dnt|no longer|never) (?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here|wake up|go on)(?: anymore| any more| any longer| again| like this|{end})',
			'(?:dont|do not) feel like living',
			'nothing (?:left )?to live for',
			'no (?:reason|point) (?:to|in|of) (?:live|living|going on|being alive|life)',
			'(?:whats|what is|wats|whts) the point (?:of|in) (?:living|being alive|life)(?: anymore|{end})',
			'(?:life|living|lifes) (?:isnt|is not|aint|is no longer|not) worth (?:living|it)',
			'not worth living',
			'(?:tired|sick|weary) of (?:living|being alive|existing|life(?: anymore|{end}))',
			'better off (?:dead|without me)',
			'(?:cant|cannot|can not) (?:go on|keep going|carry on|live like this)(?: anymore| any longer|{end})',
			'overdose|overdosing|overdosed|od on (?:pills|my meds|meds)',
			'take (?:all )?(?:of )?(?:my|the) (?:pills|meds|medication) at once',
			'(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning) (?:{myself})',
			'(?:jump|jumping|throw myself) (?:off|from|in front of) (?:a |the )?(?:bridge|building|roof|train|cliff|balcony|car|bus|truck)',
			'(?:slit|slitting) my (?:wrist|wrists|throat)',
			'(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up',
			'plan(?:ning)? to end (?:it all|it|my life|things){end}',
			'took (?:too many|a lot of|all (?:my|the|of my)|a bunch of|a whole bottle of) (?:pills|tablets|meds|sleeping pills|painkillers)',
			'(?:nobody|no one|noone) would (?:care|notice|miss me) if i (?:died|was gone|were gone|disappeared|killed myself|was dead|were dead)',
			'(?:dont|do not|cant|cannot) see (?:the|any) point (?:anymore|any more|in (?:living|life|anything|going on)|of (?:living|life))',
			'want (?:it all|everything|all of this|my life|this life) to (?:end|be over)'
		]
	},
	{
		kind: 'self-harm',
		language: 'id',
		patterns: [
			'(?:menyakiti|nyakitin|nyakiti|sakitin|lukai|melukai|ngelukain|ngelukai|lukain|mencederai|cederai) (?:{self})',
			'(?:{cut}) {w}(?:{body})(?:ku|nya|mu)?',
			'(?:iris|mengiris|ngiris|irisin|potong|motong|memotong) (?:urat nadi|nadi|pergelangan tangan)',
			'sayatan (?:(?:di|pada) )?(?:{body})(?:ku|nya|mu)?',
			'bekas (?:sayatan|silet|sayat)',
			'silet|nyilet|menyilet|disilet|siletin|ngesilet',
			'(?:bentur|benturin|benturkan|membenturkan|jedotin|jedotkan|jedukin|jedot) (?:kepala|kepalaku|diri)',
			'(?:pukul|mukul|pukulin|mukulin|pukuli|memukuli|memukul|tonjok|nonjok|tampar|nampar|menampar|cakar|nyakar|mencakar|gigit|gigitin) (?:diri sendiri|diriku|diri ku|diri aku|diri saya)',
			'(?:sundut|nyundut|menyundut) {w}(?:tangan|lengan|kulit|paha)(?:ku|nya|mu)?',
			'(?:bakar|membakar|ngebakar) (?:tangan|lengan|kulit|paha)(?:ku| sendiri| aku)',
			'(?:{wish}) {w}(?:nyayat|menyayat|sayat|nyilet|menyilet|ngegores|nggores|menggores) (?:lagi|{end})',
			'self ?harm|selfharm'
		]
	},
	{
		kind: 'self-harm',
		language: 'en',
		patterns: [
			'self ?(?:harm|harming|harmed|injury|injure|injuring|injured|hurt|hurting|mutilation|mutilate|mutilating)',
			'(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harming|burn|burning|burned|burnt|hit|hitting|punch|punching|starve|starving|bruise|bruising|bite|biting|stab|stabbing|scratch|scratching|carve|carving) (?:{myself})',
			'(?:cut|cuts|cutting|slice|slicing|carve|carving) (?:on |into )?my (?:wrist|wrists|arm|arms|forearm|forearms|thigh|thighs|skin|legs|leg|stomach|hips|hip)',
			'(?:started|been|keep|kept|back to) cutting (?:again|{end})',
			'(?:urge|urges|want|wanna) to cut (?:again|{end})',
			'(?:razor|blade|blades) (?:on|to|into|against) my (?:skin|wrist|wrists|arm|arms|thigh|thighs)',
			'scratch (?:\\w+ ){1,2}(?:until|till|til) (?:it|they|i) bleeds?'
		]
	},
	{
		kind: 'violence',
		language: 'id',
		patterns: [
			'dipukul|dipukulin|dipukuli|dipukulnya',
			'digebukin|digebuki|digebuk|digebugin|dihajar|dihajarnya|dikeroyok|dibacok',
			'ditampar|ditampol|ditempeleng|digampar|ditabok|ditabokin',
			'ditendang|ditendangin|ditendangi|ditonjok|ditonjokin|ditinju',
			'dijambak|dicekik|disundut|disiksa|dianiaya|dicambuk',
			'diperkosa|diperkos|dirudapaksa|digagahi|dicabuli|dicabulin',
			'dilecehkan|dilecehin|digrepe|digerepe|digerayangi',
			'disekap|diancam|diancamin|diteror|disakiti|disakitin',
			'di ?(?:bully|buli|bully)|dirundung',
			'dipaksa (?:berhubungan|hubungan|ml|begituan|bersetubuh|seks|ngeseks|tidur bareng|tidur sama|tidur dengan)',
			'ditusuk {gap}(?:pisau|piso|belati|gunting|obeng|golok|parang|celurit)',
			'disiram (?:air keras|air panas|bensin|minyak panas)',
			'dilempar (?:(?:pakai|pake|dengan) )?(?:piring|gelas|kursi|asbak|batu|barang)',
			'kdrt|kbgo|pelecehan|perkosaan|pemerkosaan|pemerkosa|pencabulan|penganiayaan|korban kekerasan',
			'kekerasan (?:dalam rumah tangga|dlm rumah tangga|seksual|fisik|dalam pacaran|pada anak|terhadap (?:anak|perempuan|istri|wanita))',
			'main tangan',
			'(?:{person})(?: (?:aku|saya|gw|gue|ku))? (?:(?:{often}) ){0,2}(?:{hit})',
			'(?:{hit}) (?:{target})',
			'(?:megang megang|pegang pegang|grepe grepe|grepein|gerepein|grepe|meraba raba|raba raba|ngeraba|meraba) (?:{target})',
			'(?:megang|pegang|nyentuh|menyentuh|raba|ngeraba|meraba|nyentuhin) (?:{target}) (?:di )?(?:bagian|area) (?:pribadi|sensitif|intim|bawah)',
			'(?:nyakitin|menyakiti|nyakiti) (?:anak|anakku|bayi|bayiku|anak aku|anak saya|orang lain)',
			'(?:takut|mau|akan|bakal|ancam|ngancam|ngancem) dibunuh',
			'takut (?:sama|dengan|ama|pada|ke) (?:suami|suamiku|ayah|ayahku|bapak|bapakku|ayah tiri|bapak tiri|papa tiri|pacar|pacarku|papa|papaku|mertua|majikan)(?: aku| saya| gw| gue)?{end}',
			'takut pulang(?: ke rumah| kerumah)?{end}',
			'(?:ancam|ngancam|ngancem|mengancam|diancam) {gap}(?:sebar|disebar|nyebar|nyebarin|menyebarkan|sebarin) {w}(?:foto|video|vidio)'
		]
	},
	{
		kind: 'violence',
		language: 'en',
		patterns: [
			'(?:(?:my|our|her|his|the|a) )?(?:{subject}) (?:(?:{adverb}) ){0,2}(?:{harm}) (?:{victim})',
			'(?:i|ive|i have|i had) (?:(?:{adverb}) ){0,2}(?:hit|beat|slapped|slap|kicked|kick|punched|punch|choked|choke|shook|hurt) (?:my (?:kid|kids|child|children|son|daughter|wife|husband|partner|girlfriend|boyfriend|baby)|someone|somebody)',
			'(?:want|wanna|urge|urges|thoughts|thinking|think|afraid|scared|fear|feel like|tempted)(?: (?:to|of|about|that|i|i will|i might|i could|ill|i am going to|im going to))* (?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|beat|beating|hit|hitting|shake|shaking) (?:{others})',
			'(?:been|being|was|were|got|get|gets|getting|am|is|are|im|keep getting) (?:being )?(?:(?:{adverb}|sexually|badly|repeatedly) )?(?:beaten|beat up|raped|abused|molested|assaulted|attacked|kicked|choked|strangled|slapped|punched|threatened|stabbed|trafficked|groped|bullied|harassed|stalked|tortured|jumped)',
			'rape|raped|rapes|raping|rapist|molested|molesting|molester|abused|abusing me|beaten|incest|trafficked|groped',
			'sexual(?:ly)? (?:assault|assaulted|abuse|abused|harass|harassment|harassed)',
			'(?:domestic|child|physical|sexual) (?:violence|abuse)',
			'(?:{subject}) (?:is|was|are|were|s|gets|can be) (?:very |really |so )?(?:abusive|violent)',
			'abusive (?:husband|wife|partner|relationship|boyfriend|girlfriend|father|mother|dad|mom|mum|parents|parent|home|family|ex|stepdad|stepfather)',
			'(?:threaten|threatens|threatened|threatening|threats) (?:me |us )?(?:to |that (?:he|she|they) (?:will|would) )?(?:kill|hurt|beat|shoot|stab|harm|burn)',
			'(?:threaten|threatens|threatened|threatening) (?:me |us )?to (?:post|share|leak|send|spread|publish) (?:my )?(?:nudes|nude|photos|pictures|pics|videos|intimate)',
			'(?:tried|trying|tries|try) to (?:kill|strangle|choke|drown|stab|poison|run over) (?:me|us)',
			'(?:kill|hurt|beat|shoot|stab) (?:me|us) if i (?:leave|tell|go|call|report|say|speak|talk|try)',
			'(?:afraid|scared|terrified|fear|frightened) (?:that |of what )?(?:(?:my|our) )?(?:{subject}) (?:will|would|might|is going to|is gonna|could) (?:kill|hurt|hit|beat|rape) (?:me|us|my \\w+)',
			'(?:said|says|told me|tells me) (?:that )?(?:he|she|they) (?:will|would|is going to|is gonna|gonna) (?:kill|hurt|beat|shoot|stab) (?:me|us|my \\w+)',
			'(?:afraid|scared|terrified|frightened) (?:that )?(?:he|she|they) (?:will|might|could|is going to|is gonna) find (?:me|us)',
			'(?:afraid|scared|terrified|frightened) of my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|stepfather|stepmom|stepmother|uncle|brother|ex)(?: (?:now|at home|when he \\w+|when she \\w+|because)|{end})',
			'(?:pushed|shoved|threw|throws|pushes|shoves) (?:me|us) (?:down the stairs|against the wall|into the wall|to the floor|to the ground|out of the car)',
			'(?:bullying|bullies|bully) (?:me|us)|stalking me|stalks me|stalked me',
			'(?:touch|touches|touched|touching) me (?:inappropriately|there|down there|without)'
		]
	}
];

/**
 * Ordinary phrases that would otherwise look like signals. Each is cut out before matching, so
 * the rest of the sentence is still read ("mati lampu, aku pengen mati" still fires).
 */
export const BENIGN_PATTERNS: readonly string[] = [
	// Indonesian: "mati" said of things, or as a figure of speech
	'mati (?:lampu|listrik|gaya|kutu|angin|suri|rasa|konyol|penasaran|bosan|kebosanan|ketawa|tertawa|kaget|kepanasan|kedinginan|kelaparan|mesin|total|matian|syahid|kutu)',
	'mati (?:dalam keadaan|husnul|khusnul|dlm keadaan) \\w+',
	'harga mati|kulit mati|sel mati|sel kulit mati|jalan mati',
	'(?:{device})(?:nya|ku|mu)?(?: (?:{pronoun})| (?!(?:{pronoun}) )[a-z0-9]+(?: (?!(?:{pronoun}) )[a-z0-9]+)?)?(?: (?:{dyingFiller}))* (?:mati|modar|mampus)(?: (?:terus|lagi|deh))?(?! (?:aja|saja|aj|ajalah))',
	'(?:{neg}) (?:{wish}|{mau}) (?:mati|meninggal)',
	// Indonesian: hitting things, figurative beatings, penalties
	'dipukul (?:rata|mundur)',
	'(?:bola|gong|bedug|beduk|kentongan|drum|gendang|kendang|paku|kok|shuttlecock|lonceng|bel|kasur)(?:nya)? {w}dipukul',
	'(?:(?:memukul|mukul|pukul|mukulin|pukulin|gebuk|tampar|nampar|menampar|tepuk|nepuk|menepuk) )+(?:bola|gong|bedug|beduk|kentongan|drum|gendang|kendang|paku|kok|shuttlecock|lonceng|bel|meja|nyamuk|lalat|kasur|karpet|tombol|rekor)(?:nya)?',
	'(?:dihajar|disiksa|ditampar|digebukin|dipukul) (?:oleh |sama )?(?:banjir|hujan|badai|ombak|macet|kritik|netizen|tugas|deadline|kenyataan|realita|realitas|fakta|rindu|kangen|panas|lapar|kerjaan|pekerjaan|skripsi|tagihan|cicilan|inflasi|harga|pr|ujian)',
	'(?:tim|timnas|klub|persib|persija|arema|lawan) {gap}(?:dihajar|dipukul|digebuk|dibantai|ditendang)',
	'(?:dihajar|digebuk) \\d+',
	'ditendang (?:keluar )?dari (?:grup|group|tim|klub|proyek|project|kantor|perusahaan|kelas|sekolah|organisasi|game|server)',
	'(?:bola|penalti|tendangan) {w}ditendang',
	'diancam (?:hukuman|pidana|penjara|denda|sanksi|dipecat|do|drop out|dikeluarkan|tidak naik|ga naik|gak naik|tilang|diblokir|diputus|kurungan|didiskualifikasi)',
	'(?:ancam|ngancam|ngancem|mengancam) (?:mau |akan |bakal |bakalan )?(?:putus|resign|keluar|mogok|ninggalin|pergi|lapor|laporin|melaporkan|ngelaporin|ngadu|ngaduin|demo|unfollow|blokir|hukum|menghukum|ngehukum|skors|menskors|memanggil|manggil|mengeluarkan|ngeluarin|mecat|memecat|pecat)',
	'(?:bunuh|membunuh|ngebunuh|bunuhin|dibunuh) (?:nyamuk|kecoa|tikus|semut|lalat|waktu|kuman|virus|bakteri|hama|ular|karakter|monster|zombie)',
	'(?:nusuk|menusuk|tusuk|ditusuk) {w}dari belakang(?! (?:pakai|pake|dengan|pk) (?:pisau|piso|gunting|obeng))',
	'(?:bunuh|bunuhin|ngebunuh|membunuh) (?:{target}) (?:kalau|kalo|klo|kl|pas) (?:dia |mama |papa |ibu |ayah )?(?:tau|tahu|liat|lihat) (?:nilai|rapor|rapot|tagihan|hasil ujian)',
	'(?:ayo|yuk|ayok) (?:hajar|bantai|libas)',
	'(?:sayat|sayatan|iris|gores|silet) (?:kulit|daging|badan|tubuh|perut|kaki|paha) (?:ikan|ayam|sapi|bebek|kambing|tahu|tempe)',
	'silet (?:cukur|alis|jenggot|kumis)',
	'(?:cukur|mencukur|nyukur) {gap}silet',
	'silet {gap}(?:buat|untuk|utk) (?:cukur|nyukur|mencukur|alis|kumis|jenggot)',
	'(?:acara|program|tayangan|infotainment) silet',
	'(?:kayak|kaya|seperti|serasa|kayaknya|berasa) (?:{mau}|hampir) (?:mati|modar|mampus)(?! (?:aja|saja|aj|ajalah))',
	'dari dunia (?:maya|medsos|sosial media|media sosial|perkuliahan|kerja|hiburan|game|politik)',
	// English
	'suicide (?:squad|doors?|door|run|mission|pass)',
	'\\d+ ?kms',
	'(?:dont|do not|doesnt|didnt|never) (?:want|wanna) to die',
	'(?:want|wanna) to die (?:laughing|of (?:laughter|embarrassment|shame|boredom))',
	'(?:accidentally|by accident) (?:cut|hurt|burned|burnt|burn|hit|stabbed|scratched) (?:{myself})',
	'(?:cut|cutting|hurt|burned|burnt|burn|scratched|hit) (?:{myself}) (?:shaving|cooking|chopping|slicing|opening|playing|running|training|skating|cycling|lifting|working out|at the gym|at work|at football|on (?:a|an|the|some|broken) (?:knife|glass|paper|can|tin|nail|stove|oven|pan|iron|kettle|door|table|fence|rock|edge|corner|bottle|plate|grater|blender|counter|floor|stairs|step|desk|bed|bike|car)|by accident|accidentally|a (?:slice|piece|bit))',
	'(?:weather|well|storm) beaten',
	'(?:want|wanna) to die (?:my|her|his|their|your) hair',
	'(?:server|website|site|system|network|account|computer|app|laptop|phone) (?:\\w+ ){0,2}(?:attacked|hacked)',
	'(?:cut|cuts|cutting|sliced|slice) my (?:\\w+ )?(?:on (?:a|an|the|some|broken) (?:knife|glass|paper|can|tin|nail|stove|oven|pan|iron|kettle|door|table|fence|rock|edge|corner|bottle|plate|grater|blender|counter|floor|stairs|step|desk|bed|bike|car)|shaving|(?:while|when) (?:shaving|cooking|chopping|cutting \\w+|opening \\w+|playing|climbing))',
	'(?:beat|beats|beaten) (?:me|us|him|her|them)? ?(?:at|in) (?:a |the )?(?:game|games|match|race|chess|cards|tennis|football|soccer|basketball|badminton|fifa|mario kart|mobile legends|ml|round|quiz|arm wrestling|final|poker|scrabble|monopoly|\\w+ball)',
	'beat (?:me|us) to (?:it|the punch)|beats me',
	'(?:beat|beats|beating) (?:me|us|him|her|them) (?:in|at) (?:the )?(?:race|polls|score|ranking|rankings|standings|sales|grades|election|league|tournament)',
	'kick(?:s|ed)? (?:me|us|him|her|them) (?:out|off)(?: of)?',
	'burn(?:s|ed|t)? (?:me|us) (?:a|an) (?:cd|dvd|copy|playlist|mix)',
	'burn(?:s|ing|ed|t)? (?:{myself}) out|burnout',
	'(?<!(?:too many|all my|all the|all of my|bottle of) )(?:pills|meds|medicine|tablets) for (?:my |the |a )?(?:cold|flu|headache|fever|pain|back|allergies|allergy|cough|period|migraine)',
	'(?:kil|kill|kiled|killed|killing) myself laughing',
	'kil\\w* me when (?:she|he|they) (?:sees?|gets?) (?:my|the|this|that) (?:grades?|report card|results?|bill|room|mess|phone bill|score|test)',
	'beaten (?:eggs?|egg whites|path|track|copper|\\d+)',
	'beaten by (?:the |a )?(?:\\w+ )?(?:team|side|club|record|score)',
	'(?:team|side|club|squad) (?:\\w+ ){0,2}beaten',
	'(?:hit|hits|hitting) (?:me|us) (?:up|with (?:a |the |some |his |her |their |new |more |so many |all these |these )?(?:question|questions|news|details|facts|truth|task|tasks|work|homework|email|emails|message|messages|texts|request|requests|bill|bills|deadline|deadlines|idea|ideas|joke|jokes|song|songs|compliment|compliments|link|links))',
	'abused (?:the|his|her|their|my|our|its) (?:power|position|trust|system|privilege|privileges|authority|role|kindness|generosity)',
	'(?:hurt|hurting|hurts) (?:\\w+ )?feelings',
	'shoot (?:him|her|them|you|me) (?:a|an) (?:text|message|email|dm|line|note)',
	'stabbed (?:me |us )?in the back(?! with)',
	'(?:heat|sun|weather|cold|traffic|work|job|workout|class|gym|homework|exam|exams|deadline|deadlines|calculus|math|maths|this|it|that) (?:is |are )?(?:literally |really |actually )?(?:trying to )?kil\\w* (?:me|us)',
	'(?:species|animals|jobs|habitat|forests|rights|wildlife|plants) (?:\\w+ ){0,2}threatened|threatened (?:species|by climate)'
];

import { wordsAndBreaks } from './crisis-text';

const WORD = '[a-z0-9]+';
const PLACEHOLDERS: Readonly<Record<string, string>> = {
	w: `(?:${WORD} )?`,
	gap: `(?:${WORD} ){0,3}`,
	end: '(?= ?_)'
};

/** Inserts fragments and placeholders, then shrinks doubled letters exactly as the text is. */
function expandPattern(source: string, depth = 0): string {
	if (depth > 4) throw new Error(`Crisis pattern fragments nest too deeply: ${source}`);
	const expanded = source.replace(/\{([a-zA-Z]+)\}/g, (_whole, name: string) => {
		const placeholder = PLACEHOLDERS[name];
		if (placeholder !== undefined) return placeholder;
		const fragment = FRAGMENTS[name];
		if (fragment === undefined) throw new Error(`Unknown crisis pattern fragment {${name}}`);
		return expandPattern(fragment, depth + 1);
	});
	return depth === 0 ? expanded.toLowerCase().replace(/([a-z])\1+/g, '$1') : expanded;
}

/** Compiles one pattern so that it matches whole words only. */
export function compilePattern(source: string, flags = ''): RegExp {
	return new RegExp(`(?<![a-z0-9])(?:${expandPattern(source)})(?![a-z0-9])`, flags);
}

/**
 * Words whose doubled letter is all that tells them from a signal word once letters are shrunk
 * ("rapped" would read "raped"); they are split before shrinking.
 */
const SHRINK_GUARDS: readonly [RegExp, string][] = [[/(?<![a-z])rapp(?=[a-z])/g, 'rap ']];

/** The plain form the patterns are written against; see the header comment. */
export function normalizeForDetection(text: string): string {
	let plain = wordsAndBreaks(text, 'i am');
	for (const [guard, replacement] of SHRINK_GUARDS) plain = plain.replace(guard, replacement);
	return plain
		.replace(/([a-z])\1+/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/_( _)+/g, '_')
		.replace(/^[\s_]+|[\s_]+$/g, '');
}

type CompiledList = { kind: PhraseKind; patterns: RegExp[] };

const KIND_ORDER: readonly PhraseKind[] = ['suicide', 'self-harm', 'violence'];

const compiledSignals: readonly CompiledList[] = KIND_ORDER.map((kind) => ({
	kind,
	patterns: SIGNAL_PATTERNS.filter((list) => list.kind === kind).flatMap((list) =>
		list.patterns.map((source) => compilePattern(source))
	)
}));

const compiledBenign: readonly RegExp[] = BENIGN_PATTERNS.map((source) => compilePattern(source, 'g'));

/**
 * The first known phrase in `text` (suicide before self-harm before violence), or null. `match` is
 * the matched words in their normalized form.
 */
export function matchPhrase(text: string): PhraseMatch | null {
	const normalized = normalizeForDetection(text);
	if (normalized === '') return null;
	// A closing break lets `{end}` see the end of the text.
	let plain = `${normalized} _`;
	for (const benign of compiledBenign) plain = plain.replace(benign, ' _ ');
	plain = plain.replace(/\s+/g, ' ');
	for (const { kind, patterns } of compiledSignals) {
		for (const pattern of patterns) {
			const found = pattern.exec(plain);
			if (found) return { kind, match: found[0].trim() };
		}
	}
	return null;
}
