/**
 * Crisis signals in what a person types, in Indonesian or English (pure TypeScript, no DOM).
 *
 * It never diagnoses. It answers one question: should the screen gently offer help lines, and in
 * which form: for the writer, or for someone the writer wants to help? A miss costs more than a
 * needless offer, yet ordinary texts (a film, the news, "mati lampu", a past long resolved) must
 * stay quiet, or people learn to ignore the offer.
 *
 * Three layers, each explainable:
 * 1. known phrases (crisis-phrases.ts), whose meaning is plain;
 * 2. concept rules (crisis-rules.ts) over normalised words, with context from the sentence and its
 *    neighbours;
 * 3. a classifier (crisis-model.ts), its weights fetched when a step with free text opens, that
 *    scores every sentence with its neighbours and the whole text, so that clues spread over
 *    sentences add up. The detector's code loads when the person first writes in a run.
 * A strong rule or phrase outside a muting context raises the panel; so does the classifier. Every
 * result keeps its reasons. Nothing leaves the device.
 */
import { matchPhrase } from './crisis-phrases';
import { featuresOf, loadedCrisisModel, scoreFeatures, strongestFeatures, MODEL_CLASSES, type CrisisModel, type ModelClass } from './crisis-model';
import { readText, type CrisisKind, type RuleHit, type SentenceReading } from './crisis-rules';

export type { CrisisKind };

export type CrisisSignal = {
	kind: CrisisKind;
	/** `self`: the writer; `other`: someone the writer wants to help. */
	about: 'self' | 'other';
	/** The sentence that raised it (or the whole text when clues add up). */
	match: string;
	/** Why: the rules and phrases that matched, or the classifier's strongest features. */
	reasons: string[];
};

/** Where the classifier's risk (1 − P(none)) decides; tuned on the training part only. */
export const THRESHOLDS = {
	/** A sentence raises the panel on the classifier's word alone. */
	sentence: 0.55,
	/** The same for one sentence among three or more, which has more chances to look alarming. */
	sentenceInStory: 0.9,
	/** The whole text, where clues add up. */
	whole: 0.65,
	/** Below this the classifier overrules a rule (it has learned the rule's look-alikes). */
	veto: 0.15,
	/** A rule muted by its context still counts when the classifier is this sure. */
	muted: 0.85,
	/** In a story, the whole text's risk below which one sentence alone does not raise the panel… */
	storySupport: 0.3,
	/** …unless that sentence's own risk is at least this. */
	beyondDoubt: 0.95
};
export type Thresholds = typeof THRESHOLDS;

const PERSONAL_KINDS: readonly CrisisKind[] = ['suicide', 'self-harm', 'abuse', 'danger'];

/** How many sentences a film, the news, a school task or a training keeps framing. */
const FRAME_REACH = 3;

/** In a film, the news, a school task or a training (this sentence or one shortly before), and not "me too". */
function framed(readings: readonly SentenceReading[], index: number): boolean {
	const reading = readings[index]!;
	if (reading.selfNow) return false;
	return readings.slice(Math.max(0, index - FRAME_REACH), index + 1).some((earlier) => earlier.frames.length > 0);
}

/** A sentence before or after says things are fine now, or that the past is over. */
function resolvedInText(readings: readonly SentenceReading[], index: number): boolean {
	return readings.slice(Math.max(0, index - 1)).some((reading) => reading.resolved);
}

/** The writer denies this kind somewhere in the text ("bukan mau bunuh diri"). */
function deniedInText(readings: readonly SentenceReading[], hit: RuleHit): boolean {
	return readings.some((reading) => reading.hits.some((other) => other.denied && other.rule.kind === hit.rule.kind));
}

function hitMuted(readings: readonly SentenceReading[], index: number, hit: RuleHit): boolean {
	return (
		hit.denied ||
		readings[index]!.joking ||
		framed(readings, index) ||
		(hit.past && resolvedInText(readings, index)) ||
		deniedInText(readings, hit)
	);
}

type Candidate = { kind: CrisisKind; other: boolean; match: string; reasons: string[]; risk: number };

function strongestPersonal(probabilities: Record<ModelClass, number>): CrisisKind {
	return PERSONAL_KINDS.reduce((best, kind) => (probabilities[kind] > probabilities[best] ? kind : best), PERSONAL_KINDS[0]!);
}

