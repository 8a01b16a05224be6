/**
 * A local directory handed over by link when it is small enough (a file otherwise: the import
 * page's export). The link carries the directory's HSDS JSON (resources/export.ts) and its name;
 * the receiving phone reads it with the directory's own import, all or nothing, and adds it only
 * when the person asks.
 */
import * as v from 'valibot';
import type { HsdsServicePage } from '$lib/resources/export';
import { encodeFragment, fragmentUrl } from '$lib/share/fragment';
import { compactForLink } from './service-share';

import { DIRECTORY_KIND } from './kinds';

export { DIRECTORY_KIND };
export const DIRECTORY_PATH = '/handover';
/** The longest directory link made: longer ones are handed over as a file. */
export const DIRECTORY_LINK_MAX_CHARS = 32_000;
export const DIRECTORY_FILE = 'shared-directory.json';

function isServicePage(value: unknown): boolean {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const contents = (value as { contents?: unknown }).contents;
	return Array.isArray(contents) && contents.length > 0 && contents.length <= 2000;
}

export const SharedDirectorySchema = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
	page: v.pipe(
		v.unknown(),
		v.check(isServicePage),
		v.transform((value) => value as HsdsServicePage)
	)
});
export type SharedDirectory = v.InferOutput<typeof SharedDirectorySchema>;

/** The link for a directory, or undefined when it is too long for one (then: a file). */
export async function directoryLink(origin: string, name: string, page: HsdsServicePage): Promise<string | undefined> {
	const url = fragmentUrl(origin, DIRECTORY_PATH, await encodeFragment(DIRECTORY_KIND, { name, page: compactForLink(page) }));
	return url.length <= DIRECTORY_LINK_MAX_CHARS ? url : undefined;
}

/** The import's entry for a shared directory. */
export function sharedDirectoryEntry(shared: SharedDirectory): { name: string; bytes: Uint8Array } {
	return { name: DIRECTORY_FILE, bytes: new TextEncoder().encode(JSON.stringify(shared.page)) };
}
