import { afterEach, describe, expect, it } from 'vitest';
import { canOpenDatabase, judgeStorage } from '$lib/db/storage-probe';
import { storageStatus } from '$lib/db/storage-status.svelte';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

afterEach(() => storageStatus.reset());

describe('judging what the browser lets Langkah keep', () => {
	it('no database: nothing is kept', () => {
		expect(judgeStorage({ opened: false })).toBe('unavailable');
		expect(judgeStorage({ opened: false, quota: 10 * GiB })).toBe('unavailable');
	});

	it('a normal window (gigabytes, or Chrome 138+ reporting usage + 10 GiB in every window): kept on this device', () => {
		expect(judgeStorage({ opened: true, quota: 10 * GiB, heapLimit: 4 * GiB })).toBe('device');
		expect(judgeStorage({ opened: true, quota: 30 * GiB })).toBe('device');
	});

	it('a quota far below a normal window (an older Chromium private window): private', () => {
		// Chromium before 138 gave private windows a share of memory, below twice the heap limit.
		expect(judgeStorage({ opened: true, quota: 400 * MiB, heapLimit: 1 * GiB })).toBe('private');
		// Other browsers, no heap limit to compare with: only a very small quota counts.
		expect(judgeStorage({ opened: true, quota: 100 * MiB })).toBe('private');
		expect(judgeStorage({ opened: true, quota: 400 * MiB })).toBe('device');
	});

	it('claims nothing when the browser gives no estimate', () => {
		expect(judgeStorage({ opened: true })).toBe('device');
		expect(judgeStorage({ opened: true, quota: 0 })).toBe('device');
		expect(judgeStorage({ opened: true, quota: Number.NaN })).toBe('device');
	});
});

describe('the probe database', () => {
	it('opens where IndexedDB works, and is deleted after', async () => {
		expect(await canOpenDatabase(() => indexedDB)).toBe(true);
		const names = (await indexedDB.databases()).map((database) => database.name);
		expect(names).not.toContain('langkah-probe');
	});

	it('fails without IndexedDB, when touching it throws, or when opening fails', async () => {
		expect(await canOpenDatabase(() => undefined)).toBe(false);
		expect(
			await canOpenDatabase(() => {
				throw new DOMException('blocked', 'SecurityError');
			})
		).toBe(false);
		const refusing = {
			open() {
				const request = {} as IDBOpenDBRequest;
				setTimeout(() => request.onerror?.(new Event('error')), 0);
				return request;
			}
		} as unknown as IDBFactory;
		expect(await canOpenDatabase(() => refusing)).toBe(false);
	});

	it('gives up when the browser never answers', async () => {
		const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
		expect(await canOpenDatabase(() => silent, 20)).toBe(false);
	});
});

describe('the "saved on this device" line', () => {
	it('stays as it is while storage works or is not checked yet', async () => {
		expect(storageStatus.savedLineKey('flow-ui:savedNote')).toBe('flow-ui:savedNote');
		await storageStatus.check(async () => 'device');
		expect(storageStatus.savedLineKey('flow-ui:savedNote')).toBe('flow-ui:savedNote');
	});

	it('says that nothing outlives a private window, or that nothing is saved at all', async () => {
		await storageStatus.check(async () => 'private');
		expect(storageStatus.savedLineKey('common:footer.local')).toBe('common:storage.savedPrivate');
		storageStatus.reset();
		await storageStatus.check(async () => 'unavailable');
		expect(storageStatus.savedLineKey('home:local')).toBe('common:storage.savedNone');
	});

	it('checks once', async () => {
		let probes = 0;
		const probe = async () => {
			probes++;
			return 'device' as const;
		};
		await Promise.all([storageStatus.check(probe), storageStatus.check(probe)]);
		expect(probes).toBe(1);
	});
});
