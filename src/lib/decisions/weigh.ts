/**
 * Weighing options (decision support, see shared/reference/methods.md): each option's weight is the
 * sum of how much its good points matter minus the sum of how much its hard points matter. The
 * weights help a person see their own weights; they are never the answer. The reality check adds
 * marks (not safe, needs what the person cannot get) that stay on an option whatever its weight:
 * nothing here hides, drops or reorders an option.
 */
import { NEED_IDS, type DecisionPoint, type NeedId, type RealityAnswer, type RealityCheck } from '$lib/flows/flow-types';
import { clampImportance } from './decision-answers';

export interface OptionMarks {
	/** The person said the option does not keep them (and their children) safe. */
	unsafe: boolean;
	/** The person is not sure it keeps them safe. */
	unsureSafe: boolean;
	/** What the option needs that the person said they cannot get, in NEED_IDS order. */
	cannot: NeedId[];
}

export interface OptionWeight {
	id: string;
	/** Sum of the importance of the good points. */
	good: number;
	/** Sum of the importance of the hard points. */
	hard: number;
	/** good - hard. */
	weight: number;
	goodCount: number;
	hardCount: number;
	marks: OptionMarks;
	/** Any reality-check mark. */
	marked: boolean;
	/** Among the options with the highest weight (only when some option has points). */
	top: boolean;
}

export interface Weighing {
	/** One entry per option, in the person's order. */
	options: OptionWeight[];
	/** The highest weight, or null when no option has any point. */
	highest: number | null;
	/** The ids of the options with the highest weight (more than one is a tie); empty without points. */
	top: string[];
}

/** The reality-check marks of one option. */
export function marksOf(check: RealityCheck | undefined): OptionMarks {
	const needs = check?.needs ?? {};
	return {
		unsafe: check?.safe === 'no',
		unsureSafe: check?.safe === 'unsure',
		cannot: NEED_IDS.filter((need) => needs[need] === 'cannot')
	};
}

/**
 * Weighs the options. A point counts once for each distinct option it applies to; points for
 * options not in the list are ignored; importance is kept within 0..5.
 */
export function weighOptions(
	options: readonly { id: string }[],
	points: readonly DecisionPoint[],
	reality: RealityAnswer = {}
): Weighing {
	const sums = new Map(options.map((option) => [option.id, { good: 0, hard: 0, goodCount: 0, hardCount: 0 }]));
	for (const point of points) {
		const importance = clampImportance(point.importance);
		for (const optionId of new Set(point.options)) {
			const sum = sums.get(optionId);
			if (!sum) continue;
			if (point.side === 'good') {
				sum.good += importance;
				sum.goodCount += 1;
			} else {
				sum.hard += importance;
				sum.hardCount += 1;
			}
		}
	}
	const anyPoints = [...sums.values()].some((sum) => sum.goodCount + sum.hardCount > 0);
	const weights = options.map((option) => {
		const sum = sums.get(option.id)!;
		const marks = marksOf(Object.prototype.hasOwnProperty.call(reality, option.id) ? reality[option.id] : undefined);
		return {
			id: option.id,
			...sum,
			weight: sum.good - sum.hard,
			marks,
			marked: marks.unsafe || marks.unsureSafe || marks.cannot.length > 0,
			top: false
		};
	});
	const highest = anyPoints && weights.length > 0 ? Math.max(...weights.map((option) => option.weight)) : null;
	for (const option of weights) option.top = highest !== null && option.weight === highest;
	return { options: weights, highest, top: weights.filter((option) => option.top).map((option) => option.id) };
}
