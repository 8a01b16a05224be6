/**
 * Keys from a passphrase, and encryption with them, through Web Crypto only (no library).
 *
 * PBKDF2-SHA256 with a random 16-byte salt and at least 600,000 iterations (OWASP's 2023 advice)
 * turns the person's passphrase into a 256-bit AES-GCM key that never leaves Web Crypto (not
 * extractable). AES-GCM encrypts with a random 12-byte IV; a wrong key, or one changed byte in the
 * ciphertext, its IV or its additional data, makes decryption fail as a whole.
 *
 * Used by backup files (privacy/backup.ts). The lock (issue 10, point 1) reuses `deriveKeyFromPassphrase`
 * with `usages: ['wrapKey', 'unwrapKey']` to wrap its data key, and the same salt and iteration rules.
 * Web Crypto runs the key derivation off the main thread in browsers: the page stays responsive.
 */

/** The fewest iterations accepted, when writing and when reading (a file asking for fewer is refused). */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** The most a file may ask for: more would keep a phone busy for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** The shortest passphrase accepted, in characters (letters, digits, spaces, emoji each count one). */
export const MIN_PASSPHRASE_LENGTH = 8;

export type KeyUsages = ('encrypt' | 'decrypt' | 'wrapKey' | 'unwrapKey')[];

/** Thrown when decryption fails: a wrong key (passphrase), or data that was changed or damaged. */
export class DecryptionFailedError extends Error {
	constructor() {
		super('Decryption failed: wrong key, or changed data');
		this.name = 'DecryptionFailedError';
	}
}

function subtle(): SubtleCrypto {
	const found = globalThis.crypto?.subtle;
	if (!found) throw new Error('Web Crypto is not available here (it needs a secure context: https or localhost)');
	return found;
}

/** The passphrase as it is compared: Unicode-normalised (NFC), so that the same letters typed on another phone match. */
export function normalizePassphrase(passphrase: string): string {
	return passphrase.normalize('NFC');
}

/** Characters in a passphrase as a person counts them (an emoji is one). */
export function passphraseLength(passphrase: string): number {
	return [...normalizePassphrase(passphrase)].length;
}

export function isPassphraseLongEnough(passphrase: string): boolean {
	return passphraseLength(passphrase) >= MIN_PASSPHRASE_LENGTH;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(length));
}

export function isAcceptedIterationCount(iterations: unknown): iterations is number {
	return Number.isInteger(iterations) && (iterations as number) >= MIN_PBKDF2_ITERATIONS && (iterations as number) <= MAX_PBKDF2_ITERATIONS;
}

/**
 * Derives a non-extractable AES-GCM-256 key from a passphrase (PBKDF2-SHA256). Refuses a salt
 * shorter than 16 bytes and an iteration count outside [600,000, 10,000,000].
 */
export async function deriveKeyFromPassphrase(
	passphrase: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number = MIN_PBKDF2_ITERATIONS,
	usages: KeyUsages = ['encrypt', 'decrypt']
): Promise<CryptoKey> {
	if (!isAcceptedIterationCount(iterations)) throw new RangeError(`PBKDF2 iterations must be between ${MIN_PBKDF2_ITERATIONS} and ${MAX_PBKDF2_ITERATIONS}`);
	if (salt.byteLength < SALT_BYTES) throw new RangeError(`The salt must be at least ${SALT_BYTES} bytes`);
	const material = await subtle().importKey('raw', new TextEncoder().encode(normalizePassphrase(passphrase)), 'PBKDF2', false, ['deriveKey']);
	return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, usages);
}

export interface Encrypted {
	iv: Uint8Array<ArrayBuffer>;
	ciphertext: Uint8Array<ArrayBuffer>;
}

/**
 * Encrypts with AES-GCM; `additionalData` is authenticated, not encrypted. The IV is fresh and
 * random unless given (a caller that must write the IV into the additional data makes it first with
 * `randomBytes(IV_BYTES)`; never use one IV twice with one key).
 */
export async function encryptBytes(
	key: CryptoKey,
	plaintext: Uint8Array<ArrayBuffer>,
	additionalData?: Uint8Array<ArrayBuffer>,
	iv: Uint8Array<ArrayBuffer> = randomBytes(IV_BYTES)
): Promise<Encrypted> {
	if (iv.byteLength !== IV_BYTES) throw new RangeError(`The IV must be ${IV_BYTES} bytes`);
	const params: AesGcmParams = additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv };
	const ciphertext = new Uint8Array(await subtle().encrypt(params, key, plaintext));
	return { iv, ciphertext };
}

/** Decrypts AES-GCM; throws DecryptionFailedError when the key is wrong or anything was changed. */
export async function decryptBytes(
	key: CryptoKey,
	encrypted: Encrypted,
	additionalData?: Uint8Array<ArrayBuffer>
): Promise<Uint8Array<ArrayBuffer>> {
	const { iv, ciphertext } = encrypted;
	if (iv.byteLength !== IV_BYTES) throw new DecryptionFailedError();
	const params: AesGcmParams = additionalData ? { name: 'AES-GCM', iv, additionalData } : { name: 'AES-GCM', iv };
	try {
		return new Uint8Array(await subtle().decrypt(params, key, ciphertext));
	} catch {
		throw new DecryptionFailedError();
	}
}

/** Standard base64 of bytes (for a file's plain JSON header). */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Bytes from standard base64; undefined when the text is not base64. */
export function fromBase64(text: unknown): Uint8Array<ArrayBuffer> | undefined {
	if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
	try {
		const binary = atob(text);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		return undefined;
	}
}
