/**
 * The crisis detector's learned second opinion: multinomial logistic regression over hashed
 * features (pure TypeScript). Features are the words' roots and pairs of roots, character
 * 4-grams of the words as written (so typos and new spellings still share most of their
 * features), the concepts and concept pairs of each clause, the rules that matched, and the
 * context frames of the sentence and its neighbours.
 *
 * The weights are trained by `npm run train:crisis` from the corpus in tests/crisis and ship as a
 * static file (static/models/crisis.bin) that the app fetches when a step with free text opens
 * (crisis-weights.ts).
 * File layout, little-endian: "LKC1", uint32 dimensions, uint8 class count, float32 weight scale,
 * float32 bias per class, then int8 weights, class by class.
 */
import type { SentenceReading } from './crisis-rules';
import { FILLERS } from './crisis-text';
import { fetchCrisisWeights, MODEL_PATH, resetCrisisWeights } from './crisis-weights';

export const MODEL_CLASSES = ['none', 'suicide', 'self-harm', 'abuse', 'danger', 'other'] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

export { MODEL_PATH };

const MAGIC = 'LKC1';

export type CrisisModel = {
	dimensions: number;
	/** class × dimensions, row by row. */
	weights: Float32Array;
	bias: Float32Array;
};

/** 32-bit FNV-1a. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193);
	}
	return value >>> 0;
}

/** A feature's bucket and sign (signed hashing halves the damage of collisions). */
export function bucketOf(feature: string, dimensions: number): { index: number; sign: 1 | -1 } {
	const value = hash(feature);
	return { index: value % dimensions, sign: value & 0x80000000 ? -1 : 1 };
}

function wordFeatures(reading: SentenceReading, into: Set<string>): void {
	const content = reading.tokens.filter((token) => !FILLERS.has(token.root) || token.concepts.length > 0);
	for (const token of reading.tokens) {
		into.add(`w:${token.root}`);
		if (token.passive) into.add(`p:${token.root}`);
		// Character 4-grams only of words the lexicon does not know: new spellings share them.
		if (token.concepts.length === 0 && token.root.length >= 5) {
			const padded = ` ${token.root} `;
			for (let index = 0; index + 4 <= padded.length; index++) into.add(`c:${padded.slice(index, index + 4)}`);
		}
	}
	for (let index = 0; index < content.length; index++) {
		const token = content[index]!;
		for (const concept of token.concepts) into.add(`k:${concept}`);
		const next = content[index + 1];
		if (next && next.clause === token.clause) into.add(`b:${token.root}_${next.root}`);
		for (let ahead = index + 1; ahead < content.length && ahead <= index + 4; ahead++) {
			const later = content[ahead]!;
			if (later.clause !== token.clause) break;
			for (const a of token.concepts) for (const b of later.concepts) into.add(`kk:${a}_${b}`);
		}
	}
	for (const hit of reading.hits) {
		into.add(`r:${hit.rule.id}`);
		if (hit.denied) into.add(`rd:${hit.rule.id}`);
		if (hit.other) into.add(`ro:${hit.rule.kind}`);
		if (!hit.rule.clue && !hit.denied) into.add(`rs:${hit.rule.kind}${hit.other ? ':other' : ''}`);
	}
	for (const frame of reading.frames) into.add(`f:${frame}`);
	if (reading.resolved) into.add('f:resolved');
	for (const hit of reading.hits) if (hit.past) into.add(`rp:${hit.rule.kind}`);
	if (reading.joking) into.add('f:joke');
	if (reading.selfNow) into.add('f:self-now');
}

/**
 * The features of a unit of text: one sentence with its neighbours' frames (`focus` set), or the
 * whole text (every sentence, and how many clue rules add up).
 */
export function featuresOf(readings: readonly SentenceReading[], focus?: number): string[] {
	const features = new Set<string>();
	if (focus === undefined) {
		for (const reading of readings) wordFeatures(reading, features);
		const clueKinds = new Set(readings.flatMap((reading) => reading.hits.filter((hit) => !hit.denied).map((hit) => hit.rule.id)));
		features.add(`n:clues:${Math.min(clueKinds.size, 4)}`);
		features.add(`n:sentences:${Math.min(readings.length, 4)}`);
	} else {
		const reading = readings[focus]!;
		wordFeatures(reading, features);
		for (const neighbour of [readings[focus - 1], readings[focus + 1]]) {
			if (!neighbour) continue;
			for (const frame of neighbour.frames) features.add(`nf:${frame}`);
			if (neighbour.resolved) features.add('nf:resolved');
			for (const hit of neighbour.hits) if (!hit.denied) features.add(`nr:${hit.rule.kind}`);
		}
		features.add('n:sentence');
	}
	return [...features];
}

