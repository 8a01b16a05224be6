/** Turns the many ways a browser refuses to store data into three problems a person can act on. */
export type StorageProblem = 'quota' | 'unavailable' | 'failed';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set([
	'MissingAPIError',
	'InvalidStateError',
	'SecurityError',
	'DatabaseClosedError',
	'OpenFailedError',
	'UnknownError',
	'VersionError',
	'InvalidAccessError'
]);

function errorName(error: unknown): string | undefined {
	if (typeof error === 'object' && error !== null && 'name' in error) {
		const name = (error as { name: unknown }).name;
		if (typeof name === 'string') return name;
	}
	return undefined;
}

function innerError(error: unknown): unknown {
	if (typeof error === 'object' && error !== null && 'inner' in error) return (error as { inner: unknown }).inner;
	return undefined;
}

export function classifyStorageError(error: unknown): StorageProblem {
	// Dexie wraps the browser's error (an OpenFailedError may hide a QuotaExceededError).
	for (let cause: unknown = error, depth = 0; cause !== undefined && depth < 4; cause = innerError(cause), depth++) {
		const name = errorName(cause);
		if (name && QUOTA_NAMES.has(name)) return 'quota';
	}
	const name = errorName(error);
	if (name && UNAVAILABLE_NAMES.has(name)) return 'unavailable';
	const inner = errorName(innerError(error));
	if (inner && UNAVAILABLE_NAMES.has(inner)) return 'unavailable';
	return 'failed';
}
