/**
 * Debounced savers register here, so that anything typed but not yet written can be flushed
 * before the page goes away (hidden, updated to a new version, deleted data).
 */
type Flush = () => Promise<void>;
const flushers = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
	flushers.add(flush);
	return () => flushers.delete(flush);
}

export async function flushPendingWrites(): Promise<void> {
	await Promise.allSettled([...flushers].map((flush) => flush()));
}
