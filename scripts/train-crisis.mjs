/**
 * Trains the crisis classifier (multinomial logistic regression over hashed features, see
 * src/lib/safety/crisis-model.ts) on tests/crisis/corpus/train and writes static/models/crisis.bin.
 * Deterministic: the same corpus gives the same file. The held-out part is never read here.
 *
 *   npm run train:crisis [-- --authors a,b,c --skip-authors d --out /tmp/dev.bin]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LABELS, option, readCorpus } from './crisis-corpus.mjs';
import { withModules } from './load-ts.mjs';

const DIMENSIONS = 1 << 15;
const EPOCHS = 10;
const L2 = 1e-4;
const RATE = 0.2;
const out = option('out', fileURLToPath(new URL('../static/models/crisis.bin', import.meta.url)));
const skipAuthors = option('skip-authors')?.split(',');
const authors = option('authors')?.split(',');

/** A small deterministic random source (mulberry32). */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A copy with the typos people make: a letter dropped, doubled or swapped. */
function withTypos(text, next) {
	return text.replace(/[a-zA-Z]{4,}/g, (word) => {
		if (next() > 0.15) return word;
		const at = 1 + Math.floor(next() * (word.length - 2));
		const edit = next();
		if (edit < 0.4) return word.slice(0, at) + word.slice(at + 1);
		if (edit < 0.7) return word.slice(0, at) + word[at] + word.slice(at);
		return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
	});
}

await withModules(['/src/lib/safety/crisis-rules.ts', '/src/lib/safety/crisis-model.ts'], async (rules, model) => {
	const items = readCorpus('train', { authors, skipAuthors });
	const next = random(20261130);
	const examples = [];
	const add = (features, label, weight = 1) => {
		const buckets = features.map((feature) => model.bucketOf(feature, DIMENSIONS));
		examples.push({ buckets, scale: 1 / Math.sqrt(Math.max(features.length, 1)), label: LABELS.indexOf(label), weight });
	};
	for (const item of items) {
		for (const text of [item.text, withTypos(item.text, next)]) {
			const readings = rules.readText(text);
			if (readings.length === 0) continue;
			if (readings.length === 1) add(model.featuresOf(readings, 0), item.label);
			else {
				add(model.featuresOf(readings), item.label);
				// Every sentence of a quiet text is quiet, whatever its words: this teaches context.
				if (item.label === 'none') readings.forEach((_, index) => add(model.featuresOf(readings, index), 'none', 0.5));
			}
		}
	}
	// Balance: quiet and risky examples weigh the same in all.
	const total = (predicate) => examples.filter(predicate).reduce((sum, example) => sum + example.weight, 0);
	const quiet = total((example) => example.label === 0);
	const risky = total((example) => example.label !== 0);
	for (const example of examples) example.weight *= example.label === 0 ? (quiet + risky) / (2 * quiet) : (quiet + risky) / (2 * risky);

	const classes = LABELS.length;
	const weights = new Float32Array(classes * DIMENSIONS);
	const bias = new Float32Array(classes);
	const squares = new Float32Array(classes * DIMENSIONS).fill(1e-8);
	const biasSquares = new Float32Array(classes).fill(1e-8);
	const order = examples.map((_, index) => index);
	for (let epoch = 0; epoch < EPOCHS; epoch++) {
		for (let index = order.length - 1; index > 0; index--) {
			const swap = Math.floor(next() * (index + 1));
			[order[index], order[swap]] = [order[swap], order[index]];
		}
		let loss = 0;
		for (const position of order) {
			const example = examples[position];
			const logits = Array.from(bias);
			for (const { index, sign } of example.buckets) for (let c = 0; c < classes; c++) logits[c] += sign * example.scale * weights[c * DIMENSIONS + index];
			const top = Math.max(...logits);
			const exps = logits.map((logit) => Math.exp(logit - top));
			const sum = exps.reduce((a, b) => a + b, 0);
			loss -= example.weight * Math.log(exps[example.label] / sum + 1e-12);
			for (let c = 0; c < classes; c++) {
				const gradient = example.weight * (exps[c] / sum - (c === example.label ? 1 : 0));
				biasSquares[c] += gradient * gradient;
				bias[c] -= (RATE * gradient) / Math.sqrt(biasSquares[c]);
				for (const { index, sign } of example.buckets) {
					const at = c * DIMENSIONS + index;
					const g = gradient * sign * example.scale + L2 * weights[at];
					squares[at] += g * g;
					weights[at] -= (RATE * g) / Math.sqrt(squares[at]);
				}
			}
		}
		console.log(`epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
	}
	const bytes = model.encodeModel({ dimensions: DIMENSIONS, weights, bias });
	writeFileSync(out, bytes);
	console.log(`${items.length} corpus items, ${examples.length} examples; wrote ${out} (${(bytes.length / 1024).toFixed(0)} KB)`);
});
