/**
 * The answer of a week step: the activities chosen or written in earlier steps (the step's
 * `sources`), each with its words and the days of the week it is planned on. The words are kept
 * in the answer so that a summary, and the tick-off list after the run, need nothing else.
 */
import * as v from 'valibot';
import { cleanDays, type Weekday } from '$lib/activities/week';
import type { Answers, TextKey } from '$lib/flows/flow-types';
import { chosenOf, listOf } from '$lib/flows/step-answers';

/** One planned activity. */
export interface PlannedActivity {
	/** The id of the option chosen, or of the list item written. */
	id: string;
	/** An i18n key (a suggestion) or, when `own`, the person's words. */
	label: string;
	own: boolean;
	days: Weekday[];
}

export type WeekAnswer = PlannedActivity[];

export const plannedActivitySchema: v.GenericSchema<unknown, PlannedActivity> = v.object({
	id: v.string(),
	label: v.string(),
	own: v.boolean(),
	days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)))
}) as v.GenericSchema<unknown, PlannedActivity>;

/**
 * The activities the sources hold now, in the order of the steps and of their options or items,
 * each with the days it already has in `answer` (none for a new one). An activity no longer
 * chosen drops out.
 */
export function activitiesOf(
	steps: readonly { id: string; kind: string; options?: readonly { id: string; label: TextKey }[] }[],
	sources: readonly string[],
	answers: Answers,
	answer: WeekAnswer | undefined
): PlannedActivity[] {
	const out: PlannedActivity[] = [];
	const seen = new Set<string>();
	const daysOf = (id: string) => cleanDays(answer?.find((item) => item.id === id)?.days);
	for (const source of sources) {
		const step = steps.find((s) => s.id === source);
		if (step?.kind === 'choice') {
			const chosen = chosenOf(answers[source]);
			for (const option of step.options ?? []) {
				if (!chosen.includes(option.id) || seen.has(option.id)) continue;
				seen.add(option.id);
				out.push({ id: option.id, label: option.label, own: false, days: daysOf(option.id) });
			}
		} else if (step?.kind === 'list') {
			for (const item of listOf(answers[source])) {
				if (!item.text.trim() || seen.has(item.id)) continue;
				seen.add(item.id);
				out.push({ id: item.id, label: item.text.trim(), own: true, days: daysOf(item.id) });
			}
		}
	}
	return out;
}

export { activityLabel } from '$lib/activities/week';
