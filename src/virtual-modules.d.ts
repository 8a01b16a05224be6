/** What the list of exercises shows about each shipped flow, read from its file at build time (scripts/vite-flow-summaries.mjs). */
declare module 'virtual:flow-summaries' {
	const summaries: { file: string; id: string; namespace: string; title: string; description: string; minutes: number }[];
	export default summaries;
}
