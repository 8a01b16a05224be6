/**
 * One import, start to end: read and validate the files (resources/import.ts), write them as one
 * pack in one transaction (resources.repo.ts), and keep only the report a person reads. Runs in the
 * import worker (directory-import.worker.ts); never throws.
 */
import { importMessageParams, parseImportFiles, type ImportFailure, type ImportFile } from '$lib/resources/import';
import { summarizeImport, type ImportSummary } from '$lib/resources/import-summary';
import { importDirectory, type ImportOptions, type ImportReport, type ImportWriteFailure } from './resources.repo';
import { classifyStorageError } from './storage-errors';

/**
 * An import report as the page shows it: the pack, services and other records counted (not the
 * lists of records added, updated and removed, hundreds of thousands of entries in a big import,
 * which the page would spend long tasks receiving), and what was skipped and why.
 */
export type ImportReportSummary = Pick<ImportReport, 'ok' | 'pack' | 'skipped' | 'skippedFiles'> & { summary: ImportSummary };

/** An import that changed nothing, with the values its message uses ({{file}}, {{line}}, {{limit}}). */
export type ImportRefusal = (ImportWriteFailure | ImportFailure) & { params: Record<string, string | number> };

/** What an import comes to: the report, or why nothing was changed. */
export type ImportOutcome = ImportReportSummary | ImportRefusal;

const refusal = (failure: ImportWriteFailure | ImportFailure): ImportRefusal => ({ ...failure, params: importMessageParams(failure) });

export interface ImportRequest {
	files: readonly ImportFile[];
	options: Pick<ImportOptions, 'language' | 'name'>;
}

export async function runImport({ files, options }: ImportRequest): Promise<ImportOutcome> {
	try {
		const parsed = await parseImportFiles(files);
		if (!parsed.ok) return refusal(parsed);
		const result = await importDirectory(parsed, options);
		if (!result.ok) return refusal(result);
		const { ok, pack, skipped, skippedFiles } = result;
		return { ok, pack, skipped, skippedFiles, summary: summarizeImport(result) };
	} catch (error) {
		return refusal({ ok: false, code: 'storage-failed', storage: classifyStorageError(error) });
	}
}
