/** Saves a file on the device (the browser's download), without any request. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// A large file (a backup) may still be being written out when the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file on the device. */
export function downloadFile(fileName: string, text: string, type = 'application/json'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}
