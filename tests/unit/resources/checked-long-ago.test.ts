import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKED_ON, bundledRecordSet } from '$lib/resources/bundled';
import { DirectoryIndex } from '$lib/resources/directory';
import { parseImportEntries } from '$lib/resources/import';
import { checkedLongAgo, serviceNotes } from '$lib/resources/notes';
import { exampleEntry } from './hsds-schema';
import { resourceText } from './locale-text';

describe('a note on information last checked more than two years ago', () => {
	it('starts the day after the second anniversary of the check, on the device\'s calendar', () => {
		expect(checkedLongAgo('2026-11-28', new Date(2028, 10, 28, 23, 59))).toBe(false);
		expect(checkedLongAgo('2026-11-28', new Date(2028, 10, 29, 0, 0))).toBe(true);
		expect(checkedLongAgo('2026-11-28', new Date(2026, 11, 1))).toBe(false);
		// A check on 29 February: its anniversary in a common year is 1 March, so the note shows from 2 March.
		expect(checkedLongAgo('2024-02-29', new Date(2026, 2, 1, 12))).toBe(false);
		expect(checkedLongAgo('2024-02-29', new Date(2026, 2, 2, 0, 0))).toBe(true);
		expect(checkedLongAgo('2024-01-10', new Date(2026, 0, 10, 12), 1)).toBe(true);
	});

	it('says nothing when the date is unknown, not a date, or in the future', () => {
		for (const value of [undefined, '', 'soon', '2020-13-01', '2020-00-10', '20-01-01']) expect(checkedLongAgo(value, new Date(2030, 0, 1))).toBe(false);
		expect(checkedLongAgo('2031-01-01', new Date(2030, 0, 1))).toBe(false);
	});

	it('is computed against the date given: the bundled entries become old two years after their check', () => {
		const directory = new DirectoryIndex([bundledRecordSet(resourceText('id'), 'id')]);
		const dates = new Set(directory.services().map((detail) => serviceNotes(detail).checkedOn));
		expect(dates).toEqual(new Set([BUNDLED_CHECKED_ON]));
		expect(checkedLongAgo(BUNDLED_CHECKED_ON, new Date(2026, 10, 30))).toBe(false);
		expect(checkedLongAgo(BUNDLED_CHECKED_ON, new Date(2029, 0, 1))).toBe(true);
	});

	it('reads an imported service\'s assured_date (the official example was checked in 2005)', () => {
		const parsed = parseImportEntries([exampleEntry('service_list.json')]);
		if (!parsed.ok) throw new Error('import failed');
		const directory = new DirectoryIndex([{ packId: 'pack-example', records: parsed.records }]);
		const [detail] = directory.services();
		expect(serviceNotes(detail!).checkedOn).toBe('2005-01-01');
		expect(checkedLongAgo(serviceNotes(detail!).checkedOn, new Date(2026, 10, 30))).toBe(true);
	});
});
