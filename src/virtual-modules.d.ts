/** What the list of exercises shows about each shipped flow, read from its file at build time (scripts/vite-flow-summaries.mjs). */
declare module 'virtual:flow-summaries' {
	const summaries: { file: string; id: string; namespace: string; title: string; description: string; minutes: number }[];
	export default summaries;
}

/** The `flow-cards` namespace in one language: each shipped flow's title and description (scripts/vite-flow-summaries.mjs). */
declare module 'virtual:flow-cards/*' {
	const cards: Record<string, Record<string, unknown>>;
	export default cards;
}
