/**
 * A decision as it stands, read from a run's answers (for the weigh step, the next-steps step, the
 * finished summary and My space), and the decision steps' answers as readable lines for the
 * run summary. Pure: the caller passes the translate function.
 */
import { answerOf } from '$lib/flows/conditions';
import {
	UNDECIDED,
	type ActionsStep,
	type Answer,
	type Answers,
	type DecisionOption,
	type DecisionPoint,
	type FlowDefinition,
	type PersonItem,
	type RealityAnswer,
	type StepDefinition,
	type WeighStep
} from '$lib/flows/flow-types';
import {
	actionsOf,
	checkOf,
	localDate,
	namedOptions,
	optionLabel,
	optionsOf,
	peopleOf,
	pointsOf,
	readinessOf,
	realityOf
} from './decision-answers';
import { weighOptions, type Weighing } from './weigh';
import { signed, type ChartOption } from './chart';

export { decisionFreeText } from './decision-free-text';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface DecisionState {
	options: DecisionOption[];
	points: DecisionPoint[];
	reality: RealityAnswer;
	people: PersonItem[];
	weighing: Weighing;
	/** The option leaned to, UNDECIDED, or undefined when not answered. */
	lean: string | undefined;
}

/** The decision a weigh step shows, from the answers so far. */
export function decisionOf(step: Pick<WeighStep, 'id' | 'source' | 'points' | 'reality' | 'people'>, answers: Answers): DecisionState {
	const options = namedOptions(answers, step.source);
	const points = pointsOf(answerOf(answers, step.points));
	const reality = step.reality ? realityOf(answerOf(answers, step.reality)) : {};
	const people = step.people ? peopleOf(answerOf(answers, step.people)) : [];
	const lean = answerOf(answers, step.id);
	return {
		options,
		points,
		reality,
		people,
		weighing: weighOptions(options, points, reality),
		lean: typeof lean === 'string' ? lean : undefined
	};
}

/** The weigh step of a flow, if it has one (the flows that support a decision). */
export function weighStepOf(definition: FlowDefinition): WeighStep | undefined {
	return definition.steps.find((step): step is WeighStep => step.kind === 'weigh');
}

/** The next-steps step of a flow, if it has one. */
export function actionsStepOf(definition: FlowDefinition): ActionsStep | undefined {
	return definition.steps.find((step): step is ActionsStep => step.kind === 'actions');
}

/** Labels of the options with these ids, in the person's order, for a `{{options, list}}` in a sentence. */
export function optionNames(options: DecisionOption[], ids: readonly string[], t: Translate): string[] {
	return options.filter((option) => ids.includes(option.id)).map((option) => optionLabel(option, t));
}

/** What options need, as words inside a sentence (lower case), for a `{{needs, list}}`. */
export function needNames(needs: readonly string[], t: Translate): string[] {
	return needs.map((need) => t(`decision:reality.needNames.${need}`));
}

/** The reality-check marks of one option in short words (for the chart and the lines). */
export function shortMarks(weighing: Weighing, optionId: string, t: Translate): string[] {
	const option = weighing.options.find((candidate) => candidate.id === optionId);
	if (!option) return [];
	const marks: string[] = [];
	if (option.marks.unsafe) marks.push(t('decision:marks.short.unsafe'));
	else if (option.marks.unsureSafe) marks.push(t('decision:marks.short.unsureSafe'));
	if (option.marks.cannot.length > 0) {
		marks.push(t('decision:marks.short.cannot', { needs: needNames(option.marks.cannot, t) }));
	}
	return marks;
}

function optionsStepLabelled(answers: Answers, source: string, t: Translate): Map<string, string> {
	return new Map(optionsOf(answerOf(answers, source)).map((option) => [option.id, optionLabel(option, t)]));
}

