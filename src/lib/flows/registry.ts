/**
 * The guided exercises Langkah ships: every `definitions/<id>.flow.json`, found with
 * `import.meta.glob`, so adding an exercise is adding a file. The list of exercises (home page,
 * "what next") reads only each file's id, namespace, title, description and minutes (gathered at
 * build time, see scripts/vite-flow-summaries.mjs); a flow's steps are their own chunk, fetched
 * only by the page that runs it. The files are checked against
 * the flow schema and the rules by the unit tests (tests/unit/flows/definitions.test.ts), so they
 * are not checked again on a phone; a flow from outside is (see stored-flows.ts).
 */
import shipped from 'virtual:flow-summaries';
import type { FlowDefinition, TextKey } from './flow-types';

const FILE = /\/([^/]+)\.flow\.json$/;
const idOf = (path: string): string => FILE.exec(path)?.[1] ?? path;
const byId = <T>(files: Record<string, T>): Map<string, T> => new Map(Object.entries(files).map(([path, value]) => [idOf(path), value]));

// The few fields the list of exercises shows, read from the files at build time; the files
// themselves are fetched one by one, only by the page that runs a flow.
const summaries = new Map(shipped.map(({ id, namespace, title, description, minutes }) => [id, { id, namespace, title, description, minutes }]));
const loaders = byId(import.meta.glob<FlowDefinition>('./definitions/*.flow.json', { import: 'default' }));

/** The order exercises are listed in; a shipped exercise not named here comes after these. */
const ORDER = ['tell', 'problems', 'decide', 'calm', 'entitled', 'meeting', 'not-working'];

export const FLOW_IDS: readonly string[] = [...loaders.keys()].sort(
	(a, b) => (ORDER.indexOf(a) + 1 || ORDER.length + 1) - (ORDER.indexOf(b) + 1 || ORDER.length + 1) || a.localeCompare(b)
);
export type FlowId = string;

export function isFlowId(x: unknown): boolean {
	return typeof x === 'string' && loaders.has(x);
}

/** What a list of exercises shows about one flow; the definition itself carries the same fields. */
export interface FlowSummary {
	id: FlowId;
	namespace: string;
	title: TextKey;
	description: TextKey;
	minutes: number;
}

/** The summary of one shipped flow. */
export function flowSummary(id: FlowId): FlowSummary {
	const summary = summaries.get(id);
	if (!summary) throw new Error(`No exercise "${id}".`);
	return summary;
}

export const FLOW_SUMMARIES: readonly FlowSummary[] = FLOW_IDS.map(flowSummary);

/** Loads one shipped flow's definition (and nothing else). */
export async function loadFlowDefinition(id: FlowId): Promise<FlowDefinition> {
	const load = loaders.get(id);
	if (!load) throw new Error(`No exercise "${id}".`);
	return load();
}
