/**
 * "When it does not work out": the steps in order (ask for the reason in writing, ask for the
 * supervisor, the complaint channel of that kind of service, the Ombudsman, legal aid), fitted to
 * what happened (`situation`, a single choice) and to the kind of service (`serviceKind`, a single
 * choice), from the data in $lib/resources/bundled/complaints.ts. It asks nothing.
 */
import { SERVICE_KINDS, SITUATIONS, type ServiceKind, type Situation } from '$lib/resources/bundled/complaint-kinds';
import { defineStepKind, type Translate } from '../step-kind';
import type { ComplaintsStep } from './definition';

export type { ComplaintsStep };

export const LADDER = ['reason', 'supervisor', 'channel', 'ombudsman', 'legalAid'] as const;

/** What happened and the kind of service, from the answers (unknown answers count as not given). */
export function situationOf(step: ComplaintsStep, answers: Record<string, unknown>): { situation?: Situation; serviceKind: ServiceKind } {
	const situation = step.situation ? answers[step.situation] : undefined;
	const kind = step.serviceKind ? answers[step.serviceKind] : undefined;
	return {
		...((SITUATIONS as readonly unknown[]).includes(situation) ? { situation: situation as Situation } : {}),
		serviceKind: (SERVICE_KINDS as readonly unknown[]).includes(kind) ? (kind as ServiceKind) : 'other'
	};
}

/** The steps in words, in order (the summary, and what the view lists). */
export function ladderLines(step: ComplaintsStep, answers: Record<string, unknown>, t: Translate): string[] {
	const { situation, serviceKind } = situationOf(step, answers);
	return LADDER.map((rung) => {
		if (rung === 'reason' && situation) return t(`services:complaints.ladder.reason.${situation}`);
		if (rung === 'channel') return t(`services:complaints.ladder.channel.${serviceKind}`);
		return t(`services:complaints.ladder.${rung}.text`);
	});
}

export default defineStepKind<ComplaintsStep>({
	kind: 'complaints',
	summarizesWithoutAnswer: true,
	summary: (step, _answer, answers, t) => ladderLines(step, answers, t).map((line, index) => `${index + 1}. ${line}`),
	namespaces: ['services', 'bundled'],
	view: () => import('./ComplaintsStep.svelte')
});
