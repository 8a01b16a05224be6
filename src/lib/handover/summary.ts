/**
 * Summaries a client sends back to their worker, by their own action: the summary of a finished
 * exercise, a note for a service, or the anonymous count of unmet needs. Each is plain text already
 * written in the client's language (the worker reads it as it is), carried in a link's fragment
 * (share/fragment.ts) or a small file, and checked with the schemas below before anything is kept.
 *
 * Optional protection: a short code shown to the client, which they say aloud to the worker and
 * which never travels with the link. The summary is then sealed with AES-GCM under a key derived
 * from the code (PBKDF2, privacy/passphrase-crypto.ts); without the code the link reads as noise.
 * A six-digit code is a lock against a casual reader of the link, not against a determined one with
 * time: the screens say so.
 */
import * as v from 'valibot';
import { inflateCapped } from '$lib/share/fragment';
import {
	DecryptionFailedError,
	decryptBytes,
	deriveKeyFromPassphrase,
	encryptBytes,
	fromBase64,
	isAcceptedIterationCount,
	IV_BYTES,
	MIN_PBKDF2_ITERATIONS,
	randomBytes,
	SALT_BYTES,
	toBase64
} from '$lib/privacy/passphrase-crypto';
import { SUMMARY_FILE_FORMAT, SummarySchema, type SummaryPayload } from './summary-schema';

export * from './summary-schema';

/** A summary sealed with a code: the salt and IV in the clear, the summary's JSON encrypted. */
export const SealedSchema = v.object({
	salt: v.pipe(v.string(), v.maxLength(64)),
	iv: v.pipe(v.string(), v.maxLength(64)),
	iterations: v.pipe(v.number(), v.check((count: number) => isAcceptedIterationCount(count))),
	data: v.pipe(v.string(), v.maxLength(400_000))
});
export type Sealed = v.InferOutput<typeof SealedSchema>;

/** Digits in a code the client says aloud. */
export const CODE_DIGITS = 6;

/** A fresh code of six digits, from the device's random source. */
export function newCode(): string {
	const values = randomBytes(CODE_DIGITS);
	return [...values].map((value) => String(value % 10)).join('');
}

/** The code as typed: spaces and dashes left out (said aloud, it may be written "123 456"). */
export function normalizeCode(code: string): string {
	return code.replace(/[\s-]/g, '');
}

const AAD = new TextEncoder().encode('langkah-summary-v1');

/** The most a sealed summary may inflate to once opened. */
const MAX_SEALED_BYTES = 1_000_000;

/** Seals a summary: its JSON deflated first (ciphertext does not compress), then encrypted. */
export async function sealSummary(summary: SummaryPayload, code: string, iterations = MIN_PBKDF2_ITERATIONS): Promise<Sealed> {
	const { deflateSync } = await import('fflate');
	const salt = randomBytes(SALT_BYTES);
	const key = await deriveKeyFromPassphrase(normalizeCode(code), salt, iterations);
	const plain = deflateSync(new TextEncoder().encode(JSON.stringify(summary)), { level: 9 });
	const { iv, ciphertext } = await encryptBytes(key, plain, AAD, randomBytes(IV_BYTES));
	return { salt: toBase64(salt), iv: toBase64(iv), iterations, data: toBase64(ciphertext) };
}

export type UnsealResult = { ok: true; summary: SummaryPayload } | { ok: false; reason: 'wrong-code' | 'invalid' };

/** Opens a sealed summary with the code; a wrong code and a changed link read the same: 'wrong-code'. */
export async function unsealSummary(sealed: Sealed, code: string): Promise<UnsealResult> {
	const salt = fromBase64(sealed.salt);
	const iv = fromBase64(sealed.iv);
	const data = fromBase64(sealed.data);
	if (!salt || !iv || !data || salt.byteLength < SALT_BYTES || iv.byteLength !== IV_BYTES) return { ok: false, reason: 'invalid' };
	let plain: Uint8Array;
	try {
		const key = await deriveKeyFromPassphrase(normalizeCode(code), salt, sealed.iterations);
		plain = await decryptBytes(key, { iv, ciphertext: data }, AAD);
	} catch (error) {
		if (error instanceof DecryptionFailedError) return { ok: false, reason: 'wrong-code' };
		return { ok: false, reason: 'invalid' };
	}
	const inflated = await inflateCapped(plain, MAX_SEALED_BYTES);
	if (typeof inflated === 'string') return { ok: false, reason: 'invalid' };
	try {
		const read = v.safeParse(SummarySchema, JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)));
		return read.success ? { ok: true, summary: read.output } : { ok: false, reason: 'invalid' };
	} catch {
		return { ok: false, reason: 'invalid' };
	}
}

/** A summary file: the fragment a link would carry, inside a small JSON file. */
export const SummaryFileSchema = v.object({
	format: v.literal(SUMMARY_FILE_FORMAT),
	version: v.literal(1),
	fragment: v.pipe(v.string(), v.maxLength(600_000))
});

export function summaryFileText(fragment: string): string {
	return JSON.stringify({ format: SUMMARY_FILE_FORMAT, version: 1, fragment });
}

/** The fragment in a summary file's text, or undefined when the file is not one. */
export function fragmentOfSummaryFile(text: string): string | undefined {
	try {
		const read = v.safeParse(SummaryFileSchema, JSON.parse(text));
		return read.success ? read.output.fragment : undefined;
	} catch {
		return undefined;
	}
}
