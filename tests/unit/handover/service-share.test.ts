import { describe, expect, it } from 'vitest';
import { bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { exportService } from '$lib/resources/export';
import { parseImportEntries } from '$lib/resources/import';
import { serviceNotes } from '$lib/resources/notes';
import { compactForLink, SERVICE_KIND, SharedServiceSchema, sharedServiceEntry, sharedServiceView } from '$lib/handover/service-share';
import { decodeFragment, encodeFragment } from '$lib/share/fragment';
import { fitsInQr } from '$lib/share/qr';
import { exampleEntry } from '../resources/hsds-schema';
import { resourceText } from '../resources/locale-text';

const bundled = new DirectoryIndex([bundledRecordSet(resourceText('en'), 'en')]);

describe('one service handed over by link', () => {
	it('carries a bundled service in a link that fits one QR code, read back by the import with its categories', async () => {
		const id = bundled.services().find((detail) => detail.service.name === 'SAPA 129')!.service.id;
		const page = compactForLink(exportService(bundled, id)!);
		const fragment = await encodeFragment(SERVICE_KIND, page);
		expect(fitsInQr(`https://langkah.example/handover#${fragment}`)).toBe(true);
		const read = await decodeFragment(fragment, SERVICE_KIND, SharedServiceSchema);
		if (!read.ok) throw new Error(read.reason);
		const parsed = parseImportEntries([sharedServiceEntry(read.value)]);
		if (!parsed.ok) throw new Error(parsed.code);
		const index = new DirectoryIndex([{ packId: 'shared', records: parsed.records }]);
		expect(serviceNotes(index.serviceDetail(id)!).needs).toEqual(serviceNotes(bundled.serviceDetail(id)!).needs);
		expect(sharedServiceView(read.value)).toMatchObject({ id, name: 'SAPA 129', phones: [{ number: '129' }, { number: '0811-1129-129' }] });
	});

	it('keeps an imported service whole, and refuses a page of two services or none', async () => {
		const parsed = parseImportEntries([exampleEntry('service_full.json')]);
		if (!parsed.ok) throw new Error(parsed.code);
		const index = new DirectoryIndex([{ packId: 'p', records: parsed.records }]);
		const page = exportService(index, index.services()[0]!.service.id)!;
		expect(compactForLink(page)).toEqual(page);
		const two = { ...page, contents: [...page.contents, ...page.contents] };
		for (const bad of [two, { ...page, contents: [] }, { contents: [{ id: 5, name: 'x' }] }]) {
			expect((await decodeFragment(await encodeFragment(SERVICE_KIND, bad), SERVICE_KIND, SharedServiceSchema)).ok).toBe(false);
		}
		expect(exportService(index, 'nope')).toBeUndefined();
	});
});

describe('a local directory handed over by link', () => {
	it('fits a small directory in a link that the import reads back whole, and refuses a big one', async () => {
		const { directoryLink, DIRECTORY_KIND, SharedDirectorySchema, sharedDirectoryEntry } = await import('$lib/handover/directory-share');
		const { exportDirectory } = await import('$lib/resources/export');
		const parsed = parseImportEntries([exampleEntry('service_full.json')]);
		if (!parsed.ok) throw new Error(parsed.code);
		const index = new DirectoryIndex([{ packId: 'p', records: parsed.records }]);
		const url = await directoryLink('https://langkah.example', 'My list', exportDirectory(index, 'p').document);
		expect(url).toBeDefined();
		const read = await decodeFragment(new URL(url!).hash, DIRECTORY_KIND, SharedDirectorySchema);
		if (!read.ok) throw new Error(read.reason);
		expect(read.value.name).toBe('My list');
		const again = parseImportEntries([sharedDirectoryEntry(read.value)]);
		expect(again.ok && again.records.length).toBe(parsed.records.length);
		// A directory of many services, each with its own long text, is too big for a link: a file then.
		const big = exportDirectory(index, 'p').document;
		const random = () => Array.from(crypto.getRandomValues(new Uint8Array(300)), (byte) => byte.toString(36)).join('');
		big.contents = Array.from({ length: 200 }, (_, n) => ({ id: `s${n}`, name: `Service ${n}`, description: random() }));
		expect(await directoryLink('https://langkah.example', 'Big', big)).toBeUndefined();
	});
});
