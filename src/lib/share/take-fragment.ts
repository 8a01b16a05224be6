// Taking a payload out of the address, apart from reading it (fragment.ts), so that a page can
// do it as it opens and load the reading code only when there is a payload.

/**
 * Takes the fragment out of the address bar and returns it ('' when there is none). `replace` swaps
 * the address without a new history entry, so Back does not bring the payload back: in a page,
 * `(url) => replaceState(url, {})` from `$app/navigation`.
 */
export function takeFragment(
	location: Pick<Location, 'hash' | 'pathname' | 'search'>,
	replace: (pathAndSearch: string) => void
): string {
	const hash = location.hash;
	if (!hash || hash === '#') return '';
	replace(location.pathname + location.search);
	return hash.slice(1);
}
