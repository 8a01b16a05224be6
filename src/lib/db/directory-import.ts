/**
 * Importing a directory off the main thread: `importFiles` hands the files the person chose to a
 * module Web Worker (directory-import.worker.ts), which reads, validates and writes them in one
 * transaction (all or nothing: see directory-import.job.ts) and answers with the report, so the
 * page stays responsive however big the file. Where there is no Worker (unit tests), the same job
 * runs here.
 */
import type { ImportOutcome, ImportRequest } from './directory-import.job';

export type { ImportOutcome, ImportRefusal, ImportReportSummary } from './directory-import.job';

/** Imports files in a module Web Worker; the page gets the outcome (never a thrown error). */
export async function importFiles(files: readonly File[], options: ImportRequest['options'] = {}): Promise<ImportOutcome> {
	if (typeof Worker === 'undefined') return (await import('./directory-import.job')).runImport({ files, options });
	const worker = new Worker(new URL('./directory-import.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<ImportOutcome>((resolve) => {
			worker.onmessage = (event: MessageEvent<ImportOutcome>) => resolve(event.data);
			// A worker that cannot start or dies changed nothing: its transaction never committed.
			worker.onerror = () => resolve({ ok: false, code: 'storage-failed', params: {} });
			worker.postMessage({ files: [...files], options } satisfies ImportRequest);
		});
	} finally {
		worker.terminate();
	}
}
