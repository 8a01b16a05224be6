/**
 * The crisis detector's classifier: its features, its scores, its weights file and how the app
 * loads it. A broken or missing file must leave the detector on its rules, never crash it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	MODEL_CLASSES,
	MODEL_PATH,
	bucketOf,
	decodeModel,
	encodeModel,
	featuresOf,
	loadCrisisModel,
	loadedCrisisModel,
	resetCrisisModel,
	scoreFeatures,
	strongestFeatures,
	type CrisisModel
} from '$lib/safety/crisis-model';
import { readText } from '$lib/safety/crisis-rules';

const FILE = readFileSync(new URL('../../../static/models/crisis.bin', import.meta.url));

function fileBuffer(): ArrayBuffer {
	return FILE.buffer.slice(FILE.byteOffset, FILE.byteOffset + FILE.byteLength) as ArrayBuffer;
}

const trained = decodeModel(fileBuffer());

function sentenceFeatures(text: string, focus = 0): string[] {
	return featuresOf(readText(text), focus);
}

/** A small model with known weights. */
function smallModel(dimensions = 32): CrisisModel {
	const weights = new Float32Array(MODEL_CLASSES.length * dimensions);
	for (let index = 0; index < weights.length; index++) weights[index] = Math.sin(index * 1.7) * 3;
	return { dimensions, weights, bias: Float32Array.from([0.5, -0.25, 0.125, -1, 2, 0]) };
}

function fakeFetch(body: () => Promise<Response>) {
	return vi.fn<typeof fetch>(() => body());
}

const okResponse = () => Promise.resolve(new Response(new Uint8Array(FILE)));

afterEach(() => {
	resetCrisisModel();
});

describe('featuresOf', () => {
	it('has the words, concepts and rules of a sentence', () => {
		const features = sentenceFeatures('aku pengen mati aja');
		expect(features).toEqual(expect.arrayContaining(['w:pengen', 'w:mati', 'k:WISH', 'k:DIE', 'kk:WISH_DIE', 'r:wish-die', 'rs:suicide', 'n:sentence']));
	});

	it('reads slang and typos to the same features as the standard spelling', () => {
		const standard = new Set(sentenceFeatures('aku pengen bunuh diri'));
		expect(new Set(sentenceFeatures('aku pengen bunuj diri'))).toEqual(standard);
		expect(new Set(sentenceFeatures('gw pgn bu\u00adnuh di\u200bri'))).toEqual(standard);
	});

	it('marks a denied rule and drops its strong signal', () => {
		const features = sentenceFeatures('bukan pengen mati, cuma capek');
		expect(features).toContain('rd:wish-die');
		expect(features).not.toContain('rs:suicide');
	});

	it('marks a rule about someone else', () => {
		const features = sentenceFeatures('sahabatku bilang dia pengen mati aja');
		expect(features).toEqual(expect.arrayContaining(['ro:suicide', 'rs:suicide:other']));
		expect(features).not.toContain('rs:suicide');
	});

	it('marks the passive, the past and a resolved past', () => {
		expect(sentenceFeatures('aku sering dipukulin bapak')).toContain('p:pukul');
		expect(sentenceFeatures('dulu waktu sma aku pernah pengen mati, sekarang udah jauh lebih baik')).toEqual(
			expect.arrayContaining(['rp:suicide', 'f:resolved'])
		);
	});

	it('gives unknown words their letter 4-grams', () => {
		const features = sentenceFeatures('utang pinjol numpuk');
		expect(features).toEqual(expect.arrayContaining(['w:pinjol', 'c: pin', 'c:jol ']));
	});

	it('carries the frame of the sentence before', () => {
		const features = sentenceFeatures('Tadi nonton drakor sampai jam 2. Ceweknya pengen mati aja.', 1);
		expect(features).toContain('nf:FICTION');
		expect(features).not.toContain('f:FICTION');
	});

	it('reads the whole text with its count of sentences and clues', () => {
		const features = featuresOf(readText('Aku udah nulis surat terakhir. Barang-barangku aku kasih ke adik. Aku udah mutusin.'));
		expect(features).toEqual(expect.arrayContaining(['n:sentences:3', 'r:last-message', 'r:decided']));
		expect(features.some((feature) => feature.startsWith('n:clues:') && feature !== 'n:clues:0')).toBe(true);
		expect(features).not.toContain('n:sentence');
	});

	it('lists each feature once', () => {
		const features = sentenceFeatures('pengen mati mati mati aja, pengen mati');
		expect(new Set(features).size).toBe(features.length);
	});
});

