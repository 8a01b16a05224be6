/**
 * What a link opened on the client's phone (/handover) holds: a tailored link from a worker, or a
 * shared service, read from the fragment and checked; anything else is refused calmly with a
 * reason a screen can put into words. Nothing is stored until the person acts, except the tailored
 * link's plan, kept for the tab's session (session-plan.ts) so a reload still finds it.
 */
import type { FragmentRefusal } from '$lib/share/fragment';
import type { SharedDirectory } from './directory-share';
import { DIRECTORY_KIND, SERVICE_KIND } from './kinds';
import { readPlan } from './session-plan';
import type { SharedServicePage, SharedServiceView } from './service-share';
import { TAILORED_KIND, TailoredSchema, type Tailored } from './tailored';

export type LinkRefusal = 'too-long' | 'broken' | 'other-kind';

export type OpenedLink =
	| { kind: 'none' }
	| { kind: 'refused'; reason: LinkRefusal }
	| { kind: 'tailored'; tailored: Tailored }
	| { kind: 'service'; page: SharedServicePage; view: SharedServiceView }
	| { kind: 'directory'; shared: SharedDirectory; services: string[] };

/** How a refusal is put to the person. */
export function linkRefusal(reason: FragmentRefusal): LinkRefusal {
	if (reason === 'too-long' || reason === 'too-large') return 'too-long';
	if (reason === 'wrong-kind') return 'other-kind';
	return 'broken';
}

/** Reads the fragment taken from the address ('' when there was none: then a plan kept in this tab, if any). */
export async function openLink(fragment: string): Promise<OpenedLink> {
	if (fragment === '') {
		const plan = readPlan();
		return plan ? { kind: 'tailored', tailored: plan.tailored } : { kind: 'none' };
	}
	// What reads a link loads only when there is one.
	const { decodeFragment, fragmentKind } = await import('$lib/share/fragment');
	const kind = fragmentKind(fragment);
	if (kind === SERVICE_KIND) {
		// What reads a service or a directory loads only for such a link.
		const { SharedServiceSchema, sharedServiceEntry, sharedServiceView } = await import('./service-share');
		const read = await decodeFragment(fragment, SERVICE_KIND, SharedServiceSchema);
		if (!read.ok) return { kind: 'refused', reason: linkRefusal(read.reason) };
		// Checked as any imported directory file is, all or nothing.
		const { parseImportEntries } = await import('$lib/resources/import');
		const parsed = parseImportEntries([sharedServiceEntry(read.value)]);
		const view = sharedServiceView(read.value);
		if (!parsed.ok || !view || !parsed.records.some((record) => record.type === 'service' && record.data.id === view.id)) {
			return { kind: 'refused', reason: 'broken' };
		}
		return { kind: 'service', page: read.value, view };
	}
	if (kind === DIRECTORY_KIND) {
		const { SharedDirectorySchema, sharedDirectoryEntry } = await import('./directory-share');
		const read = await decodeFragment(fragment, DIRECTORY_KIND, SharedDirectorySchema);
		if (!read.ok) return { kind: 'refused', reason: linkRefusal(read.reason) };
		const { parseImportEntries } = await import('$lib/resources/import');
		const parsed = parseImportEntries([sharedDirectoryEntry(read.value)]);
		if (!parsed.ok) return { kind: 'refused', reason: 'broken' };
		const services = parsed.records.flatMap((record) => (record.type === 'service' ? [String((record.data as { name?: unknown }).name ?? '')] : []));
		return services.length > 0 ? { kind: 'directory', shared: read.value, services } : { kind: 'refused', reason: 'broken' };
	}
	const read = await decodeFragment(fragment, TAILORED_KIND, TailoredSchema);
	if (!read.ok) return { kind: 'refused', reason: kind === null && read.reason === 'not-a-payload' ? 'broken' : linkRefusal(read.reason) };
	return { kind: 'tailored', tailored: read.value };
}
