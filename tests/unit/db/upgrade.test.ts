import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LangkahDatabase } from '$lib/db/database';
import { LATEST_VERSION, SCHEMA_HISTORY } from '$lib/db/schema';
import { FIXTURES_BY_VERSION } from './fixtures';

let counter = 0;
const names: string[] = [];
function freshName() {
	const name = `upgrade-test-${++counter}`;
	names.push(name);
	return name;
}

afterEach(async () => {
	await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('database upgrades', () => {
	it('has fixtures for every schema version', () => {
		for (const { version } of SCHEMA_HISTORY) expect(FIXTURES_BY_VERSION[version], `fixtures for v${version}`).toBeDefined();
	});

	it('numbers versions in order', () => {
		const versions = SCHEMA_HISTORY.map((v) => v.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
	});

	for (const { version } of SCHEMA_HISTORY) {
		it(`opens a database made at version ${version} with the latest (v${LATEST_VERSION}) and keeps its records`, async () => {
			const name = freshName();
			const old = new LangkahDatabase(name, version);
			await old.open();
			// Records written by every version up to this one, as that release would have.
			for (const { version: earlier } of SCHEMA_HISTORY.filter((v) => v.version <= version)) {
				await FIXTURES_BY_VERSION[earlier]!.seed(old);
			}
			expect(old.verno).toBe(version);
			old.close();

			const latest = new LangkahDatabase(name);
			await latest.open();
			expect(latest.verno).toBe(LATEST_VERSION);
			for (const { version: earlier } of SCHEMA_HISTORY.filter((v) => v.version <= version)) {
				await FIXTURES_BY_VERSION[earlier]!.verify(latest);
			}
			latest.close();
		});
	}
});
