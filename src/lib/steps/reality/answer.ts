/** The answer of a reality step (option id -> its check), as a schema, and the mending of a damaged check. */
import * as v from 'valibot';
import { AVAILABILITIES, NEED_IDS, SAFETY_ANSWERS, type Availability, type NeedId } from '$lib/flows/flow-types';
import { isRecord, matching, textOrEmpty } from '../answer-salvage';

const needsSchema = v.record(v.picklist(NEED_IDS), v.picklist(AVAILABILITIES));

/** The reality check of one option. */
export const realityCheckSchema = v.object({
	/** What the option needs (money, time, ...) and whether the person has it; needs not named are not set. */
	needs: v.custom<Partial<Record<NeedId, Availability>>>((needs) => v.is(needsSchema, needs)),
	/** What is in the person's control, in their words. */
	control: v.string(),
	/** Who else it affects, in their words. */
	affects: v.string(),
	safe: v.optional(v.picklist(SAFETY_ANSWERS))
});

export type RealityCheck = v.InferOutput<typeof realityCheckSchema>;

/** A check made to fit (the same object when it fits); a damaged check: unknown needs and availabilities dropped, missing words read as empty, a bad safety answer left out. */
export function realityCheckOf(check: unknown): RealityCheck | undefined {
	if (matching(realityCheckSchema, check)) return check as RealityCheck;
	if (!isRecord(check)) return undefined;
	const needs = isRecord(check.needs) ? check.needs : {};
	const repaired: RealityCheck = {
		needs: Object.fromEntries(Object.entries(needs).filter(([need, has]) => v.is(v.picklist(NEED_IDS), need) && v.is(v.picklist(AVAILABILITIES), has))),
		control: v.parse(textOrEmpty, check.control),
		affects: v.parse(textOrEmpty, check.affects)
	};
	if (v.is(v.picklist(SAFETY_ANSWERS), check.safe)) repaired.safe = check.safe;
	return repaired;
}

