import { describe, expect, it, vi } from 'vitest';
import { forgetDirectory, loadDirectory } from '$lib/resources/directory-loader';

// vi.mock is hoisted above the imports. Storage refuses every read, as with site data blocked or no IndexedDB.
vi.mock('$lib/db/resources.repo', () => {
	const refuse = () => Promise.reject(Object.assign(new Error('No IndexedDB'), { name: 'MissingAPIError' }));
	return { listPacks: refuse, loadImportedRecordSets: refuse };
});

describe('the directory without storage', () => {
	it('still loads the bundled directory, searches it, and says imported packs could not be read', async () => {
		forgetDirectory();
		const loaded = await loadDirectory('id');
		expect(loaded.importedUnavailable).toBe(true);
		expect(loaded.packs).toEqual([]);
		const names = loaded
			.search()
			.search('sapa', {})
			.map((hit) => loaded.directory.serviceDetail(hit.id)?.service.name);
		expect(names).toContain('SAPA 129');
	});
});
