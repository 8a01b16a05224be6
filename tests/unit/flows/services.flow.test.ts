import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createFlowMachine, currentStepId } from '$lib/flows/flow-engine';
import { restoreFlowActorInput } from '$lib/flows/flow-restore';
import type { FlowDefinition } from '$lib/flows/flow-types';
import { entitledFlow, meetingFlow, notWorkingFlow } from './shipped';
import { walkAllPaths } from './walk';

/** Goes through a run to `until`, answering as given, and returns it as the app stores it. */
function savedRun(definition: FlowDefinition, answers: Record<string, unknown>, until: string) {
	const actor = createActor(createFlowMachine(definition)).start();
	for (const [step, value] of Object.entries(answers)) actor.send({ type: 'answer.set', step, value: value as never });
	while (currentStepId(actor.getSnapshot()) !== until) actor.send({ type: 'step.next' });
	const stored = JSON.stringify({ flowVersion: definition.version, snapshot: actor.getPersistedSnapshot() });
	actor.stop();
	return JSON.parse(stored) as { flowVersion: number; snapshot: unknown };
}

function resume(definition: FlowDefinition, saved: { flowVersion: number; snapshot: unknown }) {
	const restored = restoreFlowActorInput(definition, saved);
	if (restored.kind !== 'resume') throw new Error(`expected to resume, got a restart (${restored.reason})`);
	return createActor(createFlowMachine(definition), { snapshot: restored.snapshot }).start();
}

describe('"What help might I be able to get?" as a machine', () => {
	it('reaches the end on its one path, every question optional', () => {
		const result = walkAllPaths(entitledFlow);
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual(['intro > members > money > welfare > health > legal > result']);
	});

	it('resumes at the question it was left on, with the answers given', () => {
		const actor = resume(entitledFlow, savedRun(entitledFlow, { members: ['school'], money: 'hard' }, 'welfare'));
		expect(currentStepId(actor.getSnapshot())).toBe('welfare');
		expect(actor.getSnapshot().context.answers).toMatchObject({ members: ['school'], money: 'hard' });
	});
});

describe('"When a service does not help" as a machine', () => {
	it('reaches the end on every path; only being treated badly goes through "it is not your fault"', () => {
		const result = walkAllPaths(notWorkingFlow);
		expect(result.failures).toEqual([]);
		expect(result.routes.sort()).toEqual(
			[
				'intro > what > serviceKind > calm > safe > steps > script > record',
				'intro > what > serviceKind > calm > steps > script > record'
			].sort()
		);
	});

	it('resumes on the steps with what happened kept', () => {
		const actor = resume(notWorkingFlow, savedRun(notWorkingFlow, { what: 'waiting', serviceKind: 'health' }, 'steps'));
		expect(currentStepId(actor.getSnapshot())).toBe('steps');
		actor.send({ type: 'step.next' });
		expect(currentStepId(actor.getSnapshot())).toBe('script');
	});
});

describe('"Get ready to meet a service" as a machine', () => {
	it('reaches the card on its one path', () => {
		const result = walkAllPaths(meetingFlow);
		expect(result.failures).toEqual([]);
		expect(result.routes).toEqual(['intro > want > say > documents > questions > who > card']);
	});

	it('resumes on the documents with the service and the ticks kept', () => {
		const documents = { serviceId: 's1', serviceName: 'Dinas Sosial', items: [{ id: 'a', text: 'KTP', have: true, fromService: true }] };
		const actor = resume(meetingFlow, savedRun(meetingFlow, { want: 'Bantuan sekolah', documents }, 'documents'));
		expect(currentStepId(actor.getSnapshot())).toBe('documents');
		expect(actor.getSnapshot().context.answers.documents).toEqual(documents);
	});
});