/** The lines that describe one decision step's answer; null for a step that is not a decision step. */
export function describeDecisionAnswer(step: StepDefinition, answer: Answer | undefined, answers: Answers, t: Translate): string[] | null {
	switch (step.kind) {
		case 'options':
			return optionsOf(answer)
				.map((option) => optionLabel(option, t))
				.filter(Boolean);
		case 'points': {
			const labels = optionsStepLabelled(answers, step.source, t);
			return pointsOf(answer)
				.filter((point) => point.text.trim())
				.map((point) =>
					t('decision:points.summaryLine', {
						text: point.text.trim(),
						side: t(`decision:points.${point.side}Side`),
						options: point.options.map((id) => labels.get(id)).filter(Boolean),
						importance: t(`decision:importance.${point.importance}`)
					})
				);
		}
		case 'reality': {
			const reality = realityOf(answer);
			return namedOptions(answers, step.source).flatMap((option) => {
				const check = checkOf(reality, option.id);
				const parts = [
					...Object.entries(check.needs).map(([need, has]) =>
						t('decision:reality.summaryNeed', { need: t(`decision:reality.needs.${need}`), availability: t(`decision:reality.availability.${has}`) })
					),
					check.control.trim() && t('decision:reality.summaryControl', { text: check.control.trim() }),
					check.affects.trim() && t('decision:reality.summaryAffects', { text: check.affects.trim() }),
					check.safe && t('decision:reality.summarySafe', { answer: t(`decision:reality.safe.${check.safe}`) })
				].filter(Boolean);
				return parts.length > 0 ? [`${optionLabel(option, t)}: ${parts.join(' · ')}`] : [];
			});
		}
		case 'people': {
			const labels = optionsStepLabelled(answers, step.source, t);
			return peopleOf(answer)
				.filter((person) => person.who.trim())
				.map((person) =>
					[
						person.who.trim(),
						person.prefers && labels.get(person.prefers) && t('decision:people.summaryPrefers', { option: labels.get(person.prefers) }),
						person.presses && t('decision:people.summaryPresses', { pressure: t(`decision:people.pressure.${person.presses}`) })
					]
						.filter(Boolean)
						.join(' · ')
				);
		}
		case 'readiness': {
			const readiness = readinessOf(answer);
			return step.questions
				.filter((question) => readiness[question.id])
				.map((question) =>
					readiness[question.id] === 'yes'
						? t('decision:readiness.summaryYes', { statement: t(question.statement) })
						: t('decision:readiness.summaryNo', { statement: t(question.statement), need: t(question.need) })
				);
		}
		case 'weigh': {
			const decision = decisionOf(step, answers);
			const lines = decision.weighing.options.map((weight, index) => {
				const line = t('decision:weigh.summaryOption', {
					option: optionLabel(decision.options[index]!, t),
					weight: signed(weight.weight),
					good: weight.good,
					hard: weight.hard
				});
				const marks = shortMarks(decision.weighing, weight.id, t);
				return marks.length > 0 ? `${line} · ${marks.join(' · ')}` : line;
			});
			const leaned = decision.options.find((option) => option.id === decision.lean);
			if (leaned) lines.push(t('decision:weigh.summaryLean', { option: optionLabel(leaned, t) }));
			else if (decision.lean === UNDECIDED) lines.push(t('decision:weigh.summaryUndecided'));
			return lines;
		}
		case 'actions':
			return actionsOf(answer)
				.filter((action) => action.what.trim() || action.date || action.who.trim())
				.map((action) => {
					const date = localDate(action.date);
					return [
						t('decision:actions.summary', { kind: t(`decision:actions.kinds.${action.kind}.title`), what: action.what.trim() }),
						date && t('decision:actions.summaryDate', { date }),
						action.who.trim() && t('decision:actions.summaryWho', { who: action.who.trim() })
					]
						.filter(Boolean)
						.join(' · ');
				});
		default:
			return null;
	}
}

/** What the weights chart shows: each option's label, sums, weight and short marks. */
export function chartOptionsOf(decision: DecisionState, t: Translate): ChartOption[] {
	return decision.weighing.options.map((weight, index) => ({
		id: weight.id,
		label: optionLabel(decision.options[index]!, t),
		good: weight.good,
		hard: weight.hard,
		weight: weight.weight,
		marks: shortMarks(decision.weighing, weight.id, t)
	}));
}

/** The reality-check marks of one option in kind, full sentences. */
export function markSentences(weighing: Weighing, optionId: string, t: Translate): string[] {
	const option = weighing.options.find((candidate) => candidate.id === optionId);
	if (!option) return [];
	const sentences: string[] = [];
	if (option.marks.unsafe) sentences.push(t('decision:marks.unsafe'));
	else if (option.marks.unsureSafe) sentences.push(t('decision:marks.unsureSafe'));
	if (option.marks.cannot.length > 0) {
		sentences.push(t('decision:marks.cannot', { needs: needNames(option.marks.cannot, t) }));
	}
	return sentences;
}
