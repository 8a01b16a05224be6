import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '$lib/i18n/languages';

const LOCALES = join(process.cwd(), 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
	const out = new Map<string, unknown>();
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			for (const [k, v] of flatten(value, path)) out.set(k, v);
		} else out.set(path, value);
	}
	return out;
}

function variables(text: string): string[] {
	return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();
}

/** Plural forms (key_one, key_other) count as one key: languages have different plural rules. */
function byBaseKey(messages: Map<string, unknown>): Map<string, unknown[]> {
	const grouped = new Map<string, unknown[]>();
	for (const [key, value] of messages) {
		const base = key.replace(PLURAL_SUFFIX, '');
		grouped.set(base, [...(grouped.get(base) ?? []), value]);
	}
	return grouped;
}

function namespaces(language: string): string[] {
	return readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json')).sort();
}

function load(language: string, file: string): Map<string, unknown[]> {
	return byBaseKey(flatten(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Tree));
}

describe('locale files', () => {
	it('exist as the same namespaces in every language', () => {
		const [first, ...rest] = LANGUAGES.map(namespaces);
		expect(first!.length).toBeGreaterThan(0);
		for (const other of rest) expect(other).toEqual(first);
	});

	for (const file of namespaces('id')) {
		describe(file, () => {
			const messages = Object.fromEntries(LANGUAGES.map((language) => [language, load(language, file)]));
			const allKeys = [...new Set(LANGUAGES.flatMap((language) => [...messages[language]!.keys()]))];

			it('has every key as non-empty text in every language', () => {
				const problems: string[] = [];
				for (const key of allKeys) {
					for (const language of LANGUAGES) {
						const values = messages[language]!.get(key);
						if (!values) problems.push(`${language}/${file}: "${key}" is missing`);
						else if (values.some((v) => typeof v !== 'string' || v.trim() === ''))
							problems.push(`${language}/${file}: "${key}" is empty or not text`);
					}
				}
				expect(problems).toEqual([]);
			});

			it('uses the same interpolation variables for each key in every language', () => {
				const problems: string[] = [];
				for (const key of allKeys) {
					const [first, ...others] = LANGUAGES.map((language) => {
						const values = (messages[language]!.get(key) ?? []).filter((v): v is string => typeof v === 'string');
						return [...new Set(values.flatMap(variables))].sort().join(',');
					});
					if (others.some((vars) => vars !== first)) problems.push(`${file}: "${key}" uses different variables`);
				}
				expect(problems).toEqual([]);
			});
		});
	}
});