/** Class probabilities for a list of features. */
export function scoreFeatures(model: CrisisModel, features: readonly string[]): Record<ModelClass, number> {
	const logits = Array.from(model.bias);
	const scale = 1 / Math.sqrt(Math.max(features.length, 1));
	for (const feature of features) {
		const { index, sign } = bucketOf(feature, model.dimensions);
		for (let c = 0; c < MODEL_CLASSES.length; c++) logits[c]! += sign * scale * model.weights[c * model.dimensions + index]!;
	}
	const top = Math.max(...logits);
	const exps = logits.map((logit) => Math.exp(logit - top));
	const sum = exps.reduce((a, b) => a + b, 0);
	return Object.fromEntries(MODEL_CLASSES.map((name, c) => [name, exps[c]! / sum])) as Record<ModelClass, number>;
}

/** The features that pushed a class up the most, for the reasons of a flag. */
export function strongestFeatures(model: CrisisModel, features: readonly string[], modelClass: ModelClass, count = 5): string[] {
	const c = MODEL_CLASSES.indexOf(modelClass);
	return features
		.map((feature) => {
			const { index, sign } = bucketOf(feature, model.dimensions);
			return { feature, push: sign * model.weights[c * model.dimensions + index]! };
		})
		.filter((entry) => entry.push > 0)
		.sort((a, b) => b.push - a.push)
		.slice(0, count)
		.map((entry) => entry.feature);
}

/** The weights as the file the app loads (int8 with one scale). */
export function encodeModel(model: CrisisModel): Uint8Array {
	const classes = MODEL_CLASSES.length;
	const largest = model.weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 1e-9);
	const scale = largest / 127;
	const header = 4 + 4 + 1 + 4 + 4 * classes;
	const bytes = new Uint8Array(header + model.weights.length);
	const view = new DataView(bytes.buffer);
	for (let index = 0; index < 4; index++) bytes[index] = MAGIC.charCodeAt(index);
	view.setUint32(4, model.dimensions, true);
	view.setUint8(8, classes);
	view.setFloat32(9, scale, true);
	for (let c = 0; c < classes; c++) view.setFloat32(13 + 4 * c, model.bias[c]!, true);
	const weights = new Int8Array(bytes.buffer, header);
	for (let index = 0; index < model.weights.length; index++) weights[index] = Math.round(model.weights[index]! / scale);
	return bytes;
}

/** Reads the weights file; throws on anything that is not one. */
export function decodeModel(buffer: ArrayBuffer): CrisisModel {
	const bytes = new Uint8Array(buffer);
	const view = new DataView(buffer);
	const magic = String.fromCharCode(...bytes.slice(0, 4));
	if (magic !== MAGIC || bytes.length < 13) throw new Error('Not a crisis model file');
	const dimensions = view.getUint32(4, true);
	const classes = view.getUint8(8);
	if (classes !== MODEL_CLASSES.length) throw new Error('The crisis model has other classes than this code');
	const scale = view.getFloat32(9, true);
	const header = 13 + 4 * classes;
	if (bytes.length !== header + dimensions * classes) throw new Error('The crisis model file is cut short');
	const bias = new Float32Array(classes);
	for (let c = 0; c < classes; c++) bias[c] = view.getFloat32(13 + 4 * c, true);
	const quantized = new Int8Array(buffer, header, dimensions * classes);
	const weights = new Float32Array(quantized.length);
	for (let index = 0; index < quantized.length; index++) weights[index] = quantized[index]! * scale;
	return { dimensions, weights, bias };
}

let loading: Promise<CrisisModel | undefined> | undefined;
let loaded: CrisisModel | undefined;

/**
 * Decodes the weights once (fetched when a step with free text opens, decoded when the person
 * first writes). Until they arrive, and if they cannot be had, the detector uses its rules alone.
 */
export function loadCrisisModel(fetcher: typeof fetch = fetch): Promise<CrisisModel | undefined> {
	loading ??= fetchCrisisWeights(fetcher)
		.then((buffer) => (buffer ? (loaded = decodeModel(buffer)) : Promise.reject(new Error('No weights'))))
		.catch(() => {
			loading = undefined;
			// A file that did not decode (a cached HTML page) is fetched again next time.
			resetCrisisWeights();
			return undefined;
		});
	return loading;
}

/** The model if it has been loaded. */
export function loadedCrisisModel(): CrisisModel | undefined {
	return loaded;
}

/** Forgets the loaded model (tests). */
export function resetCrisisModel(): void {
	resetCrisisWeights();
	loading = undefined;
	loaded = undefined;
}
