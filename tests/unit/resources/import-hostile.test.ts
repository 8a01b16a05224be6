import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { IMPORT_LIMITS, nestsDeeperThan, parseImportEntries, parseImportFiles, type ImportFile, type ParsedImport } from '$lib/resources/import';
import { hsdsId } from '$lib/resources/validate';
import { isUuid } from '$lib/resources/hsds';
import { unzipWithLimits } from '$lib/resources/zip';

const encode = (text: string) => new TextEncoder().encode(text);
const json = (name: string, value: unknown) => ({ name, bytes: encode(JSON.stringify(value)) });

function parsed(result: ReturnType<typeof parseImportEntries>): ParsedImport {
	if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
	return result;
}

const ORG = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Yayasan Contoh', description: 'Lembaga contoh' };
const service = (overrides: Record<string, unknown> = {}) => ({
	id: 'b0000000-0000-4000-8000-000000000001',
	name: 'Layanan Contoh',
	status: 'active',
	organization: ORG,
	...overrides
});

describe('files that cannot be read as a whole are refused with a clear code', () => {
	it('refuses a 50 MB file before reading a byte of it', async () => {
		let read = false;
		const huge: ImportFile = {
			name: 'huge.json',
			size: 50 * 1024 * 1024,
			arrayBuffer: async () => {
				read = true;
				return new ArrayBuffer(0);
			}
		};
		expect(await parseImportFiles([huge])).toEqual({ ok: false, code: 'file-too-large', file: 'huge.json' });
		expect(read).toBe(false);
	});

	it('refuses bytes over the size limit even when the size claimed was small', () => {
		const bytes = new Uint8Array(IMPORT_LIMITS.maxTotalBytes + 1);
		expect(parseImportEntries([{ name: 'big.csv', bytes }])).toEqual({ ok: false, code: 'file-too-large', file: 'big.csv' });
	});

	it('refuses files that are small one by one but too large together', async () => {
		const file = (name: string): ImportFile => ({ name, size: 20 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) });
		expect(await parseImportFiles([file('a.csv'), file('b.csv')])).toMatchObject({ ok: false, code: 'file-too-large', file: 'b.csv' });
	});

	it('reads files through the file picker interface', async () => {
		const bytes = encode(JSON.stringify(service()));
		const file: ImportFile = { name: 'one.json', size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
		const result = await parseImportFiles([file]);
		expect(result.ok && result.counts.service).toBe(1);
		expect(await parseImportFiles([])).toEqual({ ok: false, code: 'no-files' });
	});

	it('names invalid JSON', () => {
		expect(parseImportEntries([{ name: 'broken.json', bytes: encode('{"id": "x", ') }])).toEqual({ ok: false, code: 'invalid-json', file: 'broken.json' });
	});

	it('names JSON that is not HSDS', () => {
		expect(parseImportEntries([json('other.json', { hello: 'world' })])).toEqual({ ok: false, code: 'not-hsds', file: 'other.json' });
		expect(parseImportEntries([json('number.json', 42)])).toEqual({ ok: false, code: 'not-hsds', file: 'number.json' });
	});

	it('refuses a file nested thousands of levels deep with its own message, in a zip too', () => {
		// A service whose organization lists the service again, whose organization lists it again...
		const levels = 3_000;
		const link = '{"id":"o","name":"O","description":"d","services":[{"id":"s","name":"S","status":"active","organization":';
		const nested = `{"id":"x","name":"A","status":"active","organization":${link.repeat(levels)}{}${'}]}'.repeat(levels)}}`;
		expect(parseImportEntries([{ name: 'deep.json', bytes: encode(nested) }])).toEqual({ ok: false, code: 'too-deeply-nested', file: 'deep.json' });
		const arrays = `${'['.repeat(levels)}${']'.repeat(levels)}`;
		expect(parseImportEntries([{ name: 'arrays.json', bytes: encode(arrays) }])).toMatchObject({ ok: false, code: 'too-deeply-nested' });
		const tabular = `{"services.csv":[{"id":"s","name":"S","status":"active","x":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}]}`;
		expect(parseImportEntries([{ name: 'tabular.json', bytes: encode(tabular) }])).toMatchObject({ ok: false, code: 'too-deeply-nested' });
		const zip = zipSync({ 'deep.json': encode(nested) });
		expect(parseImportEntries([{ name: 'pack.zip', bytes: zip }])).toEqual({ ok: false, code: 'too-deeply-nested', file: 'pack.zip/deep.json' });
		expect(nestsDeeperThan(JSON.parse(nested), IMPORT_LIMITS.maxNesting)).toBe(true);
	});

	it('still reads the nesting of real HSDS files', () => {
		const full = service({
			service_at_locations: [{ id: 'c0000000-0000-4000-8000-000000000001', location: { id: 'd0000000-0000-4000-8000-000000000001', location_type: 'physical', addresses: [{ id: 'e0000000-0000-4000-8000-000000000001', address_1: 'Jl. Contoh 1', city: 'Kota', state_province: 'Prov', postal_code: '1', country: 'ID', address_type: 'physical' }] } }]
		});
		expect(parsed(parseImportEntries([json('full.json', { contents: [full] })])).counts.service).toBe(1);
		expect(nestsDeeperThan({ a: [{ b: [1] }] }, 4)).toBe(false);
		expect(nestsDeeperThan({ a: [{ b: [{}] }] }, 4)).toBe(true);
	});

	it('names invalid CSV, with the line', () => {
		const csv = 'id,name,status,organization_id\r\nb0000000-0000-4000-8000-000000000001,"Unclosed,active,x\r\n';
		expect(parseImportEntries([{ name: 'services.csv', bytes: encode(csv) }])).toMatchObject({ ok: false, code: 'invalid-csv', file: 'services.csv' });
		const stray = 'id,name\r\nab"c,d\r\n';
		expect(parseImportEntries([{ name: 'services.csv', bytes: encode(stray) }])).toMatchObject({ ok: false, code: 'invalid-csv', line: 2 });
		expect(parseImportEntries([{ name: 'services.csv', bytes: encode('name,status\r\nA,active\r\n') }])).toEqual({
			ok: false,
			code: 'csv-no-id-column',
			file: 'services.csv'
		});
	});

	it('refuses two files for the same table', () => {
		const csv = encode('id,name,status,organization_id\r\n');
		expect(parseImportEntries([{ name: 'a/services.csv', bytes: csv }, { name: 'b/services.csv', bytes: csv }])).toMatchObject({
			ok: false,
			code: 'duplicate-table'
		});
	});

	it('says when there is nothing to import, and skips files that are not tables', () => {
		expect(parseImportEntries([{ name: 'notes.txt', bytes: encode('hello') }])).toEqual({ ok: false, code: 'no-records' });
		const done = parsed(
			parseImportEntries([
				json('s.json', service()),
				{ name: 'readme.txt', bytes: encode('hello') },
				{ name: 'people.csv', bytes: encode('id\r\n1\r\n') },
				{ name: 'empty.csv', bytes: new Uint8Array() }
			])
		);
		expect(done.skippedFiles).toEqual([
			{ name: 'readme.txt', reason: 'unknown-file-type' },
			{ name: 'people.csv', reason: 'unknown-table' },
			{ name: 'empty.csv', reason: 'empty' }
		]);
	});
});

