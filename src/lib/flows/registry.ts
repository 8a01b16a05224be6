import type { FlowDefinition, TextKey } from './flow-types';

/**
 * The guided exercises Langkah ships. A flow's namespace, title and description keys follow from
 * its id, so the list of flows (home page, "what next") can show them without loading any flow:
 * each definition is its own chunk, fetched only by the page that runs it.
 */
export const FLOW_IDS = ['tell', 'problems', 'decide', 'calm'] as const;
export type FlowId = (typeof FLOW_IDS)[number];

export function isFlowId(x: unknown): x is FlowId {
	return typeof x === 'string' && (FLOW_IDS as readonly string[]).includes(x);
}

/** About how long each exercise takes, in minutes. */
const MINUTES: Record<FlowId, number> = { tell: 10, problems: 15, decide: 20, calm: 5 };

/** What a list of exercises shows about one flow; the definition itself carries the same fields. */
export interface FlowSummary {
	id: FlowId;
	namespace: string;
	title: TextKey;
	description: TextKey;
	minutes: number;
}

/** The summary of one flow; definitions spread it so these fields are written in one place. */
export function flowSummary(id: FlowId): FlowSummary {
	const namespace = `flow-${id}`;
	return { id, namespace, title: `${namespace}:title`, description: `${namespace}:description`, minutes: MINUTES[id] };
}

export const FLOW_SUMMARIES: readonly FlowSummary[] = FLOW_IDS.map(flowSummary);

// Literal import() calls, so the bundler makes one chunk per flow.
const loaders: Record<FlowId, () => Promise<FlowDefinition>> = {
	tell: () => import('./definitions/tell.flow').then((m) => m.tellFlow),
	problems: () => import('./definitions/problems.flow').then((m) => m.problemsFlow),
	decide: () => import('./definitions/decide.flow').then((m) => m.decideFlow),
	calm: () => import('./definitions/calm.flow').then((m) => m.calmFlow)
};

/** Loads one flow's definition (and nothing else). */
export async function loadFlowDefinition(id: FlowId): Promise<FlowDefinition> {
	return loaders[id]();
}
