/**
 * The Indonesian glossary (shared/glossary.md) as a test: one term a concept, and the register
 * (kamu / aku, never saya / Anda). Every Indonesian string is read; a word the glossary avoids
 * fails the test, unless its key is on the short allow-list below with the reason it may stay.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(process.cwd(), 'locales', 'id');

type Tree = { [key: string]: string | Tree };

interface Rule {
	term: string;
	/** Matched case-insensitively, at word boundaries. */
	pattern: RegExp;
	/** What to write instead (for the failure message). */
	use: string;
	/** "namespace:key" -> why this key may keep the term. */
	allowed?: ReadonlyMap<string, string>;
}

const IMPORT_PAGE = 'the worker import page, where "direktori" is the word workers use';

const RULES: readonly Rule[] = [
	{ term: 'saya', pattern: /\bsaya\b/i, use: 'aku / -ku for the person, kamu / -mu for the app speaking to them' },
	{ term: 'Anda', pattern: /\banda\b/i, use: 'kamu / -mu' },
	{ term: 'perangkat', pattern: /\bperangkat/i, use: 'HP ini / HP-mu' },
	{ term: 'timbangan', pattern: /\btimbangan/i, use: 'hal baik / hal berat / seberapa penting; the result is "pertimbanganmu"' },
	{ term: 'saluran bantuan', pattern: /\bsaluran\s+bantuan\b/i, use: 'layanan bantuan, or nomor bantuan for numbers' },
	{ term: 'keamanan', pattern: /\bkeamanan/i, use: 'keselamatan (personal safety)' },
	{
		term: 'direktori',
		pattern: /\bdirektori/i,
		use: 'daftar layanan',
		allowed: new Map([
			['directory-import:importPage.title', IMPORT_PAGE],
			['directory-import:importPage.intro', IMPORT_PAGE],
			['directory-import:importPage.files', IMPORT_PAGE],
			['directory-import:importPage.packsTitle', IMPORT_PAGE],
			['directory-import:importPage.noPacks', IMPORT_PAGE],
			['directory-import:importPage.removedNote', IMPORT_PAGE],
			['directory-import:importPage.exportIntro', IMPORT_PAGE],
			['directory-import:importPage.exportAll', IMPORT_PAGE],
			['directory-import:import.messages.too-many-files', `an import error, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.not-hsds', `an import error, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.too-deeply-nested', `an import error, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.too-many-records', `an import error, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.no-records', `an import error, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.storage-failed', `an import error, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.bundled-record', `an import report line, shown only on ${IMPORT_PAGE}`],
			['directory-import:import.messages.api-description', `an import report line, shown only on ${IMPORT_PAGE}`]
		])
	},
	{
		term: 'rujukan',
		pattern: /\brujukan\b/i,
		use: 'catatan untuk (nama layanan)',
		allowed: new Map([
			['bundled:services.puskesmas.description', 'the formal Puskesmas-to-hospital referral, which is called "rujukan"'],
			['bundled:services.puskesmas.howTo', 'the formal referral letter ("surat rujukan") a Puskesmas gives for a hospital'],
			['bundled:services.puskesmas.ifNotWorking', 'asking the Puskesmas for the formal referral to a hospital']
		])
	},
	{
		// "alamat email" or "alamat rumah" is a real address; "alamat" alone, on a screen with links, reads as a street address.
		term: 'alamat (for a link)',
		pattern: /\balamat\b(?!\s+(e-?mail|rumah|kantor|lengkap)\b)/i,
		use: 'link'
	},
	{
		// The app is called Langkah, and "langkah kecil" is a small action: a part of an exercise is "bagian".
		term: 'langkah (as a step of an exercise)',
		pattern: /\blangkah\s+(ke-?\s*)?(\{\{|\d)|\blangkah\b[^.]*?\bdari\s+(sekitar\s+)?(\{\{|\d)|\blangkah-langkah\s+latihan\b/i,
		use: 'bagian ("Bagian {{position}} dari sekitar {{total}}")'
	},
	{
		term: 'bunuh diri',
		pattern: /\bbunuh\s+diri\b/i,
		use: '"pikiran untuk mengakhiri hidup" when speaking to the person',
		allowed: new Map([['bundled:services.healing119.description', 'describes the service (its suicide-prevention work), not the person']])
	},
	{ term: 'berhasil/gagal/melakukan bunuh diri', pattern: /\b(berhasil|gagal|melakukan|mencoba)\s+bunuh\s+diri\b/i, use: 'never (safe messaging)' }
];

function flatten(tree: Tree, prefix = ''): [string, string][] {
	return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
		const path = prefix ? `${prefix}.${key}` : key;
		return typeof value === 'string' ? [[path, value]] : flatten(value, path);
	});
}

/** Every Indonesian string as "namespace:key" -> text. */
function indonesianStrings(): Map<string, string> {
	const strings = new Map<string, string>();
	for (const file of readdirSync(LOCALES).filter((name) => name.endsWith('.json'))) {
		const namespace = file.replace(/\.json$/, '');
		const tree = JSON.parse(readFileSync(join(LOCALES, file), 'utf8')) as Tree;
		for (const [key, text] of flatten(tree)) strings.set(`${namespace}:${key}`, text);
	}
	return strings;
}

/** The avoided terms in these strings, one line each. */
function avoidedTerms(strings: ReadonlyMap<string, string>): string[] {
	const problems: string[] = [];
	for (const [key, text] of strings) {
		for (const rule of RULES) {
			if (rule.pattern.test(text) && !rule.allowed?.has(key)) problems.push(`${key} uses "${rule.term}" (use ${rule.use}): ${text}`);
		}
	}
	return problems;
}

describe('Indonesian strings follow the glossary', () => {
	const strings = indonesianStrings();

	it('are read from every namespace', () => {
		expect(strings.size).toBeGreaterThan(500);
		expect(strings.get('flow-ui:progress')).toBeDefined();
	});

	it('use none of the avoided terms', () => {
		expect(avoidedTerms(strings)).toEqual([]);
	});

	it('keep the allow-list exact: each allowed key exists and still needs its term', () => {
		const stale: string[] = [];
		for (const rule of RULES) {
			for (const key of rule.allowed?.keys() ?? []) {
				const text = strings.get(key);
				if (text === undefined || !rule.pattern.test(text)) stale.push(`${key} no longer needs "${rule.term}"`);
			}
		}
		expect(stale).toEqual([]);
	});

	it('would catch each avoided term if it came back', () => {
		const samples = new Map([
			['flow-ui:progress', 'Langkah {{position}} dari sekitar {{total}}'],
			['flow-ui:other', 'Langkah 1 dari sekitar 14'],
			['common:nav.mySpace', 'Ruang saya'],
			['common:formal', 'Apakah Anda yakin?'],
			['common:footer.local', 'Semua yang kamu tulis hanya tersimpan di perangkat ini.'],
			['decision:followUp.chartTitle', 'Timbanganmu'],
			['resources:ui.intro', 'Saluran bantuan dan layanan'],
			['home:resources', 'direktori bantuan'],
			['directory-import:importPage.unlisted', 'Muat direktori'],
			['resources:ui.suggest.reason.area.safety', 'menyangkut keamananmu'],
			['resources:mine.newReferral', 'Buat rujukan'],
			['flow-ui:shareExercise.copy', 'Salin alamat'],
			['safety:lines.healing119.for', 'Juga untuk kamu yang punya pikiran untuk bunuh diri.'],
			['bundled:services.healing119.description', 'Mencegah orang melakukan bunuh diri.']
		]);
		const caught = avoidedTerms(samples).map((problem) => problem.slice(0, problem.indexOf(' uses ')));
		expect(new Set(caught)).toEqual(new Set(samples.keys()));
		// What the glossary allows stays allowed.
		const fine = new Map([
			['a', 'Langkah kecil {{number}}'],
			['b', 'Apa langkah berikutnya?'],
			['c', 'Bagian {{position}} dari sekitar {{total}}'],
			['d', 'Kirim email ke alamat email ini.'],
			['e', 'Aku aman sekarang'],
			['f', 'pertimbanganmu'],
			['bundled:services.healing119.description', 'pencegahan bunuh diri']
		]);
		expect(avoidedTerms(fine)).toEqual([]);
	});
});
