import { describe, expect, it } from 'vitest';
import { CsvError, parseCsvRows, parseCsvTable, toCsv } from '$lib/resources/csv';

describe('CSV', () => {
	it('reads quoted cells with commas, quotes and line breaks, CRLF or LF, and a BOM', () => {
		expect(parseCsvRows('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\r\nlines",\r\n')).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"'],
			['two\r\nlines', '']
		]);
		expect(parseCsvRows('a,b\n\n1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('throws on broken quoting', () => {
		expect(() => parseCsvRows('a\n"open')).toThrow(CsvError);
		expect(() => parseCsvRows('a\n"x"y')).toThrow(CsvError);
		expect(() => parseCsvTable('a,a\n1,2')).toThrow(CsvError);
		expect(() => parseCsvTable('')).toThrow(CsvError);
	});

	it('maps rows to the header and counts extra cells', () => {
		const table = parseCsvTable('id,name\n1,A\n2\n3,C,extra\n');
		expect(table.rows).toEqual([
			{ values: { id: '1', name: 'A' }, rowNumber: 2, extraCells: 0 },
			{ values: { id: '2', name: '' }, rowNumber: 3, extraCells: 0 },
			{ values: { id: '3', name: 'C' }, rowNumber: 4, extraCells: 1 }
		]);
	});

	it('writes what it reads', () => {
		const rows = [{ id: '1', note: 'a, "b"\nc' }, { id: '2' }];
		const text = toCsv(['id', 'note'], rows);
		expect(parseCsvTable(text).rows.map((row) => row.values)).toEqual([{ id: '1', note: 'a, "b"\nc' }, { id: '2', note: '' }]);
	});
});
