/**
 * QR codes drawn on the device: the encoder (uqr) is loaded only when a code is shown, and the
 * matrix becomes one SVG path, so nothing is fetched and nothing is rendered as HTML.
 */

/** The dark modules of a QR code for `text`, as an SVG path in module units, and its size. */
export async function qrPath(text: string): Promise<{ size: number; path: string }> {
	const { encode } = await import('uqr');
	const { data, size } = encode(text, { ecc: 'M', border: 2 });
	let path = '';
	data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		});
	});
	return { size, path };
}

/** The address of an exercise, to hand over by link or QR code. */
export function exerciseUrl(origin: string, flowId: string): string {
	return new URL(`/flow/${encodeURIComponent(flowId)}`, origin).href;
}

/**
 * The most characters one QR code holds here: version 40 at error correction level M, in byte
 * mode (2,331 bytes); a link is ASCII, one byte a character. Past about half of it a code gets
 * dense, yet cameras on cheap phones still read it from a screen held close.
 */
export const QR_MAX_CHARS = 2331;

/** True when `text` fits one QR code (see QR_MAX_CHARS). */
export function fitsInQr(text: string): boolean {
	return new TextEncoder().encode(text).length <= QR_MAX_CHARS;
}
