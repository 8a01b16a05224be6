import { describe, expect, it } from 'vitest';
import { BUNDLED_SERVICES, bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { exportDirectory, exportDirectoryJson, type HsdsServicePage } from '$lib/resources/export';
import { parseImportEntries, type ParsedImport } from '$lib/resources/import';
import { readSchema, csvExampleEntries, exampleEntry, schemaValidator } from './hsds-schema';
import { resourceText } from './locale-text';

function parsed(result: ReturnType<typeof parseImportEntries>): ParsedImport {
	if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
	return result;
}

function indexOf(entries: Parameters<typeof parseImportEntries>[0], packId = 'pack'): DirectoryIndex {
	return new DirectoryIndex([{ packId, records: parsed(parseImportEntries(entries)).records }]);
}

/** The page against the API's Page schema (openapi.json) and each service against service.json. */
function validationErrors(page: HsdsServicePage): string[] {
	const errors: string[] = [];
	const validateService = schemaValidator('service.json');
	for (const service of page.contents) {
		if (!validateService(service)) errors.push(JSON.stringify(validateService.errors));
	}
	const pageSchema = (readSchema('openapi.json') as { components: { schemas: { Page: { properties: Record<string, { type: string }> } } } }).components.schemas.Page;
	for (const [field, property] of Object.entries(pageSchema.properties)) {
		const value = (page as unknown as Record<string, unknown>)[field];
		const type = property.type === 'integer' ? 'number' : property.type;
		if (typeof value !== type || (property.type === 'integer' && !Number.isInteger(value))) errors.push(`page.${field}`);
	}
	return errors;
}

const json = (name: string, value: unknown) => ({ name, bytes: new TextEncoder().encode(JSON.stringify(value)) });

describe('export as HSDS 3.0 JSON', () => {
	it('validates for the official examples, JSON and CSV', () => {
		for (const entries of [[exampleEntry('service_full.json')], [exampleEntry('organization_full.json')], csvExampleEntries(), [exampleEntry('tabular.json')]]) {
			const { document } = exportDirectory(indexOf(entries));
			expect(document.contents).toHaveLength(1);
			expect(validationErrors(document)).toEqual([]);
		}
	});

	it('gives service_full.json back with everything it held', () => {
		const original = JSON.parse(new TextDecoder().decode(exampleEntry('service_full.json').bytes)) as Record<string, unknown>;
		const { document, omitted } = exportDirectory(indexOf([exampleEntry('service_full.json')]));
		const exported = document.contents[0]!;
		expect(omitted).toEqual([]);
		// Every field of the original is there with the same value; nested lists hold the same objects
		// (plus the ids that link them, which the flat form adds).
		const covers = (got: unknown, want: unknown, path: string): void => {
			if (Array.isArray(want)) {
				expect(Array.isArray(got), path).toBe(true);
				for (const item of want as { id: string }[]) {
					const match = (got as { id: string }[]).find((candidate) => candidate.id === item.id);
					expect(match, `${path}: ${item.id}`).toBeDefined();
					covers(match, item, `${path}[${item.id}]`);
				}
			} else if (typeof want === 'object' && want !== null) {
				for (const [key, value] of Object.entries(want)) covers((got as Record<string, unknown>)[key], value, `${path}.${key}`);
			} else expect(got, path).toEqual(want);
		};
		covers(exported, original, 'service');
	});

	it('keeps unknown fields through import, export and import again', () => {
		const source = {
			id: 'b0000000-0000-4000-8000-000000000001',
			name: 'Rumah Aman',
			status: 'active',
			x_local_code: 'RA-7',
			x_hours_note: { ramadan: 'closes early' },
			phones: [{ id: 'c0000000-0000-4000-8000-000000000001', number: '0811-0000-000', x_verified_by: 'Bu Ani' }],
			organization: { id: 'a0000000-0000-4000-8000-000000000001', name: 'Yayasan', description: 'Contoh', x_founded_by: 'warga' },
			attributes: [
				{
					id: 'd0000000-0000-4000-8000-000000000001',
					value: 'yes',
					taxonomy_term: { id: 'e0000000-0000-4000-8000-000000000001', name: 'Shelter', description: 'A safe place', x_term_note: 1 }
				}
			]
		};
		const first = exportDirectory(indexOf([json('in.json', source)])).document;
		const service = first.contents[0]!;
		expect(service).toMatchObject({ x_local_code: 'RA-7', x_hours_note: { ramadan: 'closes early' } });
		expect(service.phones).toMatchObject([{ x_verified_by: 'Bu Ani' }]);
		expect(service.organization).toMatchObject({ x_founded_by: 'warga' });
		expect(service.attributes).toMatchObject([{ value: 'yes', taxonomy_term: { x_term_note: 1 } }]);
		expect(validationErrors(first)).toEqual([]);

		const second = exportDirectory(indexOf([json('again.json', first)])).document;
		expect(second).toEqual(first);
	});

	it('lists records that no service reaches, which this form cannot hold', () => {
		const { omitted } = exportDirectory(indexOf(csvExampleEntries()));
		// In the CSV example the attribute and the metadata row point at records not in the package,
		// and the table description belongs to no service.
		expect(omitted.map((record) => record.type).sort()).toEqual(['attribute', 'meta_table_description', 'metadata', 'taxonomy', 'taxonomy_term']);
	});

	for (const language of ['id', 'en'] as const) {
		it(`validates for the bundled directory in ${language}`, () => {
			const index = new DirectoryIndex([bundledRecordSet(resourceText(language), language)]);
			const { document, omitted } = exportDirectory(index);
			expect(document.total_items).toBe(BUNDLED_SERVICES.length);
			expect(validationErrors(document)).toEqual([]);
			// Only the taxonomy terms no service uses are left out.
			expect(new Set(omitted.map((record) => record.type))).toEqual(new Set(['taxonomy_term']));
		});
	}

	it('exports one pack of several, the same way every time', () => {
		const bundled = bundledRecordSet(resourceText('en'), 'en');
		const imported = parsed(parseImportEntries([exampleEntry('service_full.json')])).records;
		const index = new DirectoryIndex([bundled, { packId: 'example', records: imported }]);
		const { document } = exportDirectory(index, 'example');
		expect(document.contents.map((service) => service.name)).toEqual(['Community Counselling']);
		expect(exportDirectoryJson(index, 'example')).toBe(exportDirectoryJson(index, 'example'));
		expect(JSON.parse(exportDirectoryJson(index))).toMatchObject({ total_items: BUNDLED_SERVICES.length + 1, first_page: true, last_page: true, empty: false });
	});
});
