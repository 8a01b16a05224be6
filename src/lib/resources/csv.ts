/**
 * A small RFC 4180 CSV reader for the HSDS tabular form: comma separated, fields in double quotes
 * may hold commas, line breaks and doubled quotes (""), lines end in CRLF or LF, a UTF-8 byte
 * order mark is ignored. Every cell is text; the validator turns text into numbers where HSDS wants.
 */

export class CsvError extends Error {
	constructor(
		readonly code: 'unclosed-quote' | 'stray-quote' | 'no-header' | 'duplicate-column',
		readonly line: number
	) {
		super(`CSV: ${code} at line ${line}`);
		this.name = 'CsvError';
	}
}

/** Splits CSV text into rows of cells. Throws a CsvError when the quoting is broken. */
export function parseCsvRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let cellStarted = false;
	let line = 1;
	const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

	const endCell = () => {
		row.push(cell);
		cell = '';
		cellStarted = false;
	};
	const endRow = () => {
		endCell();
		// A blank line (one empty cell) is not a row.
		if (!(row.length === 1 && row[0] === '')) rows.push(row);
		row = [];
	};

	for (let i = 0; i < input.length; i++) {
		const char = input[i]!;
		if (quoted) {
			if (char === '"') {
				if (input[i + 1] === '"') {
					cell += '"';
					i++;
				} else {
					quoted = false;
					const next = input[i + 1];
					if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') throw new CsvError('stray-quote', line);
				}
			} else {
				if (char === '\n') line++;
				cell += char;
			}
			continue;
		}
		if (char === '"') {
			if (cellStarted || cell !== '') throw new CsvError('stray-quote', line);
			quoted = true;
			cellStarted = true;
		} else if (char === ',') {
			endCell();
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && input[i + 1] === '\n') i++;
			endRow();
			line++;
		} else {
			cell += char;
		}
	}
	if (quoted) throw new CsvError('unclosed-quote', line);
	if (cell !== '' || cellStarted || row.length > 0) endRow();
	return rows;
}

export interface CsvTable {
	columns: string[];
	/** Each row as column -> cell, numbered from the header (1); `extraCells` counts cells beyond the header. */
	rows: { values: Record<string, string>; rowNumber: number; extraCells: number }[];
}

/** Reads CSV text with a header row into objects keyed by column name. */
export function parseCsvTable(text: string): CsvTable {
	const rows = parseCsvRows(text);
	const header = rows[0];
	if (!header || header.every((cell) => cell.trim() === '')) throw new CsvError('no-header', 1);
	const columns = header.map((cell) => cell.trim());
	const seen = new Set<string>();
	for (const column of columns) {
		if (column !== '' && seen.has(column)) throw new CsvError('duplicate-column', 1);
		seen.add(column);
	}
	return {
		columns,
		rows: rows.slice(1).map((cells, index) => {
			const values: Record<string, string> = {};
			columns.forEach((column, i) => {
				if (column !== '' && column !== '__proto__') values[column] = cells[i] ?? '';
			});
			return { values, rowNumber: index + 2, extraCells: Math.max(0, cells.length - columns.length) };
		})
	};
}

/** Writes rows as CSV text (CRLF line ends, quoting only where needed). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const quote = (value: unknown): string => {
		if (value === undefined || value === null) return '';
		const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => quote(row[column])).join(','))].join('\r\n') + '\r\n';
}
