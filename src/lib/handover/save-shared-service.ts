/**
 * Saves a service someone shared to "My services": a bundled service by its id; any other is first
 * imported as a small directory of its own (one pack a shared service, so sharing another does not
 * replace it), through the same import and checks as a directory file.
 */
import { saveService } from '$lib/db/my-resources.repo';
import { sharedDirectoryEntry, type SharedDirectory } from './directory-share';
import { sharedServiceEntry, type SharedServicePage, type SharedServiceView } from './service-share';

export type SaveSharedResult = { ok: true; serviceId: string } | { ok: false };

export async function saveSharedService(page: SharedServicePage, view: SharedServiceView): Promise<SaveSharedResult> {
	const { BUNDLED_RECORD_KEYS } = await import('$lib/resources/bundled');
	if (BUNDLED_RECORD_KEYS.has(`service:${view.id}`)) {
		await saveService({ serviceId: view.id, serviceName: view.name, packId: 'bundled' });
		return { ok: true, serviceId: view.id };
	}
	const [{ parseImportEntries }, { importDirectory }] = await Promise.all([import('$lib/resources/import'), import('$lib/db/resources.repo')]);
	const parsed = parseImportEntries([sharedServiceEntry(page)]);
	if (!parsed.ok) return { ok: false };
	const report = await importDirectory(parsed, { name: view.name, packId: `shared-${view.id}` });
	if (!report.ok) return { ok: false };
	await saveService({ serviceId: view.id, serviceName: view.name, packId: report.pack.id });
	return { ok: true, serviceId: view.id };
}

/** Adds a shared directory to this phone's list of services, as one imported directory. */
export async function addSharedDirectory(shared: SharedDirectory): Promise<boolean> {
	const [{ parseImportEntries }, { importDirectory }] = await Promise.all([import('$lib/resources/import'), import('$lib/db/resources.repo')]);
	const parsed = parseImportEntries([sharedDirectoryEntry(shared)]);
	if (!parsed.ok) return false;
	const report = await importDirectory(parsed, { name: shared.name });
	return report.ok;
}
