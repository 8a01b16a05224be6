/**
 * Payloads that travel in a link's fragment (`#...`): the part of an address a browser never sends
 * to the host. A payload is JSON, deflated (fflate, loaded only when a link is made or read) and
 * written in base64url behind a short header naming its kind:
 *
 *     #lk1.<kind>.<base64url of raw deflate of JSON>
 *
 * Reading one refuses calmly, with a reason a screen can put into words, anything that is not
 * ours, too long before inflating, too large once inflated (a deflate bomb stops at the cap, it is
 * never inflated whole), of another kind, not JSON, or not what the caller's Valibot schema
 * expects. Nothing here renders anything: callers show text as text.
 */
import * as v from 'valibot';

/** The header of every payload; the digit is the format's version. */
export const FRAGMENT_PREFIX = 'lk1.';

export interface FragmentLimits {
	/** The longest fragment read at all, in characters, before anything is decoded. */
	maxFragmentChars: number;
	/** The most bytes a payload may inflate to; inflating stops as soon as it passes this. */
	maxInflatedBytes: number;
}

export const DEFAULT_FRAGMENT_LIMITS: FragmentLimits = {
	maxFragmentChars: 200_000,
	maxInflatedBytes: 1_000_000
};

/** Why a fragment was refused. */
export type FragmentRefusal =
	| 'not-a-payload'
	| 'too-long'
	| 'wrong-kind'
	| 'bad-encoding'
	| 'too-large'
	| 'not-json'
	| 'invalid';

export type FragmentResult<T> = { ok: true; value: T } | { ok: false; reason: FragmentRefusal };

const KIND = /^[a-z][a-z0-9-]{0,31}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
/** Bytes handed to the inflater at a time, so one push cannot grow far past the cap. */
const INFLATE_CHUNK = 256;

/** True for a path on this site: one leading slash, never `//host` or `/\host`. */
export function isSameOriginPath(path: string): boolean {
	if (!/^\/(?![/\\])/.test(path) || path.includes('\\')) return false;
	for (let i = 0; i < path.length; i += 1) if (path.charCodeAt(i) < 0x20 || path.charCodeAt(i) === 0x7f) return false;
	return true;
}

/** A Valibot schema for a same-origin path (see isSameOriginPath). */
export const sameOriginPath = v.pipe(v.string(), v.maxLength(2000), v.check(isSameOriginPath));

function bytesToBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array | null {
	if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
	const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	try {
		const binary = atob(padded);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return null;
	}
}

class TooLarge extends Error {}

/** Inflates raw deflate data, stopping once the output passes `max` bytes. */
export async function inflateCapped(data: Uint8Array, max: number): Promise<Uint8Array | 'too-large' | 'bad-encoding'> {
	const { Inflate } = await import('fflate');
	const parts: Uint8Array[] = [];
	let total = 0;
	let finished = false;
	const inflater = new Inflate((chunk, final) => {
		total += chunk.length;
		if (total > max) throw new TooLarge();
		parts.push(chunk);
		if (final) finished = true;
	});
	try {
		for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
			inflater.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
		}
		if (data.length === 0) inflater.push(new Uint8Array(0), true);
	} catch (error) {
		return error instanceof TooLarge ? 'too-large' : 'bad-encoding';
	}
	if (!finished) return 'bad-encoding';
	const out = new Uint8Array(total);
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/**
 * The fragment (without `#`) carrying `payload` as `kind`. The caller decides whether it is small
 * enough for its use (see fragmentFits).
 */
export async function encodeFragment(kind: string, payload: unknown): Promise<string> {
	if (!KIND.test(kind)) throw new Error(`fragment: bad kind ${kind}`);
	const { deflateSync } = await import('fflate');
	const json = new TextEncoder().encode(JSON.stringify(payload));
	return `${FRAGMENT_PREFIX}${kind}.${bytesToBase64Url(deflateSync(json, { level: 9 }))}`;
}

/** The kind named in a fragment's header, or null when the fragment is not one of ours. */
export function fragmentKind(fragment: string): string | null {
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (!text.startsWith(FRAGMENT_PREFIX)) return null;
	const dot = text.indexOf('.', FRAGMENT_PREFIX.length);
	const kind = dot < 0 ? '' : text.slice(FRAGMENT_PREFIX.length, dot);
	return KIND.test(kind) ? kind : null;
}

/**
 * Reads a fragment (with or without its `#`) made by encodeFragment for `kind`, checked against
 * `schema`. Never throws for anything a link can hold.
 */
export async function decodeFragment<TSchema extends v.GenericSchema>(
	fragment: string,
	kind: string,
	schema: TSchema,
	limits: FragmentLimits = DEFAULT_FRAGMENT_LIMITS
): Promise<FragmentResult<v.InferOutput<TSchema>>> {
	if (fragment.length > limits.maxFragmentChars + 1) return { ok: false, reason: 'too-long' };
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	const found = fragmentKind(text);
	if (found === null) return { ok: false, reason: 'not-a-payload' };
	if (found !== kind) return { ok: false, reason: 'wrong-kind' };
	const bytes = base64UrlToBytes(text.slice(FRAGMENT_PREFIX.length + found.length + 1));
	if (bytes === null || bytes.length === 0) return { ok: false, reason: 'bad-encoding' };
	const inflated = await inflateCapped(bytes, limits.maxInflatedBytes);
	if (typeof inflated === 'string') return { ok: false, reason: inflated };
	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	const checked = v.safeParse(schema, parsed);
	return checked.success ? { ok: true, value: checked.output } : { ok: false, reason: 'invalid' };
}

/**
 * The address `path#fragment` on `origin`. `path` must be a same-origin path.
 */
export function fragmentUrl(origin: string, path: string, fragment: string): string {
	if (!isSameOriginPath(path)) throw new Error('fragment: not a same-origin path');
	const url = new URL(path, origin);
	url.hash = fragment;
	return url.href;
}

export { takeFragment } from './take-fragment';