describe('zip files', () => {
	it('refuses a zip bomb: far more once unpacked than the limit', () => {
		const bomb = zipSync({ 'services.csv': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
		expect(bomb.length).toBeLessThan(200_000);
		expect(parseImportEntries([{ name: 'bomb.zip', bytes: bomb }])).toEqual({ ok: false, code: 'zip-too-large', file: 'bomb.zip' });
	});

	it('refuses an entry that grows suspiciously much', () => {
		const packed = zipSync({ 'services.csv': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
		expect(parseImportEntries([{ name: 'ratio.zip', bytes: packed }])).toEqual({ ok: false, code: 'zip-suspicious-ratio', file: 'ratio.zip' });
	});

	it('refuses a zip with too many entries', () => {
		const files = Object.fromEntries(Array.from({ length: IMPORT_LIMITS.zip.maxEntries + 1 }, (_, i) => [`f${i}.csv`, encode('id\r\n')]));
		expect(parseImportEntries([{ name: 'many.zip', bytes: zipSync(files) }])).toEqual({ ok: false, code: 'zip-too-many-entries', file: 'many.zip' });
	});

	it('never unpacks more than an entry declares, even when its header lies', () => {
		const honest = zipSync({ 'a.csv': new Uint8Array(2 * 1024 * 1024).fill(65) }, { level: 9 });
		const lying = honest.slice();
		const view = new DataView(lying.buffer);
		// Set the uncompressed size in the central directory (signature 0x02014b50, offset 24) to 1000.
		for (let i = 0; i < lying.length - 4; i++) {
			if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1000, true);
		}
		const [entry] = unzipWithLimits(lying);
		expect(entry!.bytes.length).toBe(1000);
	});

	it('refuses a file that is not a zip although it is called one, and skips a zip in a zip', () => {
		expect(parseImportEntries([{ name: 'fake.zip', bytes: encode('PK\u0003\u0004 not really') }])).toEqual({ ok: false, code: 'zip-invalid', file: 'fake.zip' });
		const inner = zipSync({ 'services.csv': encode('id\r\n') });
		const outer = zipSync({ 'inner.zip': inner, 'organizations.csv': encode(`id,name,description\r\n${ORG.id},A,B\r\n`) });
		const done = parsed(parseImportEntries([{ name: 'outer.zip', bytes: outer }]));
		expect(done.skippedFiles).toEqual([{ name: 'outer.zip/inner.zip', reason: 'nested-zip' }]);
		expect(done.counts.organization).toBe(1);
	});
});

describe('bad records are skipped or cleaned, each with a reason', () => {
	it('skips records without an id, and keeps the rest', () => {
		const done = parsed(parseImportEntries([json('list.json', [service(), { name: 'No id', status: 'active' }, { id: '', name: 'Empty id', status: 'active' }])]));
		expect(done.counts.service).toBe(1);
		expect(done.issues.filter((issue) => issue.code === 'missing-id')).toHaveLength(2);
		expect(done.issues.every((issue) => issue.skipped === 'record')).toBe(true);
	});

	it('skips a record without a required field, and one whose required field has the wrong type', () => {
		const done = parsed(
			parseImportEntries([
				json('list.json', [
					service(),
					{ id: 'b0000000-0000-4000-8000-000000000002', name: 'No status' },
					{ id: 'b0000000-0000-4000-8000-000000000003', name: { text: 'an object' }, status: 'active' },
					{ id: 'b0000000-0000-4000-8000-000000000004', name: 'Bad status', status: 'open' }
				])
			])
		);
		expect(done.counts.service).toBe(1);
		expect(done.issues.map((issue) => [issue.code, issue.field, issue.skipped])).toEqual([
			['missing-required', 'status', 'record'],
			['wrong-type', 'name', 'record'],
			['invalid-value', 'status', 'record']
		]);
	});

	it('drops optional fields of the wrong type or format, and reads numbers written as text', () => {
		const done = parsed(
			parseImportEntries([
				json('s.json', service({ email: 'not an email', url: 'javascript:alert(1)', minimum_age: '12', maximum_age: 'old', assured_date: '2025-02-30', alert: ['x'] }))
			])
		);
		const record = done.records.find((r) => r.type === 'service')!.data;
		expect(record).toMatchObject({ minimum_age: 12 });
		for (const field of ['email', 'url', 'maximum_age', 'assured_date', 'alert']) expect(record, field).not.toHaveProperty(field);
		expect(done.issues.map((issue) => [issue.field, issue.code])).toEqual([
			['email', 'invalid-format'],
			['url', 'unsafe-url'],
			['maximum_age', 'wrong-type'],
			['assured_date', 'invalid-format'],
			['alert', 'wrong-type']
		]);
	});

	it('keeps scripts in text fields as plain text, exactly, never as markup', () => {
		const script = '<script>alert("x")</script><img src=x onerror=alert(1)>';
		const done = parsed(parseImportEntries([json('s.json', service({ name: script, description: `${script} & more` }))]));
		const record = done.records.find((r) => r.type === 'service')!.data;
		expect(record.name).toBe(script);
		expect(record.description).toBe(`${script} & more`);
	});

	it('removes control characters from text', () => {
		const done = parsed(parseImportEntries([json('s.json', service({ name: 'Ab\u0000c\u0007d\nnext' }))]));
		expect(done.records.find((r) => r.type === 'service')!.data.name).toBe('Abcd\nnext');
	});

	it('never lets a "__proto__" key reach an object', () => {
		const text = `{"id":"b0000000-0000-4000-8000-000000000001","name":"A","status":"active","__proto__":{"polluted":true},"x_meta":{"__proto__":{"polluted":true}}}`;
		const done = parsed(parseImportEntries([{ name: 'p.json', bytes: encode(text) }]));
		const record = done.records.find((r) => r.type === 'service')!.data as unknown as Record<string, unknown>;
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
		expect(record.extra).toBeUndefined();
		expect(done.issues.map((issue) => issue.code)).toEqual(['unsafe-key', 'unsafe-key']);
	});

	it('drops unknown fields that nest too deeply or hold too much text', () => {
		let deep: unknown = 'bottom';
		for (let i = 0; i < 40; i++) deep = { deeper: deep };
		const done = parsed(parseImportEntries([json('s.json', service({ x_deep: deep, x_long: 'a'.repeat(30_000), x_fine: { a: [1, 2] } }))]));
		const record = done.records.find((r) => r.type === 'service')!.data;
		expect(record.extra).toEqual({ x_fine: { a: [1, 2] } });
		expect(done.issues.map((issue) => [issue.field, issue.code])).toEqual([
			['x_deep', 'too-deep'],
			['x_long', 'too-long']
		]);
	});

	it('gives ids that are not UUIDs a UUID derived from them, the same every time, and keeps links', () => {
		const csvServices = 'id,organization_id,name,status\r\nsvc-1,org-1,Layanan,active\r\n';
		const csvOrganizations = 'id,name,description\r\norg-1,Yayasan,Contoh\r\n';
		const entries = [
			{ name: 'services.csv', bytes: encode(csvServices) },
			{ name: 'organizations.csv', bytes: encode(csvOrganizations) }
		];
		const first = parsed(parseImportEntries(entries));
		const again = parsed(parseImportEntries(entries));
		expect(first.records).toEqual(again.records);
		const service1 = first.records.find((r) => r.type === 'service')!.data;
		expect(isUuid(service1.id)).toBe(true);
		expect(service1.id).toBe(hsdsId('svc-1'));
		expect(service1.organization_id).toBe(first.records.find((r) => r.type === 'organization')!.data.id);
		expect(first.issues.filter((issue) => issue.code === 'id-replaced')).toHaveLength(2);
	});

	it('skips CSV rows with more cells than the header', () => {
		const csv = `id,name,description\r\n${ORG.id},A,B\r\na0000000-0000-4000-8000-000000000002,A,B,C\r\n`;
		const done = parsed(parseImportEntries([{ name: 'organizations.csv', bytes: encode(csv) }]));
		expect(done.counts.organization).toBe(1);
		expect(done.issues).toMatchObject([{ code: 'wrong-column-count', where: 'organizations.csv, row 3' }]);
	});

	it('enforces the tabular form\'s required links in CSV files only', () => {
		const csv = 'id,name,status\r\nb0000000-0000-4000-8000-000000000001,A,active\r\n';
		const done = parseImportEntries([{ name: 'services.csv', bytes: encode(csv) }]);
		expect(done).toEqual({ ok: false, code: 'no-records' });
		const fromJson = parsed(parseImportEntries([json('s.json', { id: 'b0000000-0000-4000-8000-000000000001', name: 'A', status: 'active' })]));
		expect(fromJson.counts.service).toBe(1);
	});

	it('refuses more records than the limit', () => {
		const list = Array.from({ length: 20 }, (_, i) => ({ id: `s-${i}`, name: `S${i}`, status: 'active' }));
		expect(parseImportEntries([json('many.json', list)], { ...IMPORT_LIMITS, maxRecords: 10 })).toEqual({ ok: false, code: 'too-many-records' });
	});

	it('reads CSV saved in Windows-1252 by a spreadsheet', () => {
		const bytes = new Uint8Array([...encode('id,name,description\r\n' + ORG.id + ',Caf'), 0xe9, ...encode(',x\r\n')]);
		const done = parsed(parseImportEntries([{ name: 'organizations.csv', bytes }]));
		expect(done.records[0]!.data).toMatchObject({ name: 'Café' });
	});
});
