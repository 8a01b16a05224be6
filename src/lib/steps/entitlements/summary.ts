/**
 * The programmes worth asking about, each with why, in words (loaded only when a summary is drawn,
 * with the programme rules: see ../summaries.ts).
 */
import { checkEntitlements, householdFromAnswers } from '$lib/resources/entitlements';
import type { StepSummary } from '../step-kind';
import type { EntitlementsStep } from './kind';
import { reasonLines } from './reasons';

const summary: StepSummary<EntitlementsStep> = (step, _answer, answers, t) => {
	const results = checkEntitlements(householdFromAnswers(step.household, answers));
	if (results.length === 0) return [t('services:entitlements.noneSummary')];
	// Reasons joined plainly: the summary is read as text; the view lists them.
	return results.map((result) => `${t(`services:entitlements.programs.${result.program}.name`)}: ${reasonLines(result, t).join('; ')}`);
};

export default summary;
