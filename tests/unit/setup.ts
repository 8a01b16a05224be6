import 'fake-indexeddb/auto';

// dexie-export-import (backups) uses two browser globals Node does not have: `self`, and
// FileReader (after every export it reads the blobs it set aside, none for Langkah's records).
const browserGlobals = globalThis as { self?: unknown; FileReader?: unknown };
browserGlobals.self ??= globalThis;
browserGlobals.FileReader ??= class {
	result: ArrayBuffer | null = null;
	onload: ((event: { target: unknown }) => void) | null = null;
	onerror: ((event: { target: unknown }) => void) | null = null;
	onabort: (() => void) | null = null;
	readAsArrayBuffer(blob: Blob) {
		blob.arrayBuffer().then(
			(buffer) => {
				this.result = buffer;
				this.onload?.({ target: this });
			},
			() => this.onerror?.({ target: this })
		);
	}
};
