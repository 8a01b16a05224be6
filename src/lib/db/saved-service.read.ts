/**
 * Whether a service is in "My services", read straight from IndexedDB without Dexie (raw-tables.ts)
 * with the same check as my-resources.repo.ts, so that a service's page shows its save button
 * without loading the database code; saving and removing load it (my-resources.repo.ts).
 */
import { SavedServiceSchema, readStored } from './my-resources.schema';
import { readRecord } from './raw-tables';

export async function readServiceSaved(serviceId: string): Promise<boolean> {
	return readStored(SavedServiceSchema, await readRecord('myServices', serviceId)) !== undefined;
}
