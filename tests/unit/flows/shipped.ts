/** The exercises Langkah ships, read from their files as the app reads them (checked in definitions.test.ts). */
import calm from '$lib/flows/definitions/calm.flow.json';
import decide from '$lib/flows/definitions/decide.flow.json';
import entitled from '$lib/flows/definitions/entitled.flow.json';
import meeting from '$lib/flows/definitions/meeting.flow.json';
import notWorking from '$lib/flows/definitions/not-working.flow.json';
import problems from '$lib/flows/definitions/problems.flow.json';
import tell from '$lib/flows/definitions/tell.flow.json';
import type { FlowDefinition } from '$lib/flows/flow-types';

export const tellFlow = tell as unknown as FlowDefinition;
export const problemsFlow = problems as unknown as FlowDefinition;
export const decideFlow = decide as unknown as FlowDefinition;
export const calmFlow = calm as unknown as FlowDefinition;
export const entitledFlow = entitled as unknown as FlowDefinition;
export const notWorkingFlow = notWorking as unknown as FlowDefinition;
export const meetingFlow = meeting as unknown as FlowDefinition;
export const SHIPPED_FLOWS: readonly FlowDefinition[] = [tellFlow, problemsFlow, decideFlow, calmFlow, entitledFlow, notWorkingFlow, meetingFlow];
