/**
 * The page of a bundled service, by its key, without loading the bundled directory: the same id as
 * `bundledServiceId` in index.ts (a unit test holds them together), for the exercises' links.
 */
import { stableUuid } from '../hsds';

export function bundledServicePath(key: string): string {
	return `/resources/service?id=${encodeURIComponent(stableUuid(`langkah:bundled:service:${key}`))}`;
}
