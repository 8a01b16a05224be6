/**
 * An exercise a social worker wrote, handed over by link or QR code: the whole flow file travels
 * in the fragment (see $lib/share/fragment.ts), which never reaches the host. The person's phone
 * checks it like any file from outside before keeping it (runs/stored-flows.ts).
 */
import * as v from 'valibot';
import { decodeFragment, encodeFragment, fragmentUrl, type FragmentResult } from '$lib/share/fragment';

export const EXERCISE_FRAGMENT_KIND = 'exercise';
/** Where a shared exercise opens. */
export const SHARED_EXERCISE_PATH = '/my/exercise';
/**
 * The most characters a QR code holds here: a version 40 code at error correction M holds 2,331
 * bytes (ISO/IEC 18004, table 7); a link is plain ASCII, one byte a character.
 */
export const QR_MAX_CHARS = 2331;
/** The largest exercise file a link carries (a worker's exercise is a few kilobytes). */
const MAX_FILE_BYTES = 200_000;

/** Only an object: everything else about the file is checked by the flow-file check after. */
const fileSchema = v.pipe(v.record(v.string(), v.unknown()), v.check((file) => JSON.stringify(file).length <= MAX_FILE_BYTES));

/** The link that carries this flow file. */
export async function exerciseLink(origin: string, file: unknown): Promise<string> {
	return fragmentUrl(origin, SHARED_EXERCISE_PATH, await encodeFragment(EXERCISE_FRAGMENT_KIND, file));
}

/** Whether a link fits one QR code. */
export const fitsQrCode = (link: string): boolean => link.length <= QR_MAX_CHARS;

/** The flow file a link's fragment carries, or why it was refused. */
export function readExerciseFragment(fragment: string): Promise<FragmentResult<Record<string, unknown>>> {
	return decodeFragment(fragment, EXERCISE_FRAGMENT_KIND, fileSchema, { maxFragmentChars: 100_000, maxInflatedBytes: MAX_FILE_BYTES });
}
