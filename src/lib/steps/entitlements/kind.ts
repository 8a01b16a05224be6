/**
 * The result of "What might I be entitled to?": the household answers of earlier choice steps
 * (`household`: which step holds which answer) checked against the programme rules
 * ($lib/resources/entitlements). It asks nothing; its summary (for the review, notes and "copy as
 * text") lists the programmes worth asking about, each with why. Never a verdict: the view says the
 * office decides.
 */
import { checkEntitlements, householdFromAnswers, type EntitlementResult } from '$lib/resources/entitlements';
import { defineStepKind, type Translate } from '../step-kind';
import { entitlementsDefinition, type EntitlementsStep } from './definition';

export type { EntitlementsStep };

/** One reason in words: "Someone at home goes to school" / "Money is hard". */
export function reasonLines(result: EntitlementResult, t: Translate): string[] {
	return result.reasons.flatMap((reason) => reason.answers.map((answer) => t(`services:entitlements.reasons.${reason.question}.${answer}`)));
}

export default defineStepKind<EntitlementsStep>({
	kind: 'entitlements',
	definitionSchema: entitlementsDefinition,
	check(step, context) {
		for (const [question, source] of Object.entries(step.household)) {
			if (source === undefined) continue;
			const other = context.stepAt(source);
			if (!other || !context.isEarlier(source) || other.kind !== 'choice') {
				context.report('bad-source', `household "${question}" is "${source}", which is not an earlier choice step`);
			}
		}
	},
	summarizesWithoutAnswer: true,
	summary(step, _answer, answers, t) {
		const results = checkEntitlements(householdFromAnswers(step.household, answers));
		if (results.length === 0) return [t('services:entitlements.noneSummary')];
		return results.map((result) => `${t(`services:entitlements.programs.${result.program}.name`)}: ${i18nList(reasonLines(result, t))}`);
	},
	namespaces: ['services', 'bundled'],
	view: () => import('./EntitlementsStep.svelte')
});

/** Reasons joined plainly (the summary is read as text; the view lists them). */
function i18nList(lines: string[]): string {
	return lines.join('; ');
}
