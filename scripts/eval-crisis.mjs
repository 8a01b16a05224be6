/**
 * Measures the crisis detector on the held-out part of the corpus (tests/crisis/corpus/heldout):
 * recall and false-alarm rate overall, by language, by kind and by unit (sentence or paragraph),
 * whether someone else at risk got the "helping someone" answer, the scoring time, and every miss
 * and false alarm with its reasons.
 *
 *   npm run eval:crisis [-- --part train --authors d --model /tmp/dev.bin --quiet]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { option, readCorpus } from './crisis-corpus.mjs';
import { withModules } from './load-ts.mjs';

const part = option('part', 'heldout');
const authors = option('authors')?.split(',');
const modelPath = option('model', fileURLToPath(new URL('../static/models/crisis.bin', import.meta.url)));
const quiet = process.argv.includes('--quiet');

const percent = (value) => (Number.isNaN(value) ? '–' : `${(100 * value).toFixed(1)}%`);

await withModules(['/src/lib/safety/crisis-detector.ts', '/src/lib/safety/crisis-model.ts'], async (detector, model) => {
	const buffer = readFileSync(modelPath);
	const loaded = model.decodeModel(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
	const items = readCorpus(part, { authors });
	const results = items.map((item) => ({ item, signal: detector.detectCrisis(item.text, loaded) }));

	const rows = [];
	const measure = (name, subset) => {
		const risky = subset.filter(({ item }) => item.label !== 'none');
		const quietOnes = subset.filter(({ item }) => item.label === 'none');
		const caught = risky.filter(({ signal }) => signal).length;
		const alarms = quietOnes.filter(({ signal }) => signal).length;
		rows.push({ name, risky: risky.length, recall: caught / risky.length, quiet: quietOnes.length, falseAlarms: alarms / quietOnes.length });
	};
	measure('overall', results);
	for (const lang of ['id', 'en']) measure(`language ${lang}`, results.filter(({ item }) => item.lang === lang));
	for (const unit of ['sentence', 'paragraph']) measure(`${unit}s`, results.filter(({ item }) => item.unit === unit));
	for (const lang of ['id', 'en'])
		for (const unit of ['sentence', 'paragraph']) measure(`${lang} ${unit}s`, results.filter(({ item }) => item.lang === lang && item.unit === unit));
	for (const kind of ['suicide', 'self-harm', 'abuse', 'danger', 'other'])
		measure(`kind ${kind}`, results.filter(({ item }) => item.label === kind || item.label === 'none'));

	console.log(`Crisis detector on ${part}${authors ? ` (${authors.join(', ')})` : ''}: ${items.length} items`);
	console.log('| part | risky | recall | quiet | false alarms |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	for (const row of rows) {
		const quietCell = row.name.startsWith('kind ') && row.name !== 'kind suicide' ? '' : String(row.quiet);
		const alarmCell = row.name.startsWith('kind ') && row.name !== 'kind suicide' ? '' : percent(row.falseAlarms);
		console.log(`| ${row.name} | ${row.risky} | ${percent(row.recall)} | ${quietCell} | ${alarmCell} |`);
	}
	const others = results.filter(({ item }) => item.label === 'other');
	const helping = others.filter(({ signal }) => signal?.about === 'other').length;
	const selfRisky = results.filter(({ item }) => !['none', 'other'].includes(item.label));
	const selfAsOther = selfRisky.filter(({ signal }) => signal?.about === 'other').length;
	console.log(`\nSomeone else at risk answered with "helping someone": ${helping} of ${others.length} (${percent(helping / others.length)})`);
	console.log(`The writer's own risk answered as someone else's: ${selfAsOther} of ${selfRisky.length}`);
	const kindRight = selfRisky.filter(({ item, signal }) => signal?.kind === item.label).length;
	console.log(`Kind named right (writer's own risk): ${kindRight} of ${selfRisky.length} (${percent(kindRight / selfRisky.length)})`);

	const sample = 'aku udah capek banget sama semuanya, utang pinjol numpuk, suami gak peduli, anak2 butuh sekolah. kadang aku mikir mending aku ilang aja dari dunia ini biar gak nyusahin siapa2. tapi aku masih bertahan buat anak2. '.repeat(3).slice(0, 500);
	const times = [];
	for (let round = 0; round < 300; round++) {
		const start = performance.now();
		detector.detectCrisis(sample, loaded);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	console.log(`Scoring 500 characters: median ${times[150].toFixed(2)} ms, p95 ${times[285].toFixed(2)} ms (this machine)`);
	console.log(`Model file: ${(buffer.length / 1024).toFixed(1)} KB`);

	if (quiet) return;
	const show = (title, list) => {
		console.log(`\n${title} (${list.length})`);
		for (const { item, signal } of list) {
			console.log(`- [${item.lang} ${item.unit} ${item.label}/${item.topic}] ${item.text}`);
			if (signal) console.log(`    -> ${signal.kind}/${signal.about}: ${signal.reasons.join(', ')}`);
		}
	};
	show('Misses', results.filter(({ item, signal }) => item.label !== 'none' && !signal));
	show('False alarms', results.filter(({ item, signal }) => item.label === 'none' && signal));
});
