/** Reads the crisis corpus (tests/crisis/corpus): one item a line, see tests/crisis/README.md. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../tests/crisis/corpus/', import.meta.url));
export const LABELS = ['none', 'suicide', 'self-harm', 'abuse', 'danger', 'other'];

/** The items of `part` ("train" or "heldout"), optionally only some authors' files. */
export function readCorpus(part, { authors, skipAuthors } = {}) {
	const items = [];
	for (const file of readdirSync(CORPUS + part).sort()) {
		const match = /^(sentences|paragraphs)-([a-z0-9]+)\.tsv$/.exec(file);
		if (!match) continue;
		const [, kind, author] = match;
		if (authors && !authors.includes(author)) continue;
		if (skipAuthors && skipAuthors.includes(author)) continue;
		const lines = readFileSync(`${CORPUS}${part}/${file}`, 'utf8').split('\n');
		lines.slice(1).forEach((line, index) => {
			if (!line.trim()) return;
			const [lang, label, topic, text] = line.split('\t');
			if (!LABELS.includes(label) || !['id', 'en'].includes(lang) || !text) {
				throw new Error(`${part}/${file}:${index + 2}: not a corpus line: ${line.slice(0, 80)}`);
			}
			items.push({ lang, label, topic, text, unit: kind === 'sentences' ? 'sentence' : 'paragraph', author, file: `${part}/${file}` });
		});
	}
	return items;
}

/** "--name value" options of a script. */
export function option(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : fallback;
}
