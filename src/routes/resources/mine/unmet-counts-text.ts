/**
 * "Copy the count": the unmet needs as a person reads them in a message, in the language on
 * screen: a line with the total, then one line a kind of need, in the order of the form (the
 * kinds with none left out). Only counts, like the downloaded file: no words, no dates.
 */
import type { UnmetNeedCategory, UnmetNeedCounts } from '$lib/db/my-resources.repo';
import { NEED_CODES } from '$lib/resources/need-codes';

export interface UnmetCountsWords {
	/** The first line, with the total already in it. */
	heading: (total: string) => string;
	categoryName: (category: UnmetNeedCategory) => string;
	/** Numbers as the language writes them (Intl.NumberFormat). */
	formatNumber: (value: number) => string;
}

export function unmetCountsText(counts: UnmetNeedCounts, words: UnmetCountsWords): string {
	const order: UnmetNeedCategory[] = [...NEED_CODES, 'other'];
	const lines = order
		.filter((category) => (counts.counts[category] ?? 0) > 0)
		.map((category) => `- ${words.categoryName(category)}: ${words.formatNumber(counts.counts[category]!)}`);
	return [words.heading(words.formatNumber(counts.total)), ...lines].join('\n');
}