describe('bucketOf', () => {
	it('puts a feature in the same bucket every time, within the model', () => {
		const first = bucketOf('w:mati', 4096);
		expect(bucketOf('w:mati', 4096)).toEqual(first);
		expect(first.index).toBeGreaterThanOrEqual(0);
		expect(first.index).toBeLessThan(4096);
		expect([1, -1]).toContain(first.sign);
	});

	it('spreads features over buckets', () => {
		const buckets = new Set(['w:mati', 'w:hidup', 'k:DIE', 'k:LIFE', 'r:wish-die', 'w:pukul', 'w:pisau', 'c:mati'].map((feature) => bucketOf(feature, 4096).index));
		expect(buckets.size).toBeGreaterThan(5);
	});
});

describe('scoreFeatures', () => {
	it('gives every class a probability, summing to one', () => {
		const probabilities = scoreFeatures(trained, sentenceFeatures('aku pengen mati aja'));
		expect(Object.keys(probabilities).sort()).toEqual([...MODEL_CLASSES].sort());
		const sum = Object.values(probabilities).reduce((a, b) => a + b, 0);
		expect(sum).toBeCloseTo(1, 6);
		for (const value of Object.values(probabilities)) expect(value).toBeGreaterThanOrEqual(0);
	});

	it('gives equal odds with no weights and no bias', () => {
		const empty: CrisisModel = { dimensions: 8, weights: new Float32Array(MODEL_CLASSES.length * 8), bias: new Float32Array(MODEL_CLASSES.length) };
		for (const value of Object.values(scoreFeatures(empty, ['w:mati']))) expect(value).toBeCloseTo(1 / MODEL_CLASSES.length, 6);
	});

	it('raises the class a feature weighs for', () => {
		const dimensions = 64;
		const model: CrisisModel = { dimensions, weights: new Float32Array(MODEL_CLASSES.length * dimensions), bias: new Float32Array(MODEL_CLASSES.length) };
		const { index, sign } = bucketOf('w:pukul', dimensions);
		model.weights[MODEL_CLASSES.indexOf('abuse') * dimensions + index] = sign * 4;
		expect(scoreFeatures(model, ['w:pukul']).abuse).toBeGreaterThan(0.8);
		expect(strongestFeatures(model, ['w:pukul', 'w:bola'], 'abuse')).toEqual(['w:pukul']);
	});

	it('scores with the trained weights: a wish to die is risk, a power cut is not', () => {
		const risk = scoreFeatures(trained, sentenceFeatures('gw udh gk kuat, pgn mati aja'));
		expect(risk.suicide).toBeGreaterThan(0.5);
		const calm = scoreFeatures(trained, sentenceFeatures('mati lampu lagi dari jam 7, gelap banget'));
		expect(calm.none).toBeGreaterThan(0.5);
		const abuse = scoreFeatures(trained, sentenceFeatures('suamiku mukul aku lagi tadi malam'));
		expect(abuse.abuse).toBeGreaterThan(0.5);
	});
});

