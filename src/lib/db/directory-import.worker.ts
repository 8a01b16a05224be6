/// <reference lib="webworker" />
/**
 * The import worker: runs one import (directory-import.job.ts) and answers with its outcome. The
 * page ends the worker once it has answered.
 */
import { runImport, type ImportRequest } from './directory-import.job';

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	self.postMessage(await runImport(event.data));
};
