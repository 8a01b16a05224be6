import type { PersistenceResult } from './settings.repo';

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistence(
	storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage
): Promise<PersistenceResult> {
	if (!storage?.persist) return 'unsupported';
	try {
		if (await storage.persisted?.()) return 'granted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}
