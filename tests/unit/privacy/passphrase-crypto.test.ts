import { describe, expect, it } from 'vitest';
import {
	decryptBytes,
	DecryptionFailedError,
	deriveKeyFromPassphrase,
	encryptBytes,
	fromBase64,
	isPassphraseLongEnough,
	IV_BYTES,
	MIN_PASSPHRASE_LENGTH,
	MIN_PBKDF2_ITERATIONS,
	randomBytes,
	SALT_BYTES,
	toBase64
} from '$lib/privacy/passphrase-crypto';

const words = (text: string) => new TextEncoder().encode(text);
const read = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('keys from a passphrase', () => {
	it('needs at least 600,000 PBKDF2 iterations, and uses that many by default', async () => {
		expect(MIN_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		const salt = randomBytes(SALT_BYTES);
		await expect(deriveKeyFromPassphrase('kucing hitam lari', salt, 599_999)).rejects.toThrow(RangeError);
		await expect(deriveKeyFromPassphrase('kucing hitam lari', salt, 100_000_000)).rejects.toThrow(RangeError);
		await expect(deriveKeyFromPassphrase('kucing hitam lari', randomBytes(8))).rejects.toThrow(RangeError);

		// The default count is the one used: the same key as asking for 600,000 explicitly.
		const byDefault = await deriveKeyFromPassphrase('kucing hitam lari', salt);
		const explicit = await deriveKeyFromPassphrase('kucing hitam lari', salt, 600_000);
		const sealed = await encryptBytes(byDefault, words('isi'));
		expect(read(await decryptBytes(explicit, sealed))).toBe('isi');
	});

	it('keeps the key inside Web Crypto (not extractable) and lets the lock ask for wrapping', async () => {
		const key = await deriveKeyFromPassphrase('kucing hitam lari', randomBytes(SALT_BYTES), MIN_PBKDF2_ITERATIONS, ['wrapKey', 'unwrapKey']);
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		expect([...key.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
	});

	it('treats the same letters typed another way (composed or not) as the same passphrase', async () => {
		const salt = randomBytes(SALT_BYTES);
		const composed = await deriveKeyFromPassphrase('rahasia café 12', salt);
		const decomposed = await deriveKeyFromPassphrase('rahasia cafe\u0301 12', salt);
		expect(read(await decryptBytes(decomposed, await encryptBytes(composed, words('sama'))))).toBe('sama');
	});

	it('asks for at least 8 characters, counted as a person counts them', () => {
		expect(MIN_PASSPHRASE_LENGTH).toBe(8);
		expect(isPassphraseLongEnough('1234567')).toBe(false);
		expect(isPassphraseLongEnough('12345678')).toBe(true);
		// Seven emoji are seven characters, though JavaScript counts fourteen code units.
		expect(isPassphraseLongEnough('🐱🐱🐱🐱🐱🐱🐱')).toBe(false);
	});
});

describe('encrypting and decrypting', () => {
	const salt = randomBytes(SALT_BYTES);
	const keyFor = (passphrase: string) => deriveKeyFromPassphrase(passphrase, salt);

	it('gives back the same bytes with the right passphrase', async () => {
		const key = await keyFor('pintu biru dekat pasar');
		const text = 'Dia mengunci pintu dari luar. 🌧️ Aku takut.';
		const sealed = await encryptBytes(key, words(text), words('header'));
		expect(sealed.iv).toHaveLength(IV_BYTES);
		expect(read(sealed.ciphertext)).not.toContain('mengunci');
		expect(read(await decryptBytes(key, sealed, words('header')))).toBe(text);
	});

	it('uses a fresh IV every time', async () => {
		const key = await keyFor('pintu biru dekat pasar');
		const [a, b] = await Promise.all([encryptBytes(key, words('sama')), encryptBytes(key, words('sama'))]);
		expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
		expect(toBase64(a.ciphertext)).not.toBe(toBase64(b.ciphertext));
	});

	it('refuses a wrong passphrase', async () => {
		const sealed = await encryptBytes(await keyFor('pintu biru dekat pasar'), words('rahasia'));
		await expect(decryptBytes(await keyFor('pintu biru dekat pasat'), sealed)).rejects.toThrow(DecryptionFailedError);
	});

	it('refuses when one byte was changed: in the ciphertext, the IV or the additional data', async () => {
		const key = await keyFor('pintu biru dekat pasar');
		const sealed = await encryptBytes(key, words('rahasia yang panjang'), words('header'));
		const flipped = (bytes: Uint8Array, at: number) => {
			const copy = bytes.slice();
			copy[at] = copy[at]! ^ 0x01;
			return copy;
		};
		await expect(decryptBytes(key, { ...sealed, ciphertext: flipped(sealed.ciphertext, 3) }, words('header'))).rejects.toThrow(DecryptionFailedError);
		await expect(decryptBytes(key, { ...sealed, ciphertext: flipped(sealed.ciphertext, sealed.ciphertext.length - 1) }, words('header'))).rejects.toThrow(DecryptionFailedError);
		await expect(decryptBytes(key, { ...sealed, iv: flipped(sealed.iv, 0) }, words('header'))).rejects.toThrow(DecryptionFailedError);
		await expect(decryptBytes(key, sealed, words('Header'))).rejects.toThrow(DecryptionFailedError);
		await expect(decryptBytes(key, sealed)).rejects.toThrow(DecryptionFailedError);
	});

	it('writes bytes as base64 and reads them back; anything else is not base64', () => {
		const bytes = randomBytes(60_000); // more than one 32 KB slice of the encoder
		expect(fromBase64(toBase64(bytes))).toEqual(bytes);
		expect(fromBase64('not base64!')).toBeUndefined();
		expect(fromBase64(42)).toBeUndefined();
	});
});
