/**
 * Making the link a client sends back to their worker: the summary, sealed with a code when the
 * client asks for one, in a link to the worker's "received" page; and the file to send instead
 * when the link is too long for a QR code.
 */
import { encodeFragment, fragmentUrl } from '$lib/share/fragment';
import { RECEIVED_PATH, SEALED_SUMMARY_KIND, sealSummary, SUMMARY_KIND, summaryFileText, type SummaryPayload } from './summary';

export interface SummaryLink {
	url: string;
	/** The text of the file to send instead of the link. */
	fileText: string;
}

export async function makeSummaryLink(origin: string, summary: SummaryPayload, code?: string): Promise<SummaryLink> {
	const fragment = code ? await encodeFragment(SEALED_SUMMARY_KIND, await sealSummary(summary, code)) : await encodeFragment(SUMMARY_KIND, summary);
	return { url: fragmentUrl(origin, RECEIVED_PATH, fragment), fileText: summaryFileText(fragment) };
}

/** The file's name: what it is and the day, never the person's words. */
export function summaryFileName(summary: SummaryPayload, day: Date = new Date()): string {
	const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
	return `langkah-${summary.type}-${date}.langkah-summary`;
}
