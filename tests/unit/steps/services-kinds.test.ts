import { describe, expect, it } from 'vitest';
import { describeAnswer } from '$lib/flows/run-summary';
import { kindOf } from '$lib/steps/registry';
import { loadStepSummaries } from '$lib/steps/summaries';
import { ladderLines, situationOf, type ComplaintsStep } from '$lib/steps/complaints/kind';
import { reasonLines } from '$lib/steps/entitlements/reasons';
import { checkEntitlements } from '$lib/resources/entitlements';
import { bundledServiceId } from '$lib/resources/bundled/index';
import { bundledServicePath } from '$lib/resources/bundled/service-path';
import { entitledFlow, meetingFlow, notWorkingFlow } from '../flows/shipped';

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key);

describe('the services step kinds', () => {
	it('fits the steps of "when it does not work out" to what happened and the kind of service, in order', () => {
		const step = notWorkingFlow.steps.find((candidate) => candidate.id === 'steps') as unknown as ComplaintsStep;
		expect(ladderLines(step, { what: 'waiting', serviceKind: 'health' }, t)).toEqual([
			'services:complaints.ladder.reason.waiting',
			'services:complaints.ladder.supervisor.text',
			'services:complaints.ladder.channel.health',
			'services:complaints.ladder.ombudsman.text',
			'services:complaints.ladder.legalAid.text'
		]);
		// Nothing said, or something it does not know: the general words and "another office".
		expect(situationOf(step, { what: 'lost', serviceKind: 42 })).toEqual({ serviceKind: 'other' });
		expect(ladderLines(step, {}, t)[0]).toBe('services:complaints.ladder.reason.text');
	});

	it('summarizes the entitlement result with each programme and why, or says none fits', async () => {
		const step = entitledFlow.steps.find((candidate) => candidate.id === 'result')!;
		// The summary (with the programme rules) is in the kind's summary.ts, loaded when a summary is drawn.
		expect(kindOf(step).summary).toBeUndefined();
		expect(() => describeAnswer(step, undefined, {}, t)).toThrow(/not loaded/);
		await loadStepSummaries(['entitlements']);
		expect(describeAnswer(step, undefined, { members: ['older'], money: 'enough' }, t)).toEqual([
			'services:entitlements.programs.atensi.name: services:entitlements.reasons.members.older'
		]);
		expect(describeAnswer(step, undefined, {}, t)).toEqual(['services:entitlements.noneSummary']);
		const [pip] = checkEntitlements({ members: ['school'], money: 'tight' }).filter((result) => result.program === 'pip');
		expect(reasonLines(pip!, t)).toEqual(['services:entitlements.reasons.money.tight', 'services:entitlements.reasons.members.school']);
	});

	it('keeps the documents answer as it is, salvages a plain list, and says which papers the person has', () => {
		const step = meetingFlow.steps.find((candidate) => candidate.id === 'documents')!;
		const kind = kindOf(step);
		const answer = { serviceId: 's', serviceName: 'Puskesmas', items: [{ id: 'a', text: 'KTP', have: true }, { id: 'b', text: 'KK', have: false }] };
		expect(kind.salvage!(step, answer)).toBe(answer);
		expect(kind.salvage!(step, [{ id: 'x', text: 'Surat RT' }])).toEqual({ items: [{ id: 'x', text: 'Surat RT', have: false }] });
		expect(kind.salvage!(step, 'nonsense')).toBeUndefined();
		expect(kind.summary!(step, answer, {}, t)).toEqual(['services:meeting.haveIt {"document":"KTP"}', 'services:meeting.notYet {"document":"KK"}']);
	});

	it('links to a bundled service by the same id the directory gives it', () => {
		for (const key of ['pkh', 'dinasSosial', 'legalAid', 'kemensosCommandCenter', 'bpjsKesehatan'] as const) {
			expect(bundledServicePath(key)).toBe(`/resources/service?id=${encodeURIComponent(bundledServiceId(key))}`);
		}
	});
});
