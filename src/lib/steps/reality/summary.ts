/** The answer of a `reality` step in words, from the decision summary (loaded only when a summary is drawn: see ../summaries.ts). */
import { describeDecisionAnswer } from '$lib/decisions/decision-summary';
import type { Answer, StepDefinition } from '$lib/flows/flow-types';
import type { StepSummary } from '../step-kind';

const summary: StepSummary = (step, answer, answers, t) => describeDecisionAnswer(step as StepDefinition, answer as Answer | undefined, answers, t) ?? [];

export default summary;
