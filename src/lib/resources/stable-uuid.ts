/**
 * Ids made from names: the same name gives the same UUID every time (bundled records, categories,
 * imported ids that are not UUIDs). Apart from hsds.ts so that a page needing only ids does not load the HSDS tables.
 */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** 32 bits of a string's hash, seeded so that four seeds give four independent words. */
function hashWord(input: string, seed: number): number {
	let hash = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < input.length; i++) {
		hash ^= input.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	// Final avalanche (MurmurHash3's fmix32) so that nearby inputs spread over every bit.
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/**
 * A UUID that is always the same for the same name (RFC 9562 version 8, "custom"): ids of the
 * bundled directory and taxonomy, and HSDS ids for imported records whose own ids are not UUIDs.
 */
export function stableUuid(name: string): string {
	const hex = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f]
		.map((seed) => hashWord(name, seed).toString(16).padStart(8, '0'))
		.join('');
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
