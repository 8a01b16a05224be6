import { describe, expect, it, vi } from 'vitest';
import { forgetDirectory, loadDirectory, loadDirectoryList } from '$lib/resources/directory-loader';
import { serviceCard } from '$lib/resources/service-card';

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
		const search = await loaded.searchIndex();
		const names = (await search.search('sapa', {})).map((hit) => loaded.directory.serviceDetail(hit.id)?.service.name);
		expect(names).toContain('SAPA 129');
	});
});

describe('the directory list', () => {
	it('shows the bundled directory first in the order an empty search gives, each card as the service says', async () => {
		forgetDirectory();
		const list = await loadDirectoryList('en');
		const whole = await loadDirectory('en');
		const search = await list.searchIndex();
		const everything = (await search.search('')).map((hit) => hit.id);
		expect(list.packs).toEqual([]);
		expect(list.listed).toEqual(everything);
		expect(everything.length).toBeGreaterThan(100);
		for (const id of everything) expect(list.card(id)).toEqual(serviceCard(whole.directory.serviceDetail(id)!));
		const sapa = everything.map((id) => list.card(id)!).find((card) => card.name === 'SAPA 129')!;
		expect(sapa.phone).toBe('129');
		expect(everything.some((id) => list.card(id)!.free)).toBe(true);
		expect(list.card('no-such-service')).toBeUndefined();
	});
});
