/**
 * The answers in a saved run's snapshot, as they were saved, without checking them against the
 * flow (which would load every step kind's code). For pages that only read a few answers and check
 * each value themselves (progress, the strengths in the safety plan); a run is shown or resumed
 * with flow-restore.ts instead.
 */
export function savedAnswers(snapshot: unknown): Record<string, unknown> {
	const context = typeof snapshot === 'object' && snapshot !== null ? (snapshot as { context?: unknown }).context : undefined;
	const answers = typeof context === 'object' && context !== null ? (context as { answers?: unknown }).answers : undefined;
	return typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
}
