import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { parseImportEntries, type ParsedImport } from '$lib/resources/import';
import type { DirectoryRecord } from '$lib/resources/hsds';
import { csvExampleEntries, exampleEntry, jsonExampleFiles, schemaValidator } from './hsds-schema';

function parsed(result: ReturnType<typeof parseImportEntries>): ParsedImport {
	if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
	return result;
}

/** Each flat record, as an HSDS object (unknown fields back in place), against its own schema. */
function schemaErrors(records: readonly DirectoryRecord[]): string[] {
	const errors: string[] = [];
	for (const record of records) {
		const { extra, ...fields } = record.data as { extra?: Record<string, unknown> };
		const validate = schemaValidator(`${record.type}.json`);
		if (!validate({ ...extra, ...fields })) errors.push(`${record.type} ${record.data.id}: ${JSON.stringify(validate.errors)}`);
	}
	return errors;
}

const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';

describe('the official HSDS 3.0 examples', () => {
	for (const file of jsonExampleFiles()) {
		it(`imports ${file}`, () => {
			const result = parseImportEntries([exampleEntry(file)]);
			if (file === 'base.json') {
				// The API's root document: it describes the API and holds no directory entries.
				expect(result).toEqual({ ok: false, code: 'no-records' });
				return;
			}
			const done = parsed(result);
			expect(done.records.length).toBeGreaterThan(0);
			expect(done.issues).toEqual([]);
			expect(schemaErrors(done.records)).toEqual([]);
		});
	}

	it('imports the CSV data package chosen together, joined by ids', () => {
		const done = parsed(parseImportEntries(csvExampleEntries()));
		expect(done.issues).toEqual([]);
		expect(done.skippedFiles).toEqual([{ name: 'datapackage.json', reason: 'not-needed' }]);
		expect(done.files.filter((file) => file.kind === 'csv')).toHaveLength(21);
		expect(Object.values(done.counts).reduce((a, b) => a + (b ?? 0), 0)).toBe(21);
		expect(schemaErrors(done.records)).toEqual([]);
		const service = done.records.find((record) => record.type === 'service')!.data;
		expect(service).toMatchObject({ id: SERVICE_ID, name: 'Community Counselling', minimum_age: 12, status: 'active' });
		const phone = done.records.find((record) => record.type === 'phone')!.data;
		expect(phone).toMatchObject({ number: '"+44 1234 234567"', extension: 100, service_id: SERVICE_ID });
		const schedule = done.records.find((record) => record.type === 'schedule')!.data;
		expect(schedule).toMatchObject({ byday: 'TH,FR', timezone: 3, opens_at: '10:00:00' });
	});

	it('imports the same data package as one zip', () => {
		const files = Object.fromEntries(csvExampleEntries().map((entry) => [`hsds/${entry.name}`, entry.bytes]));
		const zipped = parseImportEntries([{ name: 'directory.zip', bytes: zipSync(files) }]);
		const plain = parseImportEntries(csvExampleEntries());
		expect(parsed(zipped).records).toEqual(parsed(plain).records);
	});

	it('reads the tabular example (tabular.json) like the CSV files', () => {
		const fromJson = parsed(parseImportEntries([exampleEntry('tabular.json')]));
		const fromCsv = parsed(parseImportEntries(csvExampleEntries()));
		expect(fromJson.counts).toEqual(fromCsv.counts);
		// Its organization identifier is a number where HSDS wants text: it becomes text.
		expect(fromJson.records.find((record) => record.type === 'organization_identifier')!.data).toMatchObject({ identifier: '1234567' });
	});

	it('turns service_full.json into flat records linked by id, merging repeated copies', () => {
		const done = parsed(parseImportEntries([exampleEntry('service_full.json')]));
		const byType = (type: string) => done.records.filter((record) => record.type === type).map((record) => record.data as unknown as Record<string, unknown>);
		expect(byType('service')).toHaveLength(1);
		expect(byType('service')[0]).toMatchObject({ organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', program_id: 'e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42' });
		// One phone, nested six times (service, service_at_location, contact, location, organization...).
		expect(byType('phone')).toHaveLength(1);
		expect(byType('phone')[0]).toMatchObject({ service_id: SERVICE_ID, location_id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5' });
		expect(byType('service_at_location')[0]).toMatchObject({ service_id: SERVICE_ID, location_id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5' });
		expect(byType('attribute')[0]).toMatchObject({ link_id: SERVICE_ID, taxonomy_term_id: '3f7b145d-84af-42d7-8fae-eaca714b02b2' });
		expect(byType('taxonomy_term')[0]).toMatchObject({ taxonomy_id: '5c4d79d7-cc55-470e-9f1f-8cad074e4892' });
		expect(done.language).toBe('en');
	});

	it('reads organization_full.json, whose services are nested in the organization', () => {
		const done = parsed(parseImportEntries([exampleEntry('organization_full.json')]));
		const service = done.records.find((record) => record.type === 'service')!.data;
		expect(service.organization_id).toBe('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
	});

	it('reads the paginated list forms (contents)', () => {
		for (const file of ['service_list.json', 'organization_list.json', 'service_at_location_list.json', 'taxonomy_list.json', 'taxonomy_term_list.json']) {
			expect(parsed(parseImportEntries([exampleEntry(file)])).records.length, file).toBeGreaterThan(0);
		}
		const sal = parsed(parseImportEntries([exampleEntry('service_at_location_list.json')]));
		expect(sal.records.find((record) => record.type === 'service_at_location')!.data).toMatchObject({ service_id: SERVICE_ID });
	});

	it('reads a plain array of services', () => {
		const service = JSON.parse(new TextDecoder().decode(exampleEntry('service_full.json').bytes)) as Record<string, unknown>;
		const second = { id: 'b0000000-0000-4000-8000-000000000002', name: 'Second', status: 'inactive' };
		const bytes = new TextEncoder().encode(JSON.stringify([service, second]));
		const done = parsed(parseImportEntries([{ name: 'list.json', bytes }]));
		expect(done.counts.service).toBe(2);
	});
});
