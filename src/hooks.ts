import type { Reroute } from '@sveltejs/kit';
import { repairPercentEncoding } from '$lib/address';

/**
 * SvelteKit's router throws on a pathname with malformed percent-encoding, which leaves a white page
 * with no exit button. Routing the repaired pathname instead shows the app's own error page.
 */
export const reroute: Reroute = ({ url }) => {
	const repaired = repairPercentEncoding(url.pathname);
	return repaired === url.pathname ? undefined : repaired;
};
