import type { Answer, Answers, FeelingAnswer, FlowDefinition, ReflectionStep, TextKey } from './flow-types';

/**
 * The supportive reflection of "Tell it" (seed point 2): what the person said, given back in their
 * own words, with kind messages chosen by plain rules over their answers. No AI, no scoring of the
 * person: the rules only pick which true, gentle thing to say. Pure data out; the UI renders it.
 * The reflection step names the steps it reads (`sources`); its texts are in the flow's namespace
 * (`reflection.parts.*`, `reflection.messages.*`).
 */

/** One labelled thing the person chose: a feeling (with how strong) or a part of life. */
export interface ReflectionItem {
	id: string;
	label: TextKey;
	/** Feelings only: 1 (a little) .. 5 (very strong), and its label. */
	intensity?: number;
	intensityLabel?: TextKey;
}

/** One answer given back: a lead-in sentence, then either the person's own text or their choices. */
export interface ReflectionPart {
	/** The step the answer comes from. */
	id: 'feelings' | 'what' | 'areas' | 'tried' | 'wish';
	/** The lead-in, e.g. "You feel:". */
	key: TextKey;
	/** The person's own words, exactly as written (only surrounding blank space is removed). */
	quote?: string;
	items?: ReflectionItem[];
}

export interface Reflection {
	parts: ReflectionPart[];
	/** i18n keys of the kind messages, in the order to show them. */
	messages: TextKey[];
	/** The person said they may be in danger or have thoughts of ending their life, or marked safety: show the help lines. */
	needsHelp: boolean;
}

/** A feeling this strong or stronger counts as heavy. */
export const STRONG_INTENSITY = 4;
/** This many parts of life or more is "a lot at once". */
export const MANY_AREAS = 3;
/** Feelings that are not a burden; they get their own message and never count as heavy. */
export const LIGHT_FEELINGS: ReadonlySet<string> = new Set(['relieved', 'hopeful', 'calm']);

function text(answer: Answer | undefined): string | undefined {
	if (typeof answer !== 'string') return undefined;
	const trimmed = answer.trim();
	return trimmed === '' ? undefined : trimmed;
}

function stringList(answer: Answer | undefined): string[] {
	return Array.isArray(answer) ? answer.filter((x): x is string => typeof x === 'string') : [];
}

function isFeeling(x: unknown): x is FeelingAnswer {
	return (
		typeof x === 'object' &&
		x !== null &&
		typeof (x as FeelingAnswer).id === 'string' &&
		typeof (x as FeelingAnswer).intensity === 'number'
	);
}

/** The person's feelings that the flow knows, once each, with the intensity kept within 1..5. */
function feelings(answer: Answer | undefined, known: ReadonlySet<string>): FeelingAnswer[] {
	if (!Array.isArray(answer)) return [];
	const seen = new Set<string>();
	const result: FeelingAnswer[] = [];
	for (const item of answer as unknown[]) {
		if (!isFeeling(item) || !known.has(item.id) || seen.has(item.id)) continue;
		seen.add(item.id);
		const intensity = Number.isFinite(item.intensity) ? Math.min(5, Math.max(1, Math.round(item.intensity))) : 1;
		result.push({ id: item.id, intensity });
	}
	return result;
}

/** Builds the content of a reflection step from the answers of its sources. */
export function buildReflection(step: Pick<ReflectionStep, 'sources'>, definition: FlowDefinition, answers: Answers): Reflection {
	const namespace = definition.namespace;
	const part = (id: ReflectionPart['id']): TextKey => `${namespace}:reflection.parts.${id}`;
	const message = (id: string): TextKey => `${namespace}:reflection.messages.${id}`;
	const sources = step.sources ?? {};
	const source = (id: string | undefined) => definition.steps.find((candidate) => candidate.id === id);
	const answerOf = (id: string | undefined): Answer | undefined =>
		id !== undefined && Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
	// What the flow offers, read from its definition so the two cannot drift apart.
	const feelingsStep = source(sources.feelings);
	const knownFeelings: ReadonlySet<string> = new Set(feelingsStep?.kind === 'feelings' ? feelingsStep.feelings : []);
	const areasStep = source(sources.areas);
	const areaLabels: ReadonlyMap<string, TextKey> = new Map(
		areasStep?.kind === 'choice' ? areasStep.options.map((o) => [o.id, o.label] as const) : []
	);

	const felt = feelings(answerOf(sources.feelings), knownFeelings);
	const what = text(answerOf(sources.what));
	const areas = [...new Set(stringList(answerOf(sources.areas)))].filter((id) => areaLabels.has(id));
	const tried = text(answerOf(sources.tried));
	const wish = text(answerOf(sources.wish));
	const maybe = (answer: Answer | undefined) => answer === 'yes' || answer === 'unsure';
	const inDanger = maybe(answerOf(sources.danger));
	const thoughts = maybe(answerOf(sources.thoughts));

	const parts: ReflectionPart[] = [];
	if (felt.length > 0) {
		parts.push({
			id: 'feelings',
			key: part('feelings'),
			items: felt.map((f) => ({
				id: f.id,
				label: `feelings:${f.id}`,
				intensity: f.intensity,
				intensityLabel: `feelings:intensity.${f.intensity}`
			}))
		});
	}
	if (what !== undefined) parts.push({ id: 'what', key: part('what'), quote: what });
	if (areas.length > 0) {
		parts.push({
			id: 'areas',
			key: part('areas'),
			items: areas.map((id) => ({ id, label: areaLabels.get(id) ?? '' }))
		});
	}
	if (tried !== undefined) parts.push({ id: 'tried', key: part('tried'), quote: tried });
	if (wish !== undefined) parts.push({ id: 'wish', key: part('wish'), quote: wish });

	const told = parts.length > 0;
	const hard = felt.filter((f) => !LIGHT_FEELINGS.has(f.id));
	const light = felt.filter((f) => LIGHT_FEELINGS.has(f.id));

	const messages: TextKey[] = [];
	messages.push(message(told ? 'thanks' : 'empty'));
	// Safety first, so it is never missed below a long reflection.
	if (thoughts) messages.push(message('thoughts'));
	if (inDanger) messages.push(message('danger'));
	else if (areas.includes('safety')) messages.push(message('safetyArea'));
	if (hard.some((f) => f.intensity >= STRONG_INTENSITY)) messages.push(message('heavy'));
	else if (hard.length > 0) messages.push(message('named'));
	if (light.length > 0) messages.push(message(hard.length > 0 ? 'lightToo' : 'light'));
	if (areas.length >= MANY_AREAS) messages.push(message('manyAreas'));
	if (tried !== undefined) messages.push(message('tried'));
	else if (told) messages.push(message('notTried'));
	if (wish !== undefined) messages.push(message('wish'));
	messages.push(message('closing'));

	return { parts, messages, needsHelp: inDanger || thoughts || areas.includes('safety') };
}