describe('encodeModel and decodeModel', () => {
	it('round-trip a model within the int8 step', () => {
		const model = smallModel();
		const decoded = decodeModel(encodeModel(model).buffer as ArrayBuffer);
		expect(decoded.dimensions).toBe(model.dimensions);
		expect(Array.from(decoded.bias)).toEqual(Array.from(model.bias));
		const step = Math.max(...Array.from(model.weights, Math.abs)) / 127;
		for (let index = 0; index < model.weights.length; index++) expect(Math.abs(decoded.weights[index]! - model.weights[index]!)).toBeLessThanOrEqual(step / 2 + 1e-6);
		const features = ['w:mati', 'k:DIE', 'r:wish-die'];
		const before = scoreFeatures(model, features);
		const after = scoreFeatures(decoded, features);
		for (const name of MODEL_CLASSES) expect(after[name]).toBeCloseTo(before[name], 2);
	});

	it('writes the header the app expects', () => {
		const bytes = encodeModel(smallModel(16));
		expect(String.fromCharCode(...bytes.slice(0, 4))).toBe('LKC1');
		expect(bytes.length).toBe(13 + 4 * MODEL_CLASSES.length + 16 * MODEL_CLASSES.length);
	});

	it('reads the shipped file and writes it back byte for byte', () => {
		expect(trained.dimensions).toBeGreaterThan(0);
		expect(trained.weights.length).toBe(trained.dimensions * MODEL_CLASSES.length);
		expect(Buffer.from(encodeModel(trained)).equals(FILE)).toBe(true);
	});

	it('refuses a file that is not a model', () => {
		const bytes = new Uint8Array(FILE);
		bytes.set([0x50, 0x4b, 0x03, 0x04]);
		expect(() => decodeModel(bytes.buffer)).toThrow(/not a crisis model/i);
		expect(() => decodeModel(new TextEncoder().encode('<!doctype html><html></html>').buffer as ArrayBuffer)).toThrow();
		expect(() => decodeModel(new ArrayBuffer(0))).toThrow();
	});

	it('refuses a file cut short, or with bytes after the end', () => {
		expect(() => decodeModel(fileBuffer().slice(0, FILE.byteLength - 1))).toThrow(/cut short/);
		expect(() => decodeModel(fileBuffer().slice(0, 200))).toThrow(/cut short/);
		expect(() => decodeModel(fileBuffer().slice(0, 6))).toThrow();
		const longer = new Uint8Array(FILE.byteLength + 1);
		longer.set(FILE);
		expect(() => decodeModel(longer.buffer)).toThrow();
	});

	it('refuses a file with other classes', () => {
		const bytes = new Uint8Array(FILE);
		bytes[8] = MODEL_CLASSES.length + 1;
		expect(() => decodeModel(bytes.buffer)).toThrow(/other classes/);
	});
});

describe('loadCrisisModel', () => {
	it('fetches the weights once and keeps them', async () => {
		const fetcher = fakeFetch(okResponse);
		expect(loadedCrisisModel()).toBeUndefined();
		const [first, second] = await Promise.all([loadCrisisModel(fetcher), loadCrisisModel(fetcher)]);
		const third = await loadCrisisModel(fetcher);
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(fetcher).toHaveBeenCalledWith(MODEL_PATH);
		expect(first).toBeDefined();
		expect(second).toBe(first);
		expect(third).toBe(first);
		expect(loadedCrisisModel()).toBe(first);
		expect(first!.dimensions).toBe(trained.dimensions);
		expect(Array.from(first!.weights.slice(0, 50))).toEqual(Array.from(trained.weights.slice(0, 50)));
	});

	it('gives undefined when the server answers with an error, and tries again next time', async () => {
		const failing = fakeFetch(() => Promise.resolve(new Response('not found', { status: 404 })));
		await expect(loadCrisisModel(failing)).resolves.toBeUndefined();
		expect(loadedCrisisModel()).toBeUndefined();
		const working = fakeFetch(okResponse);
		await expect(loadCrisisModel(working)).resolves.toBeDefined();
		expect(working).toHaveBeenCalledTimes(1);
		expect(loadedCrisisModel()).toBeDefined();
	});

	it('gives undefined when offline, and tries again next time', async () => {
		const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
		await expect(loadCrisisModel(offline)).resolves.toBeUndefined();
		await expect(loadCrisisModel(offline)).resolves.toBeUndefined();
		expect(offline).toHaveBeenCalledTimes(2);
		expect(loadedCrisisModel()).toBeUndefined();
	});

	it('gives undefined for a broken file (a cached HTML page)', async () => {
		const html = fakeFetch(() => Promise.resolve(new Response('<!doctype html><title>Langkah</title>')));
		await expect(loadCrisisModel(html)).resolves.toBeUndefined();
		expect(loadedCrisisModel()).toBeUndefined();
	});

	it('forgets the model on reset and fetches again', async () => {
		const fetcher = fakeFetch(okResponse);
		await loadCrisisModel(fetcher);
		expect(loadedCrisisModel()).toBeDefined();
		resetCrisisModel();
		expect(loadedCrisisModel()).toBeUndefined();
		await loadCrisisModel(fetcher);
		expect(fetcher).toHaveBeenCalledTimes(2);
		expect(loadedCrisisModel()).toBeDefined();
	});
});
