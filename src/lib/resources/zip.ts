/**
 * Opens a zip of HSDS files (fflate) with limits against zip bombs: the number of entries, the
 * total size once unpacked, and how much any large entry claims to grow. Sizes are checked from
 * the zip's directory before anything is unpacked; fflate then unpacks each entry into a buffer of
 * exactly the size its header declared, so an entry that lies about its size cannot grow past it.
 */
import { unzipSync } from 'fflate';

export interface ZipLimits {
	maxEntries: number;
	maxTotalUncompressedBytes: number;
	/** The largest unpacked/packed ratio allowed for an entry bigger than `ratioCheckFromBytes`. */
	maxCompressionRatio: number;
	ratioCheckFromBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
	maxEntries: 64,
	maxTotalUncompressedBytes: 32 * 1024 * 1024,
	maxCompressionRatio: 100,
	ratioCheckFromBytes: 1024 * 1024
};

export type ZipErrorCode = 'zip-invalid' | 'zip-too-many-entries' | 'zip-too-large' | 'zip-suspicious-ratio';

export class ZipError extends Error {
	constructor(readonly code: ZipErrorCode) {
		super(`zip: ${code}`);
		this.name = 'ZipError';
	}
}

export interface ZipEntry {
	/** The entry's path inside the zip. */
	name: string;
	bytes: Uint8Array;
}

/** True when the bytes start like a zip file ("PK\x03\x04", or "PK\x05\x06" for an empty one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** Unpacks every file in a zip (folders are left out), within the limits; throws a ZipError. */
export function unzipWithLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
	let entries = 0;
	let total = 0;
	let unpacked: Record<string, Uint8Array>;
	try {
		unpacked = unzipSync(bytes, {
			filter(file) {
				if (file.name.endsWith('/')) return false;
				entries += 1;
				if (entries > limits.maxEntries) throw new ZipError('zip-too-many-entries');
				total += file.originalSize;
				if (total > limits.maxTotalUncompressedBytes) throw new ZipError('zip-too-large');
				if (file.originalSize > limits.ratioCheckFromBytes && file.originalSize > file.size * limits.maxCompressionRatio) {
					throw new ZipError('zip-suspicious-ratio');
				}
				if (file.compression !== 0 && file.compression !== 8) throw new ZipError('zip-invalid');
				return true;
			}
		});
	} catch (error) {
		if (error instanceof ZipError) throw error;
		throw new ZipError('zip-invalid');
	}
	return Object.entries(unpacked).map(([name, data]) => ({ name, bytes: data }));
}