function modelCandidate(model: CrisisModel, features: string[], match: string): Candidate {
	const probabilities = scoreFeatures(model, features);
	const kind = strongestPersonal(probabilities);
	const other = probabilities.other > probabilities[kind];
	const top = other ? 'other' : kind;
	return {
		kind,
		other,
		match,
		risk: 1 - probabilities.none,
		reasons: [`model:${top}:${(1 - probabilities.none).toFixed(2)}`, ...strongestFeatures(model, features, top)]
	};
}

/** The rules' and phrases' view of one sentence: the live signal, or whether one was muted. */
function ruleSignal(readings: readonly SentenceReading[], index: number) {
	const reading = readings[index]!;
	const strong = reading.hits.filter((hit) => !hit.rule.clue);
	const live = strong.filter((hit) => !hitMuted(readings, index, hit));
	const phrase = matchPhrase(reading.text);
	const phraseMuted =
		phrase !== null &&
		live.length === 0 &&
		(framed(readings, index) ||
			reading.joking ||
			reading.harmless.has(phrase.kind) ||
			reading.hits.some((hit) => hitMuted(readings, index, hit)) ||
			(reading.tokens.some((token) => token.concepts.includes('PAST')) && resolvedInText(readings, index)));
	const first = live[0];
	const kind: CrisisKind | undefined = first ? first.rule.kind : phrase && !phraseMuted ? (phrase.kind === 'violence' ? 'abuse' : phrase.kind) : undefined;
	return {
		kind,
		other: first?.other ?? false,
		muted: kind === undefined && (strong.length > 0 || phrase !== null),
		/** Someone's words quoted in a film, the news, a school task or a training: never the writer's. */
		reported: reading.quoted && framed(readings, index),
		reasons: [...live.map((hit) => `rule:${hit.rule.id}`), ...(phrase && !phraseMuted ? [`phrase:${phrase.kind}:${phrase.match}`] : [])]
	};
}

/**
 * The crisis signal in `text`, or null. With `model` (the loaded classifier, by default) the
 * classifier joins the rules; without it the rules decide alone.
 */
export function detectCrisis(text: string, model: CrisisModel | undefined = loadedCrisisModel(), thresholds: Thresholds = THRESHOLDS): CrisisSignal | null {
	if (!text.trim()) return null;
	const readings = readText(text);
	if (readings.length === 0) return null;
	const candidates: Candidate[] = [];

	readings.forEach((reading, index) => {
		const rules = ruleSignal(readings, index);
		const scored = model ? modelCandidate(model, featuresOf(readings, index), reading.text) : undefined;
		if (rules.kind && !(scored && scored.risk < thresholds.veto)) {
			const other = scored ? scored.other : rules.other;
			candidates.push({
				kind: rules.kind,
				other,
				match: reading.text,
				risk: Math.max(scored?.risk ?? 0, thresholds.sentence),
				reasons: [...rules.reasons, ...(scored?.reasons ?? [])]
			});
		} else if (scored && !rules.reported && scored.risk >= (rules.muted ? thresholds.muted : readings.length >= 3 ? thresholds.sentenceInStory : thresholds.sentence)) {
			candidates.push(scored);
		}
	});

	if (model && readings.length > 1) {
		const whole = modelCandidate(model, featuresOf(readings), text);
		// In a story of three sentences or more, one sentence that looks alarming needs some support
		// from the reading of the whole story, unless it is alarming beyond doubt.
		if (readings.length >= 3 && whole.risk < thresholds.storySupport) {
			candidates.splice(0, candidates.length, ...candidates.filter((candidate) => candidate.risk >= thresholds.beyondDoubt));
		}
		if (whole.risk >= thresholds.whole) candidates.push({ ...whole, reasons: ['whole-text', ...whole.reasons] });
	}
	if (candidates.length === 0) return null;
	// The writer's own risk comes first; then the strongest.
	candidates.sort((a, b) => Number(a.other) - Number(b.other) || b.risk - a.risk);
	const best = candidates[0]!;
	return { kind: best.kind, about: best.other ? 'other' : 'self', match: best.match, reasons: best.reasons };
}

export { MODEL_CLASSES };
/** Re-exported so that the run loads the detector and its weights loader as one lazy module. */
export { loadCrisisModel } from './crisis-model';
