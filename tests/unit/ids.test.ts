import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '$lib/ids';

afterEach(() => vi.unstubAllGlobals());

describe('newId', () => {
	it('uses crypto.randomUUID when there is one', () => {
		expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
	});

	it('still makes distinct ids without it (a page served over plain http)', () => {
		vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array) });
		const ids = new Set(Array.from({ length: 1000 }, () => newId()));
		expect(ids.size).toBe(1000);
		expect([...ids][0]).toMatch(/^[0-9a-f]{32}$/);
	});
});
